/**
 * Writes the built site (atomically) and its machine-readable files: data, calendars, feeds,
 * sitemap.
 */
package no.planvev.output;
