package no.planvev.validate;

import no.planvev.model.SourcePos;

/** One problem in content, at a place. */
public record Problem(SourcePos pos, Severity severity, String message) {

  public static Problem error(SourcePos pos, String message) {
    return new Problem(pos, Severity.ERROR, message);
  }

  public static Problem warning(SourcePos pos, String message) {
    return new Problem(pos, Severity.WARNING, message);
  }

  /** {@code path:line:column: error: message}. */
  @Override
  public String toString() {
    return pos + ": " + severity.label() + ": " + message;
  }
}
