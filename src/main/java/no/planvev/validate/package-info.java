/**
 * The checks that need the whole site: page clashes, translations, open hearings past their
 * deadline, stale statuses, and links in the generated pages. Problems and messages themselves live
 * in {@code diag}.
 */
package no.planvev.validate;
