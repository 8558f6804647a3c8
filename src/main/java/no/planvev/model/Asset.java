package no.planvev.model;

import java.nio.file.Path;

/** A file under {@code content/assets/}, copied as is; {@code path} is relative to content/. */
public record Asset(String path, Path file) {}
