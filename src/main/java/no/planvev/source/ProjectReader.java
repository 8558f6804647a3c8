package no.planvev.source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.planvev.model.Activity;
import no.planvev.model.ActivityStatus;
import no.planvev.model.AreaRef;
import no.planvev.model.Deadline;
import no.planvev.model.Initiative;
import no.planvev.model.InitiativeStatus;
import no.planvev.model.LText;
import no.planvev.model.Measure;
import no.planvev.model.Project;
import no.planvev.model.ProjectStatus;
import no.planvev.model.SourcePos;
import no.planvev.validate.Message;

/** {@code projects/<id>/}: project.yaml and index.<lang>.md → {@link Project}. */
final class ProjectReader {

  static final List<String> KEYS = List.of("title", "slug", "owner", "manager", "period", "phase",
      "status", "supports", "summary", "initiatives", "activities");
  static final List<String> INITIATIVE_KEYS = List.of("id", "number", "title", "status",
      "status_note", "summary", "measures", "activities");
  static final List<String> MEASURE_KEYS = List.of("id", "title", "summary", "activities");
  static final List<String> ACTIVITY_KEYS = List.of("title", "responsible", "deadline", "start",
      "status", "note", "participants");

  private ProjectReader() {}

  /** The project, or null when project.yaml is missing or unreadable. */
  static Project read(String id, Path dir, Ctx base) {
    String rel = "projects/" + id;
    String path = rel + "/project.yaml";
    Ctx ctx = base.withPath(path);
    Path file = dir.resolve("project.yaml");
    if (!Files.isRegularFile(file)) {
      ctx.error(SourcePos.file(rel), "project.noYaml");
      return null;
    }
    String text = TextFile.read(file, path, ctx.problems());
    if (text == null || TextFile.empty(text, path, "file.empty.project", ctx.problems())) {
      return null;
    }
    YNode root = Yaml.read(text, path, 0, ctx.problems());
    if (root == null) return null;
    Fields f = new Fields(root, ctx, "project.yaml", KEYS);
    LText title = f.ltext("title", true);
    LText slug = Slugs.read(f);
    LText owner = f.ltext("owner", false);
    LText manager = f.ltext("manager", false);
    Deadline period = f.deadline("period", false);
    LText phase = f.ltext("phase", false);
    ProjectStatus status = f.status("status", ProjectStatus.class, null, true);
    List<AreaRef> supports = refs(f, "supports");
    LText summary = f.ltext("summary", false);
    List<Initiative> initiatives = new ArrayList<>();
    Ids ids = new Ids("id.initiative", Names.Place.NONE);
    for (YNode n : f.list("initiatives")) {
      Initiative i = initiative(n, ids, ctx);
      if (i != null) initiatives.add(i);
    }
    List<Activity> activities = activities(f, ctx);
    LText intro = LText.EMPTY;
    Map<String, List<LangFiles.LangFile>> files = LangFiles.group(dir, rel, ctx, "project.yaml");
    for (var e : files.entrySet()) {
      if (e.getKey().equals("index")) {
        intro = LangFiles.bodies(e.getValue(), ctx);
      } else {
        for (LangFiles.LangFile lf : e.getValue()) {
          ctx.error(SourcePos.file(lf.path()), "project.extraFile", e.getKey());
        }
      }
    }
    return new Project(id, slug, SourcePos.file(path), title, owner, manager, period, phase,
        status, supports, summary, initiatives, activities, intro);
  }

  private static Initiative initiative(YNode n, Ids ids, Ctx ctx) {
    Fields f = new Fields(n, ctx, Message.of("what.initiative"), INITIATIVE_KEYS);
    String id = ids.check(f, ctx);
    Integer number = f.integer("number", false);
    LText title = f.ltext("title", true);
    InitiativeStatus status =
        f.status("status", InitiativeStatus.class, InitiativeStatus.ACTIVE, false);
    LText note = f.ltext("status_note", false);
    LText summary = f.ltext("summary", false);
    List<Measure> measures = new ArrayList<>();
    Ids measureIds = new Ids("id.measure", Names.Place.NONE);
    for (YNode m : f.list("measures")) {
      Fields mf = new Fields(m, ctx, Message.of("what.measure"), MEASURE_KEYS);
      String mid = measureIds.check(mf, ctx);
      LText mtitle = mf.ltext("title", true);
      LText msummary = mf.ltext("summary", false);
      List<Activity> acts = activities(mf, ctx);
      if (mid != null) measures.add(new Measure(mid, mf.pos(), mtitle, msummary, acts));
    }
    List<Activity> activities = activities(f, ctx);
    if (id == null) return null;
    return new Initiative(id, f.pos(), number, title, status, note, summary, measures,
        activities);
  }

  private static List<Activity> activities(Fields parent, Ctx ctx) {
    List<Activity> out = new ArrayList<>();
    Activity previous = null;
    for (YNode n : parent.list("activities")) {
      Fields f = new Fields(n, ctx, Message.of("what.activity"), ACTIVITY_KEYS);
      LText title = f.ltext("title", true);
      LText responsible = f.ltext("responsible", false);
      Deadline deadline = f.deadline("deadline", true);
      Deadline start = f.deadline("start", false);
      if (start != null && deadline != null && deadline.due().isBefore(start.start())) {
        ctx.error(f.node("deadline", false).pos(), "deadline.beforeStart", deadline.iso(),
            start.iso());
      }
      ActivityStatus status =
          f.status("status", ActivityStatus.class, ActivityStatus.PLANNED, false);
      LText note = f.ltext("note", false);
      List<LText> participants = f.ltexts("participants");
      Activity a = new Activity(f.pos(), title, responsible, deadline, start, status, note,
          participants);
      if (previous != null && deadline != null && previous.deadline() != null
          && deadline.due().isBefore(previous.deadline().due())) {
        ctx.warning(f.node("deadline", false).pos(), "activity.backwards", name(a, ctx),
            deadline.iso(), name(previous, ctx), previous.deadline().iso());
      }
      if (title != null && deadline != null && status != null) {
        out.add(a);
        previous = a;
      }
    }
    return out;
  }

  private static String name(Activity a, Ctx ctx) {
    return a.title().resolve(ctx.lang(), ctx.lang()).map(LText.Resolved::text).orElse("?");
  }

  /** References {@code <plan>/<area-id>}; whether they exist is checked once all plans are read. */
  static List<AreaRef> refs(Fields f, String key) {
    List<AreaRef> out = new ArrayList<>();
    for (YNode n : f.list(key)) {
      String s = f.ctx().text(n, key);
      if (s == null) continue;
      String[] parts = s.strip().split("/", -1);
      if (parts.length != 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
        f.ctx().error(n.pos(), "ref.form", s, key);
        continue;
      }
      out.add(new AreaRef(parts[0], parts[1], n.pos()));
    }
    return out;
  }
}
