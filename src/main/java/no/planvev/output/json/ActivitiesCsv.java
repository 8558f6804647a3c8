package no.planvev.output.json;

import java.util.List;
import no.planvev.model.Activity;
import no.planvev.model.Content;
import no.planvev.model.Deadline;
import no.planvev.model.Project;
import no.planvev.model.LocatedActivity;
import no.planvev.output.Words;

/**
 * {@code data/activities.csv}: one row per activity of every project, texts in the default
 * language; {@code deadline} is the written form (for free text, the form it is sorted by, with
 * the text in {@code deadline_text}); {@code key} is the activity's stable key, as in the JSON.
 * RFC 4180: CRLF line ends, a header row, fields quoted when they hold a comma, a
 * quote, CR or LF (quotes doubled); UTF-8 without a byte order mark.
 */
final class ActivitiesCsv {

  static final List<String> HEADER = List.of("project", "initiative", "measure", "title",
      "responsible", "deadline", "start", "due", "precision", "status", "deadline_text", "key");

  private ActivitiesCsv() {}

  static String write(Content content) {
    String def = content.site().defaultLanguage();
    StringBuilder sb = new StringBuilder();
    row(sb, HEADER);
    for (Project p : content.projects()) {
      for (LocatedActivity la : LocatedActivity.of(p)) {
        Activity a = la.activity();
        Deadline d = a.deadline();
        row(sb, List.of(
            p.id(),
            la.initiative() == null ? "" : la.initiative().id(),
            la.measure() == null ? "" : la.measure().id(),
            Words.text(a.title(), def, def),
            Words.text(a.responsible(), def, def),
            d.iso(),
            d.start().toString(),
            d.due().toString(),
            Json.precision(d),
            a.status().key(),
            d instanceof Deadline.Text t ? Words.text(t.text(), def, def) : "",
            la.key()));
      }
    }
    return sb.toString();
  }

  private static void row(StringBuilder sb, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) sb.append(',');
      sb.append(field(fields.get(i)));
    }
    sb.append("\r\n");
  }

  static String field(String s) {
    boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\r') >= 0
        || s.indexOf('\n') >= 0;
    return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
  }
}
