/** Reads a content folder into the model: files, front matter, YAML with positions, problems. */
package no.planvev.source;
