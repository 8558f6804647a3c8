package no.planvev.model;

/** Status of an activity, as written in content ({@code in_progress}). */
public enum ActivityStatus {
  PLANNED,
  IN_PROGRESS,
  DONE,
  CANCELLED,
  POSTPONED;

  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
