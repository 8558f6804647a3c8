package no.planvev.model;

import java.time.LocalDate;
import no.planvev.diag.SourcePos;

/**
 * An earlier deadline of an activity: it was due {@code from} until it was moved {@code on} that
 * day, for {@code reason} (null when none is given).
 */
public record DeadlineMove(Deadline from, LocalDate on, LText reason, SourcePos pos) {}
