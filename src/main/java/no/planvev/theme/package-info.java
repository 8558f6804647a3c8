/**
 * The theme: templates, UI strings and static files, an override folder before the built-in one.
 */
package no.planvev.theme;
