package no.planvev.model;

/** Status of a project. */
public enum ProjectStatus {
  PLANNED,
  ACTIVE,
  PAUSED,
  COMPLETED,
  CANCELLED;

  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
