package no.planvev.cli;

/**
 * A usage mistake on the command line (exit code 2): an unknown option, a missing value, a value
 * that is not what the option takes. {@link Cli} prints it as one line, then a hint to {@code
 * --help}; never a stack trace.
 */
public final class UsageException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String verb;

  UsageException(String message) {
    this(null, message);
  }

  UsageException(String verb, String message) {
    super(message, null, false, false);
    this.verb = verb;
  }

  /** The verb it was given to ({@code build}, {@code serve}, ...), or null for none. */
  String verb() {
    return verb;
  }

  /** This mistake, said of {@code verb} unless it already names one. */
  UsageException of(String verb) {
    return this.verb != null ? this : new UsageException(verb, getMessage());
  }
}
