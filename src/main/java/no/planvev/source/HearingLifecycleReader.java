package no.planvev.source;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.planvev.model.Addresses;
import no.planvev.model.Deadline;
import no.planvev.model.Hearing;
import no.planvev.model.HearingStatus;
import no.planvev.model.LText;

/**
 * The lifecycle keys of a hearing ({@code opens}, {@code reason}, {@code outcome}, {@code respond})
 * and the file facts of a document ({@code type}, {@code size}), each checked with its position.
 */
final class HearingLifecycleReader {

  static final List<String> KEYS = List.of("opens", "reason", "outcome", "respond");
  static final List<String> OUTCOME_KEYS = List.of("date", "text", "url");
  static final List<String> RESPOND_KEYS = List.of("url", "email");

  private static final Pattern EMAIL =
      Pattern.compile("[^@\\s:/?#<>\"]+@[^@\\s:/?#<>\"]+\\.[A-Za-z]{2,}");
  private static final Pattern SIZE = Pattern.compile("(\\d+(?:[.,]\\d+)?)\\s*(B|kB|KB|MB|GB)");
  private static final Pattern TYPE = Pattern.compile("[A-Za-z0-9]{1,10}");

  private HearingLifecycleReader() {}

  /** What the lifecycle keys of one file say. */
  record Lifecycle(
      LocalDate opens, LText reason, Hearing.Outcome outcome, Hearing.Respond respond) {}

  /** The lifecycle keys of one hearing file; {@code deadline} and {@code status} may be null. */
  static Lifecycle read(Fields f, boolean dflt, Deadline deadline, HearingStatus status) {
    Ctx ctx = f.ctx();
    LocalDate opens = f.date("opens", false);
    if (opens != null && deadline != null && opens.isAfter(deadline.due())) {
      ctx.error(f.node("opens", false).pos(), "hearing.opensAfterDeadline", opens, deadline.iso());
    }
    LText reason = f.ltext("reason", false);
    if (reason != null && dflt && status != HearingStatus.NOT_ANSWERED) {
      ctx.error(
          f.keyPos("reason"), "hearing.reasonNeedsNotAnswered", status == null ? "" : status.key());
    }
    Hearing.Outcome outcome = null;
    Fields of = f.map("outcome", OUTCOME_KEYS);
    if (of != null) {
      LocalDate date = of.date("date", dflt);
      LText text = of.ltext("text", dflt);
      String url = of.url("url", Addresses.Accepts.WEB, false);
      if (date != null && deadline != null && date.isBefore(deadline.due())) {
        ctx.error(
            of.node("date", false).pos(), "hearing.outcomeBeforeDeadline", date, deadline.iso());
      }
      outcome = new Hearing.Outcome(date, text, url);
    }
    Hearing.Respond respond = null;
    Fields rf = f.map("respond", RESPOND_KEYS);
    if (rf != null) {
      String url = rf.url("url", Addresses.Accepts.WEB, false);
      String email = rf.text("email", false);
      if (email != null) {
        email = email.strip();
        if (email.startsWith("mailto:")) email = email.substring("mailto:".length());
        if (!EMAIL.matcher(email).matches()) {
          ctx.error(rf.node("email", false).pos(), "hearing.respondEmail", email);
          email = null;
        }
      }
      if (rf.has("url") == rf.has("email")) {
        ctx.error(f.keyPos("respond"), "hearing.respondOne");
      } else if (url != null || email != null) {
        respond = new Hearing.Respond(url, email);
      }
    }
    return new Lifecycle(opens, reason, outcome, respond);
  }

  /** A document's {@code type} key: letters and digits, upper-cased; null when absent or wrong. */
  static String type(Fields df, boolean local) {
    String t = fact(df, "type", local);
    if (t == null) return null;
    if (!TYPE.matcher(t.strip()).matches()) {
      df.ctx().error(df.node("type", false).pos(), "document.type", t);
      return null;
    }
    return t.strip().toUpperCase(Locale.ROOT);
  }

  /**
   * A document's {@code size} key in bytes: 250880, "245 kB", "1.2 MB"; null when absent or wrong.
   */
  static Long size(Fields df, boolean local) {
    String s = fact(df, "size", local);
    if (s == null) return null;
    Long bytes = bytes(s.strip());
    if (bytes == null) df.ctx().error(df.node("size", false).pos(), "document.size", s);
    return bytes;
  }

  /**
   * A document's {@code type} or {@code size} as written; null when absent, and, after reporting
   * it, for a local file (whose facts come from the file itself).
   */
  private static String fact(Fields df, String key, boolean local) {
    if (!df.has(key)) return null;
    if (local) {
      df.ctx().error(df.keyPos(key), "document.factFromFile", key);
      return null;
    }
    return df.text(key, false);
  }

  /** Bytes of a size as written; kB is 1000 bytes (as the pages show sizes); null if not a size. */
  static Long bytes(String s) {
    if (s.chars().allMatch(Character::isDigit) && !s.isEmpty() && s.length() < 16) {
      return Long.parseLong(s);
    }
    Matcher m = SIZE.matcher(s);
    if (!m.matches()) return null;
    BigDecimal n = new BigDecimal(m.group(1).replace(',', '.'));
    long unit =
        switch (m.group(2)) {
          case "B" -> 1L;
          case "kB", "KB" -> 1_000L;
          case "MB" -> 1_000_000L;
          default -> 1_000_000_000L;
        };
    return n.multiply(BigDecimal.valueOf(unit)).longValue();
  }
}
