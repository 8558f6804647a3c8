package no.planvev.source;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import no.planvev.diag.SourcePos;
import no.planvev.model.Activity;
import no.planvev.model.ActivityIds;
import no.planvev.model.ActivityStatus;
import no.planvev.model.AreaRef;
import no.planvev.model.Deadline;
import no.planvev.model.DeadlineMove;
import no.planvev.model.Initiative;
import no.planvev.model.InitiativeStatus;
import no.planvev.model.LText;
import no.planvev.model.Measure;
import no.planvev.model.Project;
import no.planvev.model.ProjectStatus;

/** {@code projects/<id>/}: project.yaml and index.<lang>.md → {@link Project}. */
final class ProjectReader {

  static final List<String> KEYS =
      List.of(
          "title",
          "slug",
          "owner",
          "manager",
          "period",
          "phase",
          "status",
          "status_date",
          "progress",
          "supports",
          "summary",
          "initiatives",
          "activities");
  static final List<String> INITIATIVE_KEYS =
      List.of(
          "id",
          "number",
          "title",
          "status",
          "status_note",
          "status_date",
          "summary",
          "measures",
          "activities");
  static final List<String> MEASURE_KEYS =
      List.of("id", "title", "status_date", "summary", "activities");
  static final List<String> ACTIVITY_KEYS =
      List.of(
          "id",
          "title",
          "responsible",
          "deadline",
          "start",
          "status",
          "status_date",
          "moved",
          "note",
          "participants");
  static final List<String> MOVED_KEYS = List.of("from", "on", "reason");

  private ProjectReader() {}

  /** The project from its project.yaml and Markdown files. */
  static Project read(String id, UnitYaml yaml) {
    Ctx ctx = yaml.ctx();
    Fields f = yaml.fields();
    LocalDate statusDate = f.date("status_date", false);
    Integer progress = f.integer("progress", false);
    if (progress != null && (progress < 0 || progress > 100)) {
      ctx.error(f.node("progress", false).pos(), "progress.range", progress);
      progress = null;
    }
    List<Initiative> initiatives = new ArrayList<>();
    Ids ids = new Ids("id.initiative", Names.Place.NONE);
    Ids activityIds = new Ids("id.activity", Names.Place.NONE);
    for (Fields n : f.items("initiatives", "what.initiative", INITIATIVE_KEYS)) {
      Initiative i = initiative(n, ids, activityIds, statusDate, ctx);
      if (i != null) initiatives.add(i);
    }
    List<Activity> activities = activities(f, activityIds, statusDate, ctx);
    LText intro = LText.EMPTY;
    Map<String, List<LangFiles.LangFile>> files = yaml.langFiles();
    for (var e : files.entrySet()) {
      if (e.getKey().equals("index")) {
        intro = LangFiles.bodies(e.getValue(), ctx);
      } else {
        for (LangFiles.LangFile lf : e.getValue()) {
          ctx.error(SourcePos.file(lf.path()), "project.extraFile", e.getKey());
        }
      }
    }
    return withActivityIds(
        new Project(
            id,
            Slugs.read(f),
            SourcePos.file(yaml.path()),
            f.ltext("title", true),
            f.ltext("owner", false),
            f.ltext("manager", false),
            f.deadline("period", false),
            f.ltext("phase", false),
            f.status("status", ProjectStatus.class, null, true),
            refs(f, "supports"),
            f.ltext("summary", false),
            initiatives,
            activities,
            intro,
            statusDate,
            progress,
            yaml.provenance(files, Map.of())),
        ctx.lang());
  }

  /** The project with an id on every activity: the editor's, or one made from the title. */
  static Project withActivityIds(Project p, String defaultLang) {
    List<ActivityIds.Slot> slots = new ArrayList<>();
    for (Activity a : p.activities()) slots.add(new ActivityIds.Slot(null, a.id(), a.title()));
    for (Initiative i : p.initiatives()) {
      for (Activity a : i.activities()) {
        slots.add(new ActivityIds.Slot(i.id(), a.id(), a.title()));
      }
      for (Measure m : i.measures()) {
        for (Activity a : m.activities()) {
          slots.add(new ActivityIds.Slot(m.id(), a.id(), a.title()));
        }
      }
    }
    Iterator<String> next = ActivityIds.assign(slots, defaultLang).iterator();
    List<Activity> top = named(p.activities(), next);
    List<Initiative> initiatives = new ArrayList<>();
    for (Initiative i : p.initiatives()) {
      List<Activity> own = named(i.activities(), next);
      List<Measure> measures = new ArrayList<>();
      for (Measure m : i.measures()) {
        measures.add(
            new Measure(m.id(), m.pos(), m.title(), m.summary(), named(m.activities(), next)));
      }
      initiatives.add(
          new Initiative(
              i.id(),
              i.pos(),
              i.number(),
              i.title(),
              i.status(),
              i.statusNote(),
              i.summary(),
              measures,
              own));
    }
    return new Project(
        p.id(),
        p.slug(),
        p.pos(),
        p.title(),
        p.owner(),
        p.manager(),
        p.period(),
        p.phase(),
        p.status(),
        p.supports(),
        p.summary(),
        initiatives,
        top,
        p.intro(),
        p.statusDate(),
        p.progress(),
        p.provenance());
  }

  private static List<Activity> named(List<Activity> list, Iterator<String> ids) {
    List<Activity> out = new ArrayList<>(list.size());
    for (Activity a : list) out.add(a.withId(ids.next()));
    return out;
  }

  private static Initiative initiative(
      Fields f, Ids ids, Ids activityIds, LocalDate inherited, Ctx ctx) {
    String id = ids.check(f, ctx);
    Integer number = f.integer("number", false);
    LText title = f.ltext("title", true);
    InitiativeStatus status =
        f.status("status", InitiativeStatus.class, InitiativeStatus.ACTIVE, false);
    LText note = f.ltext("status_note", false);
    LocalDate statusDate = or(f.date("status_date", false), inherited);
    LText summary = f.ltext("summary", false);
    List<Measure> measures = new ArrayList<>();
    Ids measureIds = new Ids("id.measure", Names.Place.NONE);
    for (Fields mf : f.items("measures", "what.measure", MEASURE_KEYS)) {
      String mid = measureIds.check(mf, ctx);
      LText mtitle = mf.ltext("title", true);
      LocalDate mdate = or(mf.date("status_date", false), statusDate);
      LText msummary = mf.ltext("summary", false);
      List<Activity> acts = activities(mf, activityIds, mdate, ctx);
      if (mid != null) measures.add(new Measure(mid, mf.pos(), mtitle, msummary, acts));
    }
    List<Activity> activities = activities(f, activityIds, statusDate, ctx);
    if (id == null) return null;
    return new Initiative(id, f.pos(), number, title, status, note, summary, measures, activities);
  }

  private static LocalDate or(LocalDate own, LocalDate inherited) {
    return own != null ? own : inherited;
  }

  /**
   * The activities under {@code parent}; {@code inherited} is the status date of the nearest
   * measure, initiative or project that has one (an activity's own {@code status_date} wins).
   */
  private static List<Activity> activities(Fields parent, Ids ids, LocalDate inherited, Ctx ctx) {
    List<Activity> out = new ArrayList<>();
    Activity previous = null;
    for (Fields f : parent.items("activities", "what.activity", ACTIVITY_KEYS)) {
      String id = f.has("id") ? ids.check(f, ctx) : null;
      LText title = f.ltext("title", true);
      LText responsible = f.ltext("responsible", false);
      Deadline deadline = f.deadline("deadline", true);
      Deadline start = f.deadline("start", false);
      if (start != null && deadline != null && deadline.due().isBefore(start.start())) {
        ctx.error(
            f.node("deadline", false).pos(), "deadline.beforeStart", deadline.iso(), start.iso());
      }
      ActivityStatus status =
          f.status("status", ActivityStatus.class, ActivityStatus.PLANNED, false);
      LocalDate statusDate = or(f.date("status_date", false), inherited);
      Activity a =
          new Activity(
              f.pos(),
              id,
              title,
              responsible,
              deadline,
              start,
              status,
              f.ltext("note", false),
              f.ltexts("participants"),
              statusDate,
              moved(f, deadline, ctx));
      if (previous != null
          && deadline != null
          && previous.deadline() != null
          && deadline.due().isBefore(previous.deadline().due())) {
        ctx.warning(
            f.node("deadline", false).pos(),
            "activity.backwards",
            name(a, ctx),
            deadline.iso(),
            name(previous, ctx),
            previous.deadline().iso());
      }
      if (title != null && deadline != null && status != null) {
        out.add(a);
        previous = a;
      }
    }
    return out;
  }

  /**
   * {@code moved:} the activity's earlier deadlines, oldest first: each {@code from} a deadline,
   * {@code on} the day it was moved, and an optional {@code reason}.
   */
  private static List<DeadlineMove> moved(Fields activity, Deadline now, Ctx ctx) {
    List<DeadlineMove> out = new ArrayList<>();
    DeadlineMove previous = null;
    Fields last = null;
    for (Fields f : activity.items("moved", "what.move", MOVED_KEYS)) {
      Deadline from = f.deadline("from", true);
      LocalDate on = f.date("on", true);
      LText reason = f.ltext("reason", false);
      if (from == null || on == null) continue;
      if (previous != null && on.isBefore(previous.on())) {
        ctx.error(f.node("on", false).pos(), "moved.order", on, previous.on());
        continue;
      }
      DeadlineMove m = new DeadlineMove(from, on, reason, f.pos());
      out.add(m);
      previous = m;
      last = f;
    }
    if (last != null && now != null && previous.from().iso().equals(now.iso())) {
      ctx.error(last.node("from", false).pos(), "moved.same", now.iso());
      out.remove(out.size() - 1);
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
