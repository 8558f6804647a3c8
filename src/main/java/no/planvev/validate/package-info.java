/**
 * Problems in content as values (collected, sorted, printed with their source line), their
 * messages in English and Norwegian bokmål, and the checks that need the whole site: page
 * clashes, translations, open hearings past their deadline, and links in the generated pages.
 */
package no.planvev.validate;
