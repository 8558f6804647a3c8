package no.planvev.model;

/**
 * Status of a hearing as the editor writes it. {@code open}: not decided by us yet (the phase then
 * follows the dates); {@code answered}: our statement is out; {@code not_answered}: we chose not to
 * answer; {@code closed}: over, with nothing more to say (shown as concluded).
 */
public enum HearingStatus {
  OPEN,
  ANSWERED,
  NOT_ANSWERED,
  CLOSED;

  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
