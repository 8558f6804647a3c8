/** Content to HTML: Markdown (flexmark) and templates (Freemarker), pages per language, timelines. */
package no.planvev.render;
