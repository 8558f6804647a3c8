package no.planvev.render;

import static no.planvev.render.View.map;

import java.util.Locale;
import java.util.Map;
import no.planvev.model.Deadline;

/** A computed {@link Timeline} as template values (percents as CSS-ready strings). */
final class TimelineView {

  private TimelineView() {}

  static Map<String, Object> of(Timeline t, View v) {
    return map(
        "empty", t.items().isEmpty(),
        "today", new View.Txt(v.dates.displayIn(new Deadline.Day(t.today()), v.lang,
            v.defaultLang), v.lang, false),
        "todayDatetime", t.today().toString(),
        "todayPercent", t.todayPercent() == null ? null : pct(t.todayPercent()),
        "todayAtEnd", t.todayAtEnd(),
        "ticks", t.ticks().stream().map(k -> map("left", pct(k.percent()), "label", k.label(),
            "datetime", k.datetime())).toList(),
        "rows", t.items().stream().map(i -> item(i, t.today())).toList(),
        "groups", t.groups().stream().map(g -> map("label", g.label(), "datetime", g.datetime(),
            "todayBefore", g.todayBefore(), "todayIndex", g.todayIndex(),
            "items", g.items().stream().map(i -> item(i, t.today())).toList())).toList());
  }

  private static Map<String, Object> item(Timeline.Item i, java.time.LocalDate today) {
    return map("title", new View.Txt(i.title(), i.titleLang(), i.titleFallback()),
        "responsible", i.responsible(), "deadline", i.deadlineText(), "datetime", i.datetime(),
        "state", i.state().key(), "milestone", i.milestone(),
        "left", pct(i.startPercent()), "width", pct(Math.max(i.widthPercent(), 0.5)),
        "center", pct(i.startPercent() + i.widthPercent() / 2),
        "href", i.href(), "context", i.context(),
        "late", "overdue".equals(i.state().key()) ? Lateness.of(i.due(), today) : null);
  }

  /** A percent with at most two decimals and a dot, whatever the default locale. */
  static String pct(double p) {
    String s = String.format(Locale.ROOT, "%.2f", Math.max(0, Math.min(100, p)));
    s = s.replaceAll("0+$", "");
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }
}
