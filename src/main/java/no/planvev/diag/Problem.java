package no.planvev.diag;

/** One problem in content, at a place; its text renders in English or Norwegian bokmål. */
public record Problem(SourcePos pos, Severity severity, Message text) {

  /** A problem whose message is the same in every language. */
  public Problem(SourcePos pos, Severity severity, String message) {
    this(pos, severity, Message.literal(message));
  }

  public static Problem error(SourcePos pos, String message) {
    return new Problem(pos, Severity.ERROR, message);
  }

  public static Problem warning(SourcePos pos, String message) {
    return new Problem(pos, Severity.WARNING, message);
  }

  public static Problem error(SourcePos pos, Message message) {
    return new Problem(pos, Severity.ERROR, message);
  }

  public static Problem warning(SourcePos pos, Message message) {
    return new Problem(pos, Severity.WARNING, message);
  }

  /** The message in English. */
  public String message() {
    return text.in("en");
  }

  /** This problem as an error ({@code --strict}). */
  public Problem asError() {
    return new Problem(pos, Severity.ERROR, text);
  }

  /**
   * {@code path:line:column: error: message} in {@code lang} ({@code en} or {@code nb}), with
   * control characters from names and values shown as backslash escapes ({@link Printable}).
   */
  public String format(String lang) {
    return Printable.clean(pos + ": " + severity.label(lang) + ": " + text.in(lang));
  }

  /** {@code path:line:column: error: message}, in English. */
  @Override
  public String toString() {
    return format("en");
  }
}
