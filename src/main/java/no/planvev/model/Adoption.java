package no.planvev.model;

import java.time.LocalDate;

/**
 * A decision and who made it: a plan's adoption ({@code adopted}), our statement on a hearing
 * ({@code statement}). {@code date} may be null where the content leaves it out, {@code by} too.
 */
public record Adoption(LocalDate date, LText by) {}
