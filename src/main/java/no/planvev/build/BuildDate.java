package no.planvev.build;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/** The build date from {@code --date} or {@code SOURCE_DATE_EPOCH}, the reproducible-builds way. */
public final class BuildDate {

  private BuildDate() {}

  /**
   * {@code --date} when given, else {@code SOURCE_DATE_EPOCH} (seconds, read as UTC), else empty:
   * the caller decides what "today" is.
   *
   * @throws IllegalArgumentException with a message for the user when a value is malformed
   */
  public static Optional<LocalDate> given(String dateOption, Map<String, String> env) {
    if (dateOption != null) {
      try {
        return Optional.of(LocalDate.parse(dateOption));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(
            "--date " + dateOption + " is not a date: write YYYY-MM-DD", e);
      }
    }
    String epoch = env.get("SOURCE_DATE_EPOCH");
    if (epoch != null && !epoch.isBlank()) {
      try {
        return Optional.of(
            LocalDate.ofInstant(
                Instant.ofEpochSecond(Long.parseLong(epoch.trim())), ZoneOffset.UTC));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "SOURCE_DATE_EPOCH=" + epoch + " is not a number of seconds", e);
      }
    }
    return Optional.empty();
  }
}
