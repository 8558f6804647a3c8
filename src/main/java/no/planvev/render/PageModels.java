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
import no.planvev.model.HearingPhase;
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

  /** UI strings per language, for what pages say in whole sentences (indicators). */
  private final Map<String, Map<String, String>> ui;

  PageModels(Content content, Urls urls, LocalDate today) {
    this(content, urls, today, Map.of());
  }

  PageModels(Content content, Urls urls, LocalDate today, Map<String, Map<String, String>> ui) {
    this.content = content;
    this.urls = urls;
    this.today = today;
    this.ui = ui;
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
    m.put("hearings", sortedHearings().stream()
        .filter(h -> h.phase(today) == HearingPhase.OPEN).map(h -> hearingSummary(v, h)).toList());
    return m;
  }

  PlansPage plans(View v) {
    return new PlansPage(content.plans().stream().map(p -> new PlansPage.Item(
        v.t(p.title()), v.link(urls.plan(p, v.lang)), v.deadline(p.period()),
        v.datetime(p.period()), v.t(p.owner()), v.t(p.mainGoal()))).toList());
  }

  PlanPage plan(View v, Plan p) {
    List<PlanPage.Area> areas = p.focusAreas().stream().map(a -> new PlanPage.Area(a.id(),
        v.t(a.title()), v.link(urls.area(p, a, v.lang)), a.weight(), v.t(a.goal()),
        v.ts(a.strategies()),
        Progress.percent(Progress.area(p, a, content.projects(), today)),
        IndicatorView.of(v, ui(v), urls, p, a))).toList();
    return new PlanPage(v.t(p.title()), v.deadline(p.period()), v.datetime(p.period()),
        v.t(p.owner()), p.adopted() == null ? null : new PlanPage.Adopted(
            v.deadline(new Deadline.Day(p.adopted().date())), p.adopted().date().toString(),
            v.t(p.adopted().by())),
        v.t(p.mainGoal()), p.mainStrategy() == null ? null : new PlanPage.MainStrategy(
            v.t(p.mainStrategy().title()), v.md(p.mainStrategy().text(), 3)),
        areas, p.hasWeights(), areas.stream().anyMatch(a -> !a.indicators().isEmpty()),
        Progress.percent(Progress.plan(p, content.projects(), today)),
        p.organisation().stream().map(o -> new PlanPage.Org(v.t(o.body()), v.t(o.members()),
            v.md(o.role(), 4))).toList(),
        v.md(p.intro(), 3), content.plans().size() > 1 ? v.link(urls.plans(v.lang)) : null);
  }

  AreaPage area(View v, Plan p, FocusArea a) {
    AreaRef ref = new AreaRef(p.id(), a.id(), null);
    List<Map<String, Object>> projects = content.projects().stream()
        .filter(pr -> pr.supports().stream().anyMatch(r -> same(r, ref)))
        .map(pr -> projectSummary(v, pr, 4)).toList();
    List<HearingItem> hearings = sortedHearings().stream()
        .filter(h -> h.topics().stream().anyMatch(r -> same(r, ref)))
        .map(h -> hearingSummary(v, h)).toList();
    return new AreaPage(v.t(a.title()), new AreaPage.PlanLink(v.t(p.title()),
            v.link(urls.plan(p, v.lang))),
        a.weight(), v.t(a.goal()), v.ts(a.strategies()), v.md(a.body(), 2), projects, hearings,
        Progress.percent(Progress.area(p, a, content.projects(), today)),
        IndicatorView.of(v, ui(v), urls, p, a));
  }

  /** An indicator's own page, under its focus area. */
  IndicatorPage indicator(View v, Plan p, FocusArea a, no.planvev.model.Indicator in) {
    return new IndicatorPage(v.t(in.name()),
        new IndicatorPage.AreaLink(v.t(a.title()), v.link(urls.area(p, a, v.lang))),
        new AreaPage.PlanLink(v.t(p.title()), v.link(urls.plan(p, v.lang))), v.t(a.goal()),
        IndicatorView.of(v, ui(v), urls, p, a, in));
  }

  private Map<String, String> ui(View v) {
    return ui.getOrDefault(v.lang, Map.of());
  }

  ProjectsPage projects(View v) {
    return new ProjectsPage(content.projects().stream().map(p -> projectSummary(v, p, 3)).toList());
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
      LocalDate start = h.published() != null ? h.published() : h.deadline().start();
      items.add(Timeline.item(title.text(), title.lang(), title.fallback(), (View.Txt) null,
          v.deadline(h.deadline()), v.datetime(h.deadline()), start, h.deadline().due(),
          HearingPhases.colour(h.phase(today)), true, v.link(urls.hearing(h, v.lang)),
          v.t(h.issuer())).forHearing(HearingItem.PhaseTag.of(h, today)));
    }
    return map("timeline", TimelineView.of(Timeline.of(items, today, v.dates), v));
  }

  HearingsPage hearings(View v) {
    return new HearingsPage(sortedHearings().stream().map(h -> hearingSummary(v, h)).toList());
  }

  /**
   * The next deadlines not yet met, across projects: activities upcoming or in progress and
   * hearings open for input, merged by due day (for the deadlines embed). Each entry has
   * {@code kind} "activity" or "hearing".
   */
  Map<String, Object> upcomingDeadlines(View v, int max) {
    record Due(LocalDate due, int order, Map<String, Object> entry) {}
    List<Due> all = new ArrayList<>();
    int order = 0;
    for (LocatedActivity a : allActivities()) {
      ActivityState s = a.activity().state(today);
      if (s == ActivityState.UPCOMING || s == ActivityState.IN_PROGRESS) {
        Map<String, Object> e = activity(v, a.activity(), a.project());
        e.put("kind", "activity");
        all.add(new Due(a.activity().deadline().due(), order++, e));
      }
    }
    for (Hearing h : sortedHearings()) {
      if (h.phase(today) != HearingPhase.OPEN) continue;
      HearingItem item = hearingSummary(v, h);
      all.add(new Due(h.deadline().due(), order++, map("kind", "hearing", "title", item.title(),
          "href", item.href(), "phase", item.phase(), "issuer", item.issuer(),
          "deadline", item.deadline(), "datetime", item.datetime())));
    }
    // Stable: on the same day activities keep their order and come before hearings.
    all.sort(Comparator.comparing(Due::due).thenComparingInt(Due::order));
    List<Map<String, Object>> upcoming = all.stream().limit(max).map(Due::entry).toList();
    return map("deadlines", upcoming, "timelineHref", v.link(urls.timeline(v.lang)));
  }

  /** The hearings open for input today, by deadline (for the hearings embed). */
  OpenHearingsPage openHearings(View v) {
    return new OpenHearingsPage(sortedHearings().stream()
        .filter(h -> h.phase(today) == HearingPhase.OPEN).map(h -> hearingSummary(v, h))
        .toList(), v.link(urls.hearings(v.lang)));
  }

  HearingPage hearing(View v, Hearing h) {
    List<HearingPage.TopicLink> topics = new ArrayList<>();
    for (AreaRef r : h.topics()) {
      var plan = content.plan(r.planId());
      var area = content.area(r);
      if (plan.isEmpty() || area.isEmpty()) continue;
      topics.add(new HearingPage.TopicLink(v.t(area.get().title()), v.t(plan.get().title()),
          v.link(urls.area(plan.get(), area.get(), v.lang))));
    }
    return HearingPage.of(v, urls, h, today, topics);
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

  private HearingItem hearingSummary(View v, Hearing h) {
    return HearingItem.of(v, urls, h, today);
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

  /** Hearings open for input first, then upcoming, then the rest; then by deadline, then by id. */
  List<Hearing> sortedHearings() {
    return content.hearings().stream().sorted(Comparator
        .comparing((Hearing h) -> HearingPhases.listRank(h.phase(today)))
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
