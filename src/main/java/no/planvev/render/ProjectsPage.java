package no.planvev.render;

import java.util.List;
import java.util.Map;

/**
 * The list of projects ({@code projects.ftlh}). Each project is the summary the project and
 * focus area pages show too ({@code PageModels.projectSummary}), kept as its values until that
 * summary is a record of its own.
 */
record ProjectsPage(List<Map<String, Object>> projects) {}
