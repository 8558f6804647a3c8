package no.planvev.model;

/** Status of an initiative. */
public enum InitiativeStatus {
  PLANNED,
  ACTIVE,
  POSTPONED,
  COMPLETED,
  CANCELLED;

  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
