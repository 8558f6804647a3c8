package no.planvev.output.json;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import no.planvev.model.Activity;
import no.planvev.model.ActivityState;
import no.planvev.model.Content;
import no.planvev.model.Deadline;
import no.planvev.model.DeadlineMove;
import no.planvev.model.LText;
import no.planvev.model.LocatedActivity;
import no.planvev.model.Project;
import no.planvev.words.Words;

/**
 * The activities as spreadsheets: one row per activity of every project, with its project,
 * initiative and measure (id and title), sorted by due day.
 *
 * <p>Two variants. Per language, {@code data/activities.<lang>.csv}: headers and texts in that
 * language ({@code csv.*} UI strings), the deadline as the pages show it, and a state word that is
 * the page's ({@code state.*}). And {@code data/activities.csv}: stable English column names
 * ({@link #COLUMNS}) and machine values (written deadline form, status and state keys, {@code
 * true}/{@code false}), texts in the default language — for programs.
 *
 * <p>Both are what Norwegian Excel opens with a double click: UTF-8 with a byte order mark (else
 * Excel reads æøå as Windows-1252), fields separated by {@code ;} (Excel in a Norwegian locale
 * expects it, as the comma is the decimal sign; {@code data.csv_separator} in site.yaml changes
 * it), CRLF line ends, RFC 4180 quoting. A cell that starts with {@code = + - @}, a tab or a CR
 * gets a leading apostrophe, so that a spreadsheet never runs a title as a formula (CSV injection,
 * OWASP).
 */
final class ActivitiesCsv {

  /** The machine columns, in order; each also names the {@code csv.<column>} UI string. */
  static final List<String> COLUMNS =
      List.of(
          "project",
          "project_title",
          "initiative",
          "initiative_title",
          "measure",
          "measure_title",
          "title",
          "responsible",
          "deadline",
          "deadline_text",
          "start",
          "due",
          "precision",
          "status",
          "state",
          "overdue",
          "key",
          "status_date",
          "moved");

  private ActivitiesCsv() {}

  /** The machine variant: stable column names, default-language texts. */
  static String machine(Content content, LocalDate today, char sep) {
    String def = content.site().defaultLanguage();
    StringBuilder sb = new StringBuilder("\uFEFF");
    row(sb, COLUMNS, sep);
    for (LocatedActivity la : sorted(content, def)) {
      Activity a = la.activity();
      Deadline d = a.deadline();
      row(
          sb,
          List.of(
              la.project().id(),
              Words.text(la.project().title(), def, def),
              la.initiative() == null ? "" : la.initiative().id(),
              la.initiative() == null ? "" : Words.text(la.initiative().title(), def, def),
              la.measure() == null ? "" : la.measure().id(),
              la.measure() == null ? "" : Words.text(la.measure().title(), def, def),
              Words.text(a.title(), def, def),
              Words.text(a.responsible(), def, def),
              d.iso(),
              d instanceof Deadline.Text t ? Words.text(t.text(), def, def) : "",
              d.start().toString(),
              d.due().toString(),
              Json.precision(d),
              a.status().key(),
              a.state(today).key(),
              Boolean.toString(a.state(today) == ActivityState.OVERDUE),
              la.key(),
              a.statusDate() == null ? "" : a.statusDate().toString(),
              movedMachine(a)),
          sep);
    }
    return sb.toString();
  }

  /** The variant for people reading {@code lang}: headers, texts and words in that language. */
  static String localized(Content content, String lang, Words words, LocalDate today, char sep) {
    String def = content.site().defaultLanguage();
    Map<String, String> ui = words.strings(lang);
    StringBuilder sb = new StringBuilder("\uFEFF");
    List<String> header = new ArrayList<>();
    for (String c : COLUMNS) header.add(ui.getOrDefault("csv." + c, c));
    row(sb, header, sep);
    for (LocatedActivity la : sorted(content, def)) {
      Activity a = la.activity();
      Deadline d = a.deadline();
      String state = a.state(today).key();
      row(
          sb,
          List.of(
              la.project().id(),
              text(la.project().title(), lang, def),
              la.initiative() == null ? "" : la.initiative().id(),
              la.initiative() == null ? "" : text(la.initiative().title(), lang, def),
              la.measure() == null ? "" : la.measure().id(),
              la.measure() == null ? "" : text(la.measure().title(), lang, def),
              text(a.title(), lang, def),
              text(a.responsible(), lang, def),
              words.deadline(d instanceof Deadline.Text t ? t.sort() : d, lang, def),
              d instanceof Deadline.Text t ? text(t.text(), lang, def) : "",
              d.start().toString(),
              d.due().toString(),
              ui.getOrDefault("csv.precision." + Json.precision(d), Json.precision(d)),
              words.word("feed.status." + a.status().key(), lang),
              ui.getOrDefault("state." + state, state),
              ui.getOrDefault(
                  state.equals("overdue") ? "csv.yes" : "csv.no",
                  Boolean.toString(state.equals("overdue"))),
              la.key(),
              a.statusDate() == null
                  ? ""
                  : words.deadline(new Deadline.Day(a.statusDate()), lang, def),
              movedText(a, lang, def, ui, words)),
          sep);
    }
    return sb.toString();
  }

  /**
   * Earlier deadlines, oldest first, as {@code from@on} (the deadline it had, the day it moved).
   */
  static String movedMachine(Activity a) {
    List<String> out = new ArrayList<>();
    for (DeadlineMove m : a.moved()) out.add(m.from().iso() + "@" + m.on());
    return String.join(" ", out);
  }

  /** Earlier deadlines as the pages say them: "opprinnelig 30. november 2017, flyttet …". */
  private static String movedText(
      Activity a, String lang, String def, Map<String, String> ui, Words words) {
    String item = ui.getOrDefault("activity.movedItem", "{0} ({1})");
    List<String> out = new ArrayList<>();
    for (DeadlineMove m : a.moved()) {
      Deadline from = m.from() instanceof Deadline.Text t ? t.sort() : m.from();
      out.add(
          item.replace("{0}", words.deadline(from, lang, def))
              .replace("{1}", words.deadline(new Deadline.Day(m.on()), lang, def)));
    }
    return String.join("; ", out);
  }

  private static String text(LText t, String lang, String def) {
    return Words.text(t, lang, def);
  }

  /** Every activity, by due day, then start day; ties keep project and document order. */
  private static List<LocatedActivity> sorted(Content content, String def) {
    List<LocatedActivity> all = new ArrayList<>();
    for (Project p : content.projects()) all.addAll(LocatedActivity.of(p));
    all.sort(
        Comparator.comparing((LocatedActivity la) -> la.activity().deadline().due())
            .thenComparing(la -> la.activity().deadline().start()));
    return all;
  }

  private static void row(StringBuilder sb, List<String> fields, char sep) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) sb.append(sep);
      sb.append(field(fields.get(i), sep));
    }
    sb.append("\r\n");
  }

  /** One cell: formula-like text defused, then quoted when it holds sep, a quote, CR or LF. */
  static String field(String s, char sep) {
    if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) s = "'" + s;
    boolean quote =
        s.indexOf(sep) >= 0 || s.indexOf('"') >= 0 || s.indexOf('\r') >= 0 || s.indexOf('\n') >= 0;
    return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
  }

  /** RFC 4180 with a comma, for callers that want the classic form. */
  static String field(String s) {
    return field(s, ',');
  }
}
