package no.planvev.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import no.planvev.model.Activity;
import no.planvev.model.ActivityState;
import no.planvev.model.AreaRef;
import no.planvev.model.Content;
import no.planvev.model.Deadline;
import no.planvev.model.FocusArea;
import no.planvev.model.Hearing;
import no.planvev.model.HearingPhase;
import no.planvev.model.Initiative;
import no.planvev.model.LText;
import no.planvev.model.LocatedActivity;
import no.planvev.model.Measure;
import no.planvev.model.Page;
import no.planvev.model.Plan;
import no.planvev.model.Progress;
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

  HomePage home(View v) {
    List<HearingItem> open =
        sortedHearings().stream().filter(this::openToday).map(h -> hearingSummary(v, h)).toList();
    LocalDate horizon = today.plusDays(DEADLINES_ON_HOME_DAYS);
    List<Map.Entry<LocalDate, HomePage.NextDeadline>> next = new ArrayList<>();
    for (Hearing h : sortedHearings()) {
      if (openToday(h) && !h.deadline().due().isAfter(horizon)) {
        next.add(
            Map.entry(
                h.deadline().due(),
                new HomePage.NextDeadline(
                    v.deadline(h.deadline()),
                    v.datetime(h.deadline()),
                    v.t(h.title()),
                    v.link(urls.hearing(h, v.lang())),
                    v.t(h.issuer()),
                    null,
                    true,
                    TimelineView.hearingState(h, today).key())));
      }
    }
    int late = 0;
    int notReported = 0;
    for (LocatedActivity a : allActivities()) {
      ActivityState s = a.activity().state(today);
      if (s == ActivityState.OVERDUE) late++;
      if (s == ActivityState.NOT_REPORTED) notReported++;
      LocalDate due = a.activity().deadline().due();
      if ((s == ActivityState.UPCOMING || s == ActivityState.IN_PROGRESS)
          && !due.isAfter(horizon)) {
        next.add(
            Map.entry(
                due,
                new HomePage.NextDeadline(
                    v.deadline(a.activity().deadline()),
                    v.datetime(a.activity().deadline()),
                    v.t(a.activity().title()),
                    activityHref(v, a),
                    v.t(a.project().title()),
                    parentTitle(v, a),
                    false,
                    s.key())));
      }
    }
    // By due day; a stable sort keeps hearings before activities due the same day.
    next.sort(Map.Entry.comparingByKey());
    HomePage.Plan plan = null;
    if (!content.plans().isEmpty()) {
      Plan p = content.plans().get(0);
      plan =
          new HomePage.Plan(
              v.t(p.title()),
              v.link(urls.plan(p, v.lang())),
              v.t(p.mainGoal()),
              Progress.percent(Progress.plan(p, content.projects(), today)),
              p.hasWeights());
    }
    String timelineHref = v.link(urls.timeline(v.lang()));
    return new HomePage(
        v.t(content.site().description()),
        open,
        v.link(urls.hearings(v.lang())),
        next.stream().map(Map.Entry::getValue).toList(),
        DEADLINES_ON_HOME_DAYS,
        timelineHref,
        plan,
        late,
        notReported,
        timelineHref + "#" + LATE_ANCHOR);
  }

  /** How far ahead the home page lists deadlines, in days. */
  static final int DEADLINES_ON_HOME_DAYS = 90;

  /** The id of the late activities' list on the timeline page. */
  static final String LATE_ANCHOR = "forsinket";

  /** Open for input today: the hearing's phase (from opens to the deadline's last day). */
  private boolean openToday(Hearing h) {
    return h.phase(today) == HearingPhase.OPEN;
  }

  PlansPage plans(View v) {
    return new PlansPage(
        content.plans().stream()
            .map(
                p ->
                    new PlansPage.Item(
                        v.t(p.title()),
                        v.link(urls.plan(p, v.lang())),
                        v.deadline(p.period()),
                        v.datetime(p.period()),
                        v.t(p.owner()),
                        v.t(p.mainGoal())))
            .toList());
  }

  PlanPage plan(View v, Plan p) {
    List<PlanPage.Area> areas =
        p.focusAreas().stream()
            .map(
                a ->
                    new PlanPage.Area(
                        a.id(),
                        v.t(a.title()),
                        v.link(urls.area(p, a, v.lang())),
                        a.weight(),
                        v.t(a.goal()),
                        v.ts(a.strategies()),
                        Progress.percent(Progress.area(p, a, content.projects(), today)),
                        IndicatorView.of(v, ui(v), urls, p, a)))
            .toList();
    return new PlanPage(
        v.t(p.title()),
        v.deadline(p.period()),
        v.datetime(p.period()),
        v.t(p.owner()),
        p.adopted() == null
            ? null
            : new PlanPage.Adopted(
                v.deadline(new Deadline.Day(p.adopted().date())),
                p.adopted().date().toString(),
                v.t(p.adopted().by())),
        v.t(p.mainGoal()),
        p.mainStrategy() == null
            ? null
            : new PlanPage.MainStrategy(
                v.t(p.mainStrategy().title()), v.md(p.mainStrategy().text(), 3)),
        areas,
        p.hasWeights(),
        areas.stream().anyMatch(a -> !a.indicators().isEmpty()),
        Progress.percent(Progress.plan(p, content.projects(), today)),
        p.organisation().stream()
            .map(o -> new PlanPage.Org(v.t(o.body()), v.t(o.members()), v.md(o.role(), 4)))
            .toList(),
        v.md(p.intro(), 3),
        content.plans().size() > 1 ? v.link(urls.plans(v.lang())) : null);
  }

  AreaPage area(View v, Plan p, FocusArea a) {
    AreaRef ref = new AreaRef(p.id(), a.id(), null);
    List<ProjectSummary> projects =
        content.projects().stream()
            .filter(pr -> pr.supports().stream().anyMatch(r -> same(r, ref)))
            .map(pr -> projectSummary(v, pr, 4))
            .toList();
    List<HearingItem> hearings =
        sortedHearings().stream()
            .filter(h -> h.topics().stream().anyMatch(r -> same(r, ref)))
            .map(h -> hearingSummary(v, h))
            .toList();
    return new AreaPage(
        v.t(a.title()),
        new AreaPage.PlanLink(v.t(p.title()), v.link(urls.plan(p, v.lang()))),
        a.weight(),
        v.t(a.goal()),
        v.ts(a.strategies()),
        v.md(a.body(), 2),
        projects,
        hearings,
        Progress.percent(Progress.area(p, a, content.projects(), today)),
        IndicatorView.of(v, ui(v), urls, p, a));
  }

  /** An indicator's own page, under its focus area. */
  IndicatorPage indicator(View v, Plan p, FocusArea a, no.planvev.model.Indicator in) {
    return new IndicatorPage(
        v.t(in.name()),
        new IndicatorPage.AreaLink(v.t(a.title()), v.link(urls.area(p, a, v.lang()))),
        new AreaPage.PlanLink(v.t(p.title()), v.link(urls.plan(p, v.lang()))),
        v.t(a.goal()),
        IndicatorView.of(v, ui(v), urls, p, a, in));
  }

  ReportsPage reports(View v) {
    return ReportsPage.of(v, ui(v), content, urls);
  }

  ReportPage report(View v, no.planvev.model.Report r) {
    return ReportPage.of(v, ui(v), content, urls, r);
  }

  private Map<String, String> ui(View v) {
    return ui.getOrDefault(v.lang(), Map.of());
  }

  ProjectsPage projects(View v) {
    return new ProjectsPage(content.projects().stream().map(p -> projectSummary(v, p, 3)).toList());
  }

  ProjectPage project(View v, Project p) {
    List<ProjectPage.Initiative> initiatives = new ArrayList<>();
    List<LocatedActivity> located = LocatedActivity.of(p);
    for (Initiative i : p.initiatives()) {
      List<ProjectPage.Measure> measures = new ArrayList<>();
      for (Measure me : i.measures()) {
        measures.add(
            new ProjectPage.Measure(
                me.id(),
                v.t(me.title()),
                v.md(me.summary(), 5),
                located.stream()
                    .filter(l -> l.measure() == me)
                    .map(l -> activity(v, l, false))
                    .toList(),
                progress(Progress.of(me.activities(), today))));
      }
      initiatives.add(
          new ProjectPage.Initiative(
              i.id(),
              i.number(),
              v.t(i.title()),
              i.status().key(),
              v.t(i.statusNote()),
              v.md(i.summary(), 4),
              located.stream()
                  .filter(l -> l.initiative() == i && l.measure() == null)
                  .map(l -> activity(v, l, false))
                  .toList(),
              List.copyOf(measures),
              progress(Progress.of(i, today))));
    }
    List<Timeline.Item> items = new ArrayList<>();
    int late = 0;
    for (LocatedActivity l : located) {
      View.Txt parent = parentTitle(v, l);
      items.add(timelineItem(v, l.activity(), null, activityHref(v, l)).in(parent, parent));
      if (l.activity().state(today) == ActivityState.OVERDUE) late++;
    }
    Timeline t = Timeline.of(items, today, v.dates());
    List<TimelineChart> charts = new ArrayList<>();
    if (!t.items().isEmpty()) {
      LocalDate first = t.from();
      LocalDate last = t.to();
      if (p.period() != null) {
        if (p.period().start().isBefore(first)) first = p.period().start();
        if (p.period().due().isAfter(last)) last = p.period().due();
      }
      // Document order: sections follow the initiatives and measures as the page lists them.
      charts.addAll(windows(items, first, last, false, v));
    }
    return new ProjectPage(
        projectSummary(v, p, 3),
        v.t(p.manager()),
        v.md(p.intro(), 3),
        p.supports().stream().map(r -> areaLink(v, r)).filter(x -> x != null).toList(),
        p.statusDate() == null ? null : date(v, p.statusDate()),
        located.stream()
            .filter(l -> l.initiative() == null)
            .map(l -> activity(v, l, false))
            .toList(),
        List.copyOf(initiatives),
        TimelineView.of(t, charts, v),
        late);
  }

  /** The longest window one chart shows, in months; a longer range is split by year. */
  static final int MONTHS_PER_CHART = 18;

  /**
   * The charts of {@code items} over {@code first}..{@code last}: one chart when the range is
   * short; else a chart around today (when {@code aroundToday}) and one per calendar year.
   */
  private List<TimelineChart> windows(
      List<Timeline.Item> items, LocalDate first, LocalDate last, boolean aroundToday, View v) {
    List<TimelineChart> out = new ArrayList<>();
    if (java.time.temporal.ChronoUnit.MONTHS.between(first.withDayOfMonth(1), last) + 1
        <= MONTHS_PER_CHART) {
      out.add(TimelineChart.of("tidslinje-figur", items, first, last, today, v.dates()));
      return out;
    }
    if (aroundToday) {
      LocalDate from = today.withDayOfMonth(1).minusMonths(2);
      TimelineChart now =
          TimelineChart.of("tidslinje-na", items, from, from.plusMonths(11), today, v.dates());
      if (!now.sections().isEmpty()) out.add(now);
    }
    for (int y = first.getYear(); y <= last.getYear(); y++) {
      TimelineChart year =
          TimelineChart.of(
              "tidslinje-" + y,
              items,
              LocalDate.of(y, 1, 1),
              LocalDate.of(y, 12, 31),
              today,
              v.dates());
      if (!year.sections().isEmpty()) out.add(year);
    }
    return out;
  }

  TimelinePage timeline(View v) {
    List<Timeline.Item> items = new ArrayList<>();
    List<ActivityItem> late = new ArrayList<>();
    for (LocatedActivity a : allActivities()) {
      View.Txt parent = parentTitle(v, a);
      items.add(
          timelineItem(v, a.activity(), a.project(), activityHref(v, a))
              .in(v.t(a.project().title()), parent));
      ActivityState s = a.activity().state(today);
      if (s == ActivityState.OVERDUE || s == ActivityState.NOT_REPORTED) {
        late.add(activity(v, a, true));
      }
    }
    for (Hearing h : content.hearings()) {
      LocalDate start = h.published() != null ? h.published() : h.deadline().start();
      items.add(
          new Timeline.Item(
              v.t(h.title()),
              null,
              v.deadline(h.deadline()),
              v.datetime(h.deadline()),
              start,
              h.deadline().due(),
              TimelineView.hearingState(h, today),
              true,
              v.link(urls.hearing(h, v.lang())),
              v.t(h.issuer()),
              TimelineView.HEARINGS,
              null,
              HearingItem.PhaseTag.of(h, today)));
    }
    Timeline t = Timeline.of(items, today, v.dates());
    List<TimelineChart> charts =
        t.items().isEmpty() ? List.of() : windows(t.items(), t.from(), t.to(), true, v);
    return new TimelinePage(TimelineView.of(t, charts, v), List.copyOf(late));
  }

  HearingsPage hearings(View v) {
    return new HearingsPage(sortedHearings().stream().map(h -> hearingSummary(v, h)).toList());
  }

  /**
   * The next deadlines not yet met, across projects: activities upcoming or in progress and
   * hearings open for input, merged by due day (for the deadlines embed).
   */
  DeadlinesPage upcomingDeadlines(View v, int max) {
    record Due(LocalDate due, int order, DeadlinesPage.Entry entry) {}
    List<Due> all = new ArrayList<>();
    int order = 0;
    for (LocatedActivity a : allActivities()) {
      ActivityState s = a.activity().state(today);
      if (s == ActivityState.UPCOMING || s == ActivityState.IN_PROGRESS) {
        all.add(
            new Due(
                a.activity().deadline().due(),
                order++,
                DeadlinesPage.Entry.of(activity(v, a, true))));
      }
    }
    for (Hearing h : sortedHearings()) {
      if (h.phase(today) != HearingPhase.OPEN) continue;
      all.add(new Due(h.deadline().due(), order++, DeadlinesPage.Entry.of(hearingSummary(v, h))));
    }
    // Stable: on the same day activities keep their order and come before hearings.
    all.sort(Comparator.comparing(Due::due).thenComparingInt(Due::order));
    return new DeadlinesPage(
        all.stream().limit(max).map(Due::entry).toList(), v.link(urls.timeline(v.lang())));
  }

  /** The hearings open for input today, by deadline (for the hearings embed). */
  OpenHearingsPage openHearings(View v) {
    return new OpenHearingsPage(
        sortedHearings().stream()
            .filter(h -> h.phase(today) == HearingPhase.OPEN)
            .map(h -> hearingSummary(v, h))
            .toList(),
        v.link(urls.hearings(v.lang())));
  }

  HearingPage hearing(View v, Hearing h) {
    List<HearingPage.TopicLink> topics = new ArrayList<>();
    for (AreaRef r : h.topics()) {
      var plan = content.plan(r.planId());
      var area = content.area(r);
      if (plan.isEmpty() || area.isEmpty()) continue;
      topics.add(
          new HearingPage.TopicLink(
              v.t(area.get().title()),
              v.t(plan.get().title()),
              v.link(urls.area(plan.get(), area.get(), v.lang()))));
    }
    return HearingPage.of(v, urls, h, today, topics);
  }

  ContentPage page(View v, Page p) {
    return new ContentPage(v.t(p.title()), v.inline(p.summary()), v.md(v.body(p.body()), 2));
  }

  // ---- parts ------------------------------------------------------------------------------

  /** A day as text in the page's language, with its ISO form for {@code <time>}. */
  private static ProjectPage.StatusDate date(View v, LocalDate d) {
    return new ProjectPage.StatusDate(v.deadline(new Deadline.Day(d)), d.toString());
  }

  /** Counts and share of some activities; null when nothing counts. */
  private static ProgressCounts progress(Progress pr) {
    return ProgressCounts.of(pr);
  }

  /** A project's key facts; {@code base} is the heading level its summary starts at. */
  private ProjectSummary projectSummary(View v, Project p, int base) {
    return new ProjectSummary(
        v.t(p.title()),
        v.link(urls.project(p, v.lang())),
        p.status().key(),
        v.t(p.owner()),
        v.t(p.phase()),
        progress(Progress.of(p, today)),
        v.deadline(p.period()),
        v.datetime(p.period()),
        v.md(p.summary(), base));
  }

  private HearingItem hearingSummary(View v, Hearing h) {
    return HearingItem.of(v, urls, h, today);
  }

  private ProjectPage.AreaLink areaLink(View v, AreaRef r) {
    var plan = content.plan(r.planId());
    var area = content.area(r);
    if (plan.isEmpty() || area.isEmpty()) return null;
    return new ProjectPage.AreaLink(
        v.t(area.get().title()),
        v.t(plan.get().title()),
        v.link(urls.area(plan.get(), area.get(), v.lang())));
  }

  /** An activity as listed; {@code linked}: it links to its anchor on the project page. */
  private ActivityItem activity(View v, LocatedActivity l, boolean linked) {
    Activity a = l.activity();
    ActivityState state = a.state(today);
    return new ActivityItem(
        ActivityItem.anchor(a.id()),
        v.t(a.title()),
        v.t(a.responsible()),
        v.deadline(a.deadline()),
        v.datetime(a.deadline()),
        a.start() == null ? null : v.deadline(a.start()),
        a.start() == null ? null : v.datetime(a.start()),
        state.key(),
        state == ActivityState.OVERDUE ? LateBy.of(a.deadline().due(), today) : null,
        v.t(a.note()),
        a.moved().stream()
            .map(
                mv ->
                    new ActivityItem.Move(
                        v.deadline(mv.from()),
                        v.datetime(mv.from()),
                        v.deadline(new Deadline.Day(mv.on())),
                        mv.on().toString(),
                        v.t(mv.reason())))
            .toList(),
        v.ts(a.participants()),
        linked
            ? new ActivityItem.Link(
                v.t(l.project().title()), v.link(urls.project(l.project(), v.lang())))
            : null,
        linked ? parentTitle(v, l) : null,
        linked ? activityHref(v, l) : null);
  }

  /** The link to an activity's anchor on its project's page. */
  private String activityHref(View v, LocatedActivity l) {
    return v.link(urls.project(l.project(), v.lang()))
        + "#"
        + ActivityItem.anchor(l.activity().id());
  }

  /** The title of an activity's measure, else its initiative; null at project level. */
  private static View.Txt parentTitle(View v, LocatedActivity l) {
    if (l.measure() != null) return v.t(l.measure().title());
    return l.initiative() == null ? null : v.t(l.initiative().title());
  }

  private Timeline.Item timelineItem(View v, Activity a, Project project) {
    return timelineItem(
        v, a, project, project == null ? null : v.link(urls.project(project, v.lang())));
  }

  private Timeline.Item timelineItem(View v, Activity a, Project project, String href) {
    LocalDate start = a.start() != null ? a.start().start() : a.deadline().start();
    boolean milestone = a.start() == null && a.deadline().start().equals(a.deadline().due());
    return new Timeline.Item(
        v.t(a.title()),
        v.t(a.responsible()),
        v.deadline(a.deadline()),
        v.datetime(a.deadline()),
        start,
        a.deadline().due(),
        a.state(today),
        milestone,
        href,
        project == null ? null : v.t(project.title()),
        null,
        null,
        null);
  }

  /** Hearings open for input first, then upcoming, then the rest; then by deadline, then by id. */
  List<Hearing> sortedHearings() {
    return content.hearings().stream()
        .sorted(
            Comparator.comparing((Hearing h) -> HearingPhases.listRank(h.phase(today)))
                .thenComparing(h -> h.deadline().due())
                .thenComparing(Hearing::id))
        .toList();
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
