/** Turns the model into HTML pages: Markdown (flexmark) and templates (Freemarker). */
package no.planvev.render;
