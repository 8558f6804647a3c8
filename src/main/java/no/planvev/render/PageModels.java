package no.planvev.render;

import static no.planvev.render.View.map;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import no.planvev.model.ActivityState;
import no.planvev.model.LocatedActivity;
import no.planvev.model.Progress;
import no.planvev.model.Activity;
import no.planvev.model.AreaRef;
import no.planvev.model.Content;
import no.planvev.model.Deadline;
import no.planvev.model.FocusArea;
import no.planvev.model.Hearing;
import no.planvev.model.HearingStatus;
import no.planvev.model.Initiative;
import no.planvev.model.LText;
import no.planvev.model.Measure;
import no.planvev.model.Page;
import no.planvev.model.Plan;
import no.planvev.model.Project;
import no.planvev.model.Urls;

/** The template values of each kind of page; one method per page kind. */
final class PageModels {

  /** How many upcoming activities the home page lists. */
  static final int UPCOMING_ON_HOME = 6;
  /** How many upcoming deadlines the deadlines embed lists. */
  static final int UPCOMING_IN_EMBED = 8;

  private final Content content;
  private final Urls urls;
  private final LocalDate today;

  PageModels(Content content, Urls urls, LocalDate today) {
    this.content = content;
    this.urls = urls;
    this.today = today;
  }

  // ---- pages ------------------------------------------------------------------------------

  Map<String, Object> home(View v) {
    Map<String, Object> m = map("description", v.t(content.site().description()),
        "timelineHref", v.link(urls.timeline(v.lang)));
    if (!content.plans().isEmpty()) {
      Plan plan = content.plans().get(0);
      m.put("plan", map("title", v.t(plan.title()), "href", v.link(urls.plan(plan, v.lang)),
          "mainGoal", v.t(plan.mainGoal()), "areas", areas(v, plan)));
    }
    List<Map<String, Object>> overdue = new ArrayList<>();
    List<Map<String, Object>> upcoming = new ArrayList<>();
    for (LocatedActivity a : allActivities()) {
      ActivityState s = a.activity().state(today);
      if (s == ActivityState.OVERDUE) overdue.add(activity(v, a.activity(), a.project()));
      else if ((s == ActivityState.UPCOMING || s == ActivityState.IN_PROGRESS)
          && upcoming.size() < UPCOMING_ON_HOME) {
        upcoming.add(activity(v, a.activity(), a.project()));
      }
    }
    m.put("overdue", overdue);
    m.put("upcoming", upcoming);
    m.put("hearings", sortedHearings().stream().filter(h -> h.status() == HearingStatus.OPEN)
        .map(h -> hearingSummary(v, h)).toList());
    return m;
  }

  Map<String, Object> plans(View v) {
    return map("plans", content.plans().stream().map(p -> map(
        "title", v.t(p.title()), "href", v.link(urls.plan(p, v.lang)),
        "period", v.deadline(p.period()), "periodDatetime", v.datetime(p.period()),
        "owner", v.t(p.owner()), "mainGoal", v.t(p.mainGoal()))).toList());
  }

  Map<String, Object> plan(View v, Plan p) {
    Map<String, Object> m = map("title", v.t(p.title()),
        "period", v.deadline(p.period()), "periodDatetime", v.datetime(p.period()),
        "owner", v.t(p.owner()), "mainGoal", v.t(p.mainGoal()), "intro", v.md(p.intro(), 3),
        "areas", areas(v, p), "hasWeights", p.hasWeights(),
        "progress", Progress.percent(Progress.plan(p, content.projects(), today)),
        "plansHref", content.plans().size() > 1 ? v.link(urls.plans(v.lang)) : null);
    if (p.adopted() != null) {
      m.put("adopted", map("date", v.deadline(new Deadline.Day(p.adopted().date())),
          "datetime", p.adopted().date().toString(), "by", v.t(p.adopted().by())));
    }
    if (p.mainStrategy() != null) {
      m.put("mainStrategy", map("title", v.t(p.mainStrategy().title()),
          "text", v.md(p.mainStrategy().text(), 3)));
    }
    m.put("organisation", p.organisation().stream().map(o -> map("body", v.t(o.body()),
        "members", v.t(o.members()), "role", v.md(o.role(), 4))).toList());
    return m;
  }

  Map<String, Object> area(View v, Plan p, FocusArea a) {
    AreaRef ref = new AreaRef(p.id(), a.id(), null);
    List<Map<String, Object>> projects = content.projects().stream()
        .filter(pr -> pr.supports().stream().anyMatch(r -> same(r, ref)))
        .map(pr -> projectSummary(v, pr, 4)).toList();
    List<Map<String, Object>> hearings = sortedHearings().stream()
        .filter(h -> h.topics().stream().anyMatch(r -> same(r, ref)))
        .map(h -> hearingSummary(v, h)).toList();
    return map("title", v.t(a.title()), "plan", map("title", v.t(p.title()),
            "href", v.link(urls.plan(p, v.lang))),
        "weight", a.weight(), "goal", v.t(a.goal()), "strategies", v.ts(a.strategies()),
        "body", v.md(a.body(), 2), "projects", projects, "hearings", hearings,
        "progress", Progress.percent(Progress.area(p, a, content.projects(), today)));
  }

  Map<String, Object> projects(View v) {
    return map("projects", content.projects().stream().map(p -> projectSummary(v, p, 3)).toList());
  }

  Map<String, Object> project(View v, Project p) {
    Map<String, Object> m = projectSummary(v, p, 2);
    m.put("manager", v.t(p.manager()));
    m.put("intro", v.md(p.intro(), 2));
    m.put("supports", p.supports().stream().map(r -> areaLink(v, r)).filter(x -> x != null)
        .toList());
    m.put("activities", p.activities().stream().map(a -> activity(v, a, null)).toList());
    List<Map<String, Object>> initiatives = new ArrayList<>();
    for (Initiative i : p.initiatives()) {
      List<Map<String, Object>> measures = new ArrayList<>();
      for (Measure me : i.measures()) {
        measures.add(map("id", me.id(), "title", v.t(me.title()), "summary", v.md(me.summary(), 5),
            "activities", me.activities().stream().map(a -> activity(v, a, null)).toList(),
            "progress", progress(Progress.of(me.activities(), today))));
      }
      initiatives.add(map("id", i.id(), "number", i.number(), "title", v.t(i.title()),
          "status", i.status().key(), "statusNote", v.t(i.statusNote()),
          "summary", v.md(i.summary(), 4), "measures", measures,
          "activities", i.activities().stream().map(a -> activity(v, a, null)).toList(),
          "progress", progress(Progress.of(i, today))));
    }
    m.put("initiatives", initiatives);
    if (p.statusDate() != null) m.put("statusDate", date(v, p.statusDate()));
    m.put("progress", progress(Progress.of(p, today)));
    List<Timeline.Item> items = new ArrayList<>();
    for (Activity a : p.allActivities()) items.add(timelineItem(v, a, null));
    m.put("timeline", TimelineView.of(Timeline.of(items, today, v.dates), v));
    return m;
  }

  Map<String, Object> timeline(View v) {
    List<Timeline.Item> items = new ArrayList<>();
    for (LocatedActivity a : allActivities()) {
      items.add(timelineItem(v, a.activity(), a.project()));
    }
    for (Hearing h : content.hearings()) {
      View.Txt title = v.t(h.title());
      ActivityState state = h.status() != HearingStatus.OPEN ? ActivityState.DONE
          : h.pastDeadline(today) ? ActivityState.OVERDUE : ActivityState.UPCOMING;
      LocalDate start = h.published() != null ? h.published() : h.deadline().start();
      items.add(Timeline.item(title.text(), title.lang(), title.fallback(), (View.Txt) null,
          v.deadline(h.deadline()), v.datetime(h.deadline()), start, h.deadline().due(),
          state, true, v.link(urls.hearing(h, v.lang)), v.t(h.issuer())));
    }
    return map("timeline", TimelineView.of(Timeline.of(items, today, v.dates), v));
  }

  Map<String, Object> hearings(View v) {
    return map("hearings", sortedHearings().stream().map(h -> hearingSummary(v, h)).toList());
  }

  /** The next deadlines of activities not yet done, across projects (for the deadlines embed). */
  Map<String, Object> upcomingDeadlines(View v, int max) {
    List<Map<String, Object>> upcoming = new ArrayList<>();
    for (LocatedActivity a : allActivities()) {
      ActivityState s = a.activity().state(today);
      if ((s == ActivityState.UPCOMING || s == ActivityState.IN_PROGRESS)
          && upcoming.size() < max) {
        upcoming.add(activity(v, a.activity(), a.project()));
      }
    }
    return map("activities", upcoming, "timelineHref", v.link(urls.timeline(v.lang)));
  }

  /** The open hearings, by deadline (for the hearings embed). */
  Map<String, Object> openHearings(View v) {
    return map("hearings", sortedHearings().stream().filter(h -> h.status() == HearingStatus.OPEN)
        .map(h -> hearingSummary(v, h)).toList(), "hearingsHref", v.link(urls.hearings(v.lang)));
  }

  Map<String, Object> hearing(View v, Hearing h) {
    Map<String, Object> m = hearingSummary(v, h);
    m.put("reference", h.reference());
    if (h.published() != null) {
      m.put("published", v.deadline(new Deadline.Day(h.published())));
      m.put("publishedDatetime", h.published().toString());
    }
    if (h.statement() != null) {
      m.put("statement", map("date", h.statement().date() == null ? null
              : v.deadline(new Deadline.Day(h.statement().date())),
          "datetime", h.statement().date() == null ? null : h.statement().date().toString(),
          "by", v.t(h.statement().by())));
    }
    m.put("sourceUrl", h.sourceUrl() == null ? null : v.href(h.sourceUrl(), false));
    m.put("body", v.md(h.body(), 3));
    m.put("documents", h.documents().stream()
        .map(d -> map("title", v.t(d.title()), "href", v.href(urls.document(d), d.isLocal())))
        .filter(d -> d.containsKey("href")).toList());
    m.put("topics", h.topics().stream().map(r -> areaLink(v, r)).filter(x -> x != null).toList());
    return m;
  }

  Map<String, Object> page(View v, Page p) {
    return map("title", v.t(p.title()), "summary", v.inline(p.summary()), "body", v.md(p.body(), 2));
  }

  // ---- parts ------------------------------------------------------------------------------

  private List<Map<String, Object>> areas(View v, Plan p) {
    return p.focusAreas().stream().map(a -> map("id", a.id(), "title", v.t(a.title()),
        "href", v.link(urls.area(p, a, v.lang)), "weight", a.weight(), "goal", v.t(a.goal()),
        "strategies", v.ts(a.strategies()),
        "progress", Progress.percent(Progress.area(p, a, content.projects(), today)))).toList();
  }

  /** A day as text in the page's language, with its ISO form for {@code <time>}. */
  private static Map<String, Object> date(View v, LocalDate d) {
    return map("text", v.deadline(new Deadline.Day(d)), "datetime", d.toString());
  }

  /** Counts and share of some activities; null when nothing counts. */
  private static Map<String, Object> progress(Progress pr) {
    if (pr.percent() == null) return null;
    return map("done", pr.done(), "counted", pr.counted(), "percent", pr.percent(),
        "late", pr.late(), "notReported", pr.notReported(), "ongoing", pr.ongoing(),
        "fromEditor", pr.override() != null);
  }


  /** A project's key facts; {@code base} is the heading level its summary starts at. */
  private Map<String, Object> projectSummary(View v, Project p, int base) {
    return map("title", v.t(p.title()), "href", v.link(urls.project(p, v.lang)),
        "status", p.status().key(), "owner", v.t(p.owner()), "phase", v.t(p.phase()),
        "progress", progress(Progress.of(p, today)),
        "period", v.deadline(p.period()), "periodDatetime", v.datetime(p.period()),
        "summary", v.md(p.summary(), base));
  }

  private Map<String, Object> hearingSummary(View v, Hearing h) {
    return map("title", v.t(h.title()), "href", v.link(urls.hearing(h, v.lang)),
        "status", h.status().key(), "issuer", v.t(h.issuer()),
        "deadline", v.deadline(h.deadline()), "datetime", v.datetime(h.deadline()),
        "overdue", h.pastDeadline(today));
  }

  private Map<String, Object> areaLink(View v, AreaRef r) {
    var plan = content.plan(r.planId());
    var area = content.area(r);
    if (plan.isEmpty() || area.isEmpty()) return null;
    return map("title", v.t(area.get().title()), "plan", v.t(plan.get().title()),
        "href", v.link(urls.area(plan.get(), area.get(), v.lang)));
  }

  private Map<String, Object> activity(View v, Activity a, Project project) {
    return map("title", v.t(a.title()), "responsible", v.t(a.responsible()),
        "deadline", v.deadline(a.deadline()), "datetime", v.datetime(a.deadline()),
        "start", a.start() == null ? null : v.deadline(a.start()),
        "startDatetime", a.start() == null ? null : v.datetime(a.start()),
        "state", a.state(today).key(), "note", v.t(a.note()),
        "late", "overdue".equals(a.state(today).key())
            ? Lateness.of(a.deadline().due(), today) : null,
        "moved", a.moved().stream().map(mv -> map("from", v.deadline(mv.from()),
            "fromDatetime", v.datetime(mv.from()), "on", date(v, mv.on()),
            "reason", v.t(mv.reason()))).toList(),
        "participants", v.ts(a.participants()),
        "project", project == null ? null : map("title", v.t(project.title()),
            "href", v.link(urls.project(project, v.lang))));
  }

  private Timeline.Item timelineItem(View v, Activity a, Project project) {
    View.Txt title = v.t(a.title());
    LocalDate start = a.start() != null ? a.start().start() : a.deadline().start();
    boolean milestone = a.start() == null && a.deadline().start().equals(a.deadline().due());
    return Timeline.item(title.text(), title.lang(), title.fallback(), v.t(a.responsible()),
        v.deadline(a.deadline()), v.datetime(a.deadline()), start, a.deadline().due(),
        a.state(today), milestone,
        project == null ? null : v.link(urls.project(project, v.lang)),
        project == null ? null : v.t(project.title()));
  }

  /** Open hearings first, then by deadline, then by id. */
  List<Hearing> sortedHearings() {
    return content.hearings().stream().sorted(Comparator
        .comparing((Hearing h) -> h.status() != HearingStatus.OPEN)
        .thenComparing(h -> h.deadline().due())
        .thenComparing(Hearing::id)).toList();
  }

  /** Every activity of every project, by due day, then project, then document order. */
  private List<LocatedActivity> allActivities() {
    List<LocatedActivity> all = new ArrayList<>();
    for (Project p : content.projects()) all.addAll(LocatedActivity.of(p));
    all.sort(Comparator.comparing((LocatedActivity l) -> l.activity().deadline().due()));
    return all;
  }

  private static boolean same(AreaRef a, AreaRef b) {
    return a.planId().equals(b.planId()) && a.areaId().equals(b.areaId());
  }

  static LText orEmpty(LText t) {
    return t == null ? LText.EMPTY : t;
  }
}
