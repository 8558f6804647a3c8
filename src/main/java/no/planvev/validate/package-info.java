/** Problems in content as values: collected, sorted, printed with their source line. */
package no.planvev.validate;
