package no.planvev.output;

import java.util.ArrayList;
import java.util.List;
import no.planvev.words.Words;

/**
 * Facts said as "label: value" in one language, the label a UI string: a feed entry's summary
 * ({@link #sentences}) or a calendar event's description ({@link #lines}).
 */
public final class Facts {

  private final Words words;
  private final String lang;
  private final List<String> parts = new ArrayList<>();

  public Facts(Words words, String lang) {
    this.words = words;
    this.lang = lang;
  }

  /** Adds "label: value", the label the UI string {@code key}. */
  public Facts add(String key, Object value) {
    return text(words.word(key, lang) + ": " + value);
  }

  /** As {@link #add}, unless {@code value} is empty: the fact is then left out. */
  public Facts addIfAny(String key, String value) {
    return value.isEmpty() ? this : add(key, value);
  }

  /** Adds {@code text} as it is. */
  public Facts text(String text) {
    parts.add(text);
    return this;
  }

  /** "a: 1. b: 2." */
  public String sentences() {
    return String.join(". ", parts) + ".";
  }

  /** One fact a line. */
  public String lines() {
    return String.join("\n", parts);
  }
}
