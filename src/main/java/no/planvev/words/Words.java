package no.planvev.words;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import no.planvev.diag.Problems;
import no.planvev.model.Deadline;
import no.planvev.model.LText;
import no.planvev.source.UiStrings;
import no.planvev.theme.Theme;

/**
 * The site's vocabulary: every UI word and every date and deadline phrase, per language, from one
 * table — the theme's {@code i18n/<lang>.yaml} files ({@link UiStrings}). Pages, calendars, feeds,
 * CSV headers and the preview overlay all ask here, so that a deadline reads the same ("uke 50
 * 2017") wherever it is shown.
 *
 * <p>A word a site's own i18n file lacks (an override replaces the built-in file) is taken from the
 * built-in file of that language, then from English, else the key itself is shown. Immutable; the
 * date formats are made once per language on first use.
 */
public final class Words {

  /** The language a missing word is taken from. */
  public static final String FALLBACK = "en";

  private static volatile Words builtIn;

  private final Map<String, Map<String, String>> ui;
  private final Words under;
  private final Map<String, DeadlineFormat> dates = new ConcurrentHashMap<>();

  private Words(Map<String, Map<String, String>> ui, Words under) {
    this.ui = Map.copyOf(ui);
    this.under = under;
  }

  /**
   * The vocabulary of {@code ui}: language → (key → text), as {@link UiStrings#load} gives, over
   * the built-in words.
   */
  public static Words of(Map<String, Map<String, String>> ui) {
    return new Words(ui, builtIn());
  }

  /** The built-in theme's vocabulary (no site overrides), read once. */
  public static Words builtIn() {
    Words w = builtIn;
    if (w == null) {
      Problems problems = new Problems();
      w = new Words(UiStrings.load(Theme.builtIn(), problems), null);
      if (problems.hasErrors()) {
        throw new IllegalStateException("the built-in UI strings do not load: " + problems.all());
      }
      builtIn = w;
    }
    return w;
  }

  /**
   * The UI strings of {@code lang}: the site's, each key it lacks from the built-in file of {@code
   * lang}; empty for a language neither has.
   */
  public Map<String, String> strings(String lang) {
    Map<String, String> own = ui.getOrDefault(lang, Map.of());
    if (under == null || !under.has(lang)) return own;
    Map<String, String> all = new TreeMap<>(under.strings(lang));
    all.putAll(own);
    return all;
  }

  /** True when {@code lang} has its own UI strings. */
  public boolean has(String lang) {
    return ui.containsKey(lang) || (under != null && under.has(lang));
  }

  /** The word for {@code key} in {@code lang}, else in English; the key itself if unknown. */
  public String word(String key, String lang) {
    String w = find(key, lang);
    if (w == null) w = find(key, FALLBACK);
    return w == null ? key : w;
  }

  private String find(String key, String lang) {
    String w = ui.getOrDefault(lang, Map.of()).get(key);
    return w != null || under == null ? w : under.find(key, lang);
  }

  /** Dates and deadlines as written in {@code lang}. */
  public DeadlineFormat dates(String lang) {
    return dates.computeIfAbsent(lang, l -> DeadlineFormat.of(l, strings(l), strings(FALLBACK)));
  }

  /** A deadline as people read it in {@code lang} ("uke 50 2017"); free text in {@code lang}. */
  public String deadline(Deadline d, String lang, String defaultLang) {
    return dates(lang).displayIn(d, lang, defaultLang);
  }

  /** A text in {@code lang}, else in the default language, else any; "" for none or null. */
  public static String text(LText t, String lang, String defaultLang) {
    if (t == null) return "";
    return t.resolve(lang, defaultLang).map(LText.Resolved::text).orElse("");
  }
}
