package no.planvev.model;

/** Status of a hearing. */
public enum HearingStatus {
  OPEN, ANSWERED, CLOSED;

  public String key() { return name().toLowerCase(java.util.Locale.ROOT); }
}
