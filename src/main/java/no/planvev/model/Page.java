package no.planvev.model;

/** A plain page: {@code pages/<id>.<lang>.md}. {@code menu} orders the main menu, or null. */
public record Page(
    String id, LText slug, SourcePos pos, LText title, Integer menu, LText summary, LText body) {}
