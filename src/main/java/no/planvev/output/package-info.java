/** Writes the built site: HTML files, data, calendars, feeds, sitemap; atomically. */
package no.planvev.output;
