package no.planvev.diag;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The text of a problem as a catalog key and its arguments, so that it can be shown in English or
 * Norwegian bokmål ({@code --messages}). An argument that is itself a Message is rendered in the
 * same language; a {@link Month} by its name; a collection as a comma-separated list. A message
 * from outside the catalog (e.g. a template engine's) is a {@link #literal}.
 */
public record Message(String key, List<Object> args) {

  /** The languages messages exist in; the first is the fallback. */
  public static final List<String> LANGUAGES = List.of("en", "nb");

  private static final String LITERAL = "";

  /**
   * The message language a reader of {@code uiLang} gets: the language itself when the catalog has
   * it, bokmål for nynorsk (Norwegian readers read both), else null (no fitting catalog).
   */
  public static String readerLanguage(String uiLang) {
    if (uiLang == null) return null;
    String l = uiLang.toLowerCase(Locale.ROOT);
    int dash = l.indexOf('-');
    if (dash > 0) l = l.substring(0, dash);
    if (LANGUAGES.contains(l)) return l;
    return l.equals("nn") || l.equals("no") ? "nb" : null;
  }

  public Message {
    args = List.copyOf(args);
  }

  public static Message of(String key, Object... args) {
    List<Object> list = new ArrayList<>();
    for (Object a : args) list.add(a == null ? "" : a);
    return new Message(key, list);
  }

  /** A text shown as it is in every language. */
  public static Message literal(String text) {
    return new Message(LITERAL, List.of(text));
  }

  public boolean isLiteral() {
    return key.equals(LITERAL);
  }

  /** The text in {@code lang} ({@code en} or {@code nb}; others get English). */
  public String in(String lang) {
    if (isLiteral()) return String.valueOf(args.get(0));
    String pattern = Catalog.pattern(lang, key);
    StringBuilder sb = new StringBuilder();
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      int close = c == '{' ? pattern.indexOf('}', i) : -1;
      if (close > i + 1 && pattern.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
        int n = Integer.parseInt(pattern.substring(i + 1, close));
        sb.append(n < args.size() ? show(args.get(n), lang) : "{" + n + "}");
        i = close + 1;
      } else {
        sb.append(c);
        i++;
      }
    }
    return sb.toString();
  }

  private static String show(Object arg, String lang) {
    if (arg instanceof Message m) return m.in(lang);
    if (arg instanceof Month m) {
      String name =
          m.getDisplayName(
              TextStyle.FULL_STANDALONE, Locale.forLanguageTag(lang.equals("nb") ? "nb-NO" : "en"));
      // The JDK may give a number for a standalone month in some locales; the format form is safe.
      if (name.chars().allMatch(Character::isDigit)) {
        name = m.getDisplayName(TextStyle.FULL, Locale.forLanguageTag(lang));
      }
      return name;
    }
    if (arg instanceof Collection<?> c) {
      List<String> parts = new ArrayList<>();
      for (Object o : c) parts.add(show(o, lang));
      return String.join(", ", parts);
    }
    return String.valueOf(arg);
  }

  /** English, as in {@link Problem#toString()}. */
  @Override
  public String toString() {
    return in("en");
  }
}
