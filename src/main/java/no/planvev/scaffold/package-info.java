/** {@code planvev new}: writes a starter site or one content file, every key explained. */
package no.planvev.scaffold;
