/** {@code planvev serve}: the only Jetty user — serves the site from memory, watches, reloads. */
package no.planvev.preview;
