package no.planvev.model;

import java.util.Locale;

/**
 * Where a hearing stands on a given day, as GOV.UK and regjeringen.no name it; computed by {@link
 * Hearing#phase}. The order is the lifecycle's.
 */
public enum HearingPhase {
  /** Announced; it opens later ({@code opens:} is after today). */
  UPCOMING,
  /** Open for input: today is on or before the deadline's last day. */
  OPEN,
  /** The deadline has passed and our statement is still to come. */
  CLOSED_AWAITING,
  /** Our statement is published ({@code status: answered}). */
  ANSWERED,
  /** We chose not to answer ({@code status: not_answered}). */
  NOT_ANSWERED,
  /** The issuer has decided ({@code outcome:}), or the hearing is {@code status: closed}. */
  CONCLUDED;

  /** The key in content, JSON and UI strings ({@code closed_awaiting}). */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether the issuer still takes input. */
  public boolean acceptsInput() {
    return this == OPEN;
  }
}
