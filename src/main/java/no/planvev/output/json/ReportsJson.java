package no.planvev.output.json;

import java.util.List;
import no.planvev.model.Content;
import no.planvev.model.LocatedActivity;
import no.planvev.model.Progress;
import no.planvev.model.Report;
import no.planvev.model.ReportChanges;
import no.planvev.model.Urls;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code data/reports.json}: every period report, oldest first, with its period, text and what
 * changed since the previous report as {@link ReportChanges} computes it (completed, deadlines
 * moved, newly late, new activities) and the progress counts on its published date. Activities are
 * named by their stable {@code key} (as in the project JSON) and their project's id. Written only
 * when the site has reports.
 */
final class ReportsJson {

  static final String SCHEMA = "reports.schema.json";

  private ReportsJson() {}

  static ObjectNode reports(Content content, Urls urls, Json json, ObjectNode root) {
    ArrayNode arr = root.putArray("reports");
    List<Report> sorted =
        content.reports().stream()
            .sorted(java.util.Comparator.comparing(Report::published).thenComparing(Report::id))
            .toList();
    for (Report r : sorted) {
      ReportChanges c = ReportChanges.of(r, content.reports(), content.projects());
      ObjectNode o = arr.addObject();
      o.put("id", r.id());
      o.set("title", json.text(r.title()));
      ObjectNode period = o.putObject("period");
      period.put("code", r.period().iso());
      period.put("start", r.period().start().toString());
      period.put("end", r.period().end().toString());
      o.put("published", r.published().toString());
      ArrayNode projects = o.putArray("projects");
      content.projects().stream().filter(r::covers).forEach(p -> projects.add(p.id()));
      o.put("changes_from", c.since().plusDays(1).toString());
      o.put("changes_until", c.until().toString());
      ObjectNode ch = o.putObject("changes");
      ArrayNode done = ch.putArray("completed");
      for (LocatedActivity la : c.completed()) {
        ObjectNode a = activity(done, json, la);
        a.put("on", la.activity().statusDate().toString());
      }
      ArrayNode moved = ch.putArray("moved");
      for (ReportChanges.Moved m : c.moved()) {
        ObjectNode a = activity(moved, json, m.activity());
        a.put("on", m.move().on().toString());
        a.set("from", json.deadline(m.move().from()));
        json.optText(a, "reason", m.move().reason());
      }
      ArrayNode late = ch.putArray("late");
      for (LocatedActivity la : c.late()) {
        ObjectNode a = activity(late, json, la);
        a.put("state", la.activity().state(r.published()).key());
      }
      ArrayNode added = ch.putArray("added");
      for (LocatedActivity la : c.added()) {
        ObjectNode a = activity(added, json, la);
        a.set("start", json.deadline(la.activity().start()));
      }
      o.set("progress", progress(c.progress()));
      json.optText(o, "body", r.body());
      ObjectNode pages = o.putObject("urls");
      for (String lang : content.site().languageCodes()) {
        pages.put(lang, urls.absolute(urls.report(r, lang)));
      }
    }
    return root;
  }

  private static ObjectNode activity(ArrayNode list, Json json, LocatedActivity la) {
    ObjectNode a = list.addObject();
    a.put("project", la.project().id());
    a.put("key", la.key());
    a.set("title", json.text(la.activity().title()));
    a.set("deadline", json.deadline(la.activity().deadline()));
    return a;
  }

  /** Counts by state, and the share done (null when nothing counts); project data adds more. */
  static ObjectNode progress(Progress pr) {
    ObjectNode o = Json.object();
    o.put("done", pr.done());
    o.put("ongoing", pr.ongoing());
    o.put("late", pr.late());
    o.put("not_reported", pr.notReported());
    o.put("cancelled", pr.cancelled());
    Integer percent = pr.percent();
    if (percent == null) o.putNull("percent");
    else o.put("percent", percent.intValue());
    return o;
  }
}
