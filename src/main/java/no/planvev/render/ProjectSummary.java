package no.planvev.render;

/**
 * A project's key facts as the projects list and the focus area pages show them; {@code progress}
 * is null when nothing counts.
 */
record ProjectSummary(
    View.Txt title,
    String href,
    String status,
    View.Txt owner,
    View.Txt phase,
    ProgressCounts progress,
    View.Txt period,
    String periodDatetime,
    View.Html summary) {}
