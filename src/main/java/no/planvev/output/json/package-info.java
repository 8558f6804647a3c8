/** Open data: the site's plans, projects and hearings as JSON (with JSON Schemas) and CSV. */
package no.planvev.output.json;
