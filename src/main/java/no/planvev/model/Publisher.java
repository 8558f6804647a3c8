package no.planvev.model;

/** Who publishes the site; shown in every footer. {@code url} and {@code email} may be null. */
public record Publisher(LText name, String url, String email) {}
