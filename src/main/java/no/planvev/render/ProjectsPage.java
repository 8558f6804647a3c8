package no.planvev.render;

import java.util.List;

/**
 * The list of projects ({@code projects.ftlh}). Each project is the summary the focus area pages
 * show too.
 */
record ProjectsPage(List<ProjectSummary> projects) {}
