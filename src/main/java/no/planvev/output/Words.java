package no.planvev.output;

import java.util.Map;
import no.planvev.model.LText;

/**
 * The few UI words the machine-readable outputs need (calendar and feed titles, labels in event
 * descriptions), in nb, nn, se and en. Another language falls back to English.
 */
public final class Words {

  private static final Map<String, Map<String, String>> WORDS = Map.of(
      "nb", Map.ofEntries(
          Map.entry("deadlines", "Frister"),
          Map.entry("hearings", "Høringer"),
          Map.entry("activities", "Aktiviteter"),
          Map.entry("project", "Prosjekt"),
          Map.entry("responsible", "Ansvarlig"),
          Map.entry("status", "Status"),
          Map.entry("deadline", "Frist"),
          Map.entry("issuer", "Avsender"),
          Map.entry("hearing_deadline", "Høringsfrist"),
          Map.entry("planned", "planlagt"),
          Map.entry("in_progress", "pågår"),
          Map.entry("done", "fullført"),
          Map.entry("cancelled", "avlyst"),
          Map.entry("postponed", "utsatt"),
          Map.entry("open", "åpen"),
          Map.entry("answered", "besvart"),
          Map.entry("closed", "avsluttet"),
          Map.entry("not_answered", "ikke besvart"),
          Map.entry("upcoming", "kommer"),
          Map.entry("closed_awaiting", "frist ute – uttalelse kommer"),
          Map.entry("concluded", "avsluttet")),
      "nn", Map.ofEntries(
          Map.entry("deadlines", "Fristar"),
          Map.entry("hearings", "Høyringar"),
          Map.entry("activities", "Aktivitetar"),
          Map.entry("project", "Prosjekt"),
          Map.entry("responsible", "Ansvarleg"),
          Map.entry("status", "Status"),
          Map.entry("deadline", "Frist"),
          Map.entry("issuer", "Avsendar"),
          Map.entry("hearing_deadline", "Høyringsfrist"),
          Map.entry("planned", "planlagd"),
          Map.entry("in_progress", "pågår"),
          Map.entry("done", "fullført"),
          Map.entry("cancelled", "avlyst"),
          Map.entry("postponed", "utsett"),
          Map.entry("open", "open"),
          Map.entry("answered", "svara"),
          Map.entry("closed", "avslutta"),
          Map.entry("not_answered", "ikkje svara"),
          Map.entry("upcoming", "kjem"),
          Map.entry("closed_awaiting", "frist ute – fråsegn kjem"),
          Map.entry("concluded", "avslutta")),
      // Northern Sami: written without a native speaker, to be reviewed (see templates/i18n/se.yaml).
      "se", Map.ofEntries(
          Map.entry("deadlines", "Áigemearit"),
          Map.entry("hearings", "Gulaskuddamat"),
          Map.entry("activities", "Doaimmat"),
          Map.entry("project", "Prošeakta"),
          Map.entry("responsible", "Ovddasvástideaddji"),
          Map.entry("status", "Dilli"),
          Map.entry("deadline", "Áigemearri"),
          Map.entry("issuer", "Sádde"),
          Map.entry("hearing_deadline", "Gulaskuddanáigemearri"),
          Map.entry("planned", "plánejuvvon"),
          Map.entry("in_progress", "jođus"),
          Map.entry("done", "čađahuvvon"),
          Map.entry("cancelled", "šluhttejuvvon"),
          Map.entry("postponed", "maŋiduvvon"),
          Map.entry("open", "rabas"),
          Map.entry("answered", "vástiduvvon"),
          Map.entry("closed", "loahpahuvvon"),
          Map.entry("not_answered", "ii vástiduvvon"),
          Map.entry("upcoming", "boahtá"),
          Map.entry("closed_awaiting", "áigemearri vássán – cealkámuš boahtá"),
          Map.entry("concluded", "loahpahuvvon")),
      "en", Map.ofEntries(
          Map.entry("deadlines", "Deadlines"),
          Map.entry("hearings", "Hearings"),
          Map.entry("activities", "Activities"),
          Map.entry("project", "Project"),
          Map.entry("responsible", "Responsible"),
          Map.entry("status", "Status"),
          Map.entry("deadline", "Deadline"),
          Map.entry("issuer", "Issued by"),
          Map.entry("hearing_deadline", "Hearing deadline"),
          Map.entry("planned", "planned"),
          Map.entry("in_progress", "in progress"),
          Map.entry("done", "done"),
          Map.entry("cancelled", "cancelled"),
          Map.entry("postponed", "postponed"),
          Map.entry("open", "open"),
          Map.entry("answered", "answered"),
          Map.entry("closed", "closed"),
          Map.entry("not_answered", "not answered"),
          Map.entry("upcoming", "upcoming"),
          Map.entry("closed_awaiting", "closed – statement to come"),
          Map.entry("concluded", "concluded")));

  private Words() {}

  /** The word for {@code key} in {@code lang}, or in English; the key itself if unknown. */
  public static String word(String key, String lang) {
    Map<String, String> table = WORDS.getOrDefault(lang, WORDS.get("en"));
    String w = table.get(key);
    return w != null ? w : WORDS.get("en").getOrDefault(key, key);
  }

  /** A text in {@code lang}, else in the default language, else any; "" for none or null. */
  public static String text(LText t, String lang, String defaultLang) {
    if (t == null) return "";
    return t.resolve(lang, defaultLang).map(LText.Resolved::text).orElse("");
  }
}
