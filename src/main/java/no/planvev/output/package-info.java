/** Machine-readable outputs of the site (calendars, feeds, open data, sitemap): pure functions of the model. */
package no.planvev.output;
