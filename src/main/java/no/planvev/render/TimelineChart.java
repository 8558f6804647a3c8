package no.planvev.render;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import no.planvev.words.DeadlineFormat;

/**
 * One chart of a timeline over a window of time ({@code from}..{@code to}, whole months): the items
 * that overlap the window, in sections by their group (a project, measure or initiative), placed by
 * percent of the window. A window of a few months keeps every row readable; the caller picks the
 * window (around today, a project's period, a calendar year) and shows the rest of the range as
 * further charts.
 *
 * @param id an id for the chart's anchor (unique in the page)
 * @param label the window as text ("sep. 2017 – apr. 2018")
 * @param todayPercent where today falls, or null when outside the window
 * @param states the states of the rows, in a fixed order (for the legend)
 */
record TimelineChart(
    String id,
    String label,
    LocalDate from,
    LocalDate to,
    Double todayPercent,
    List<Timeline.Tick> ticks,
    List<Boolean> majorTicks,
    List<Section> sections,
    List<String> states,
    boolean milestones) {

  /** No row's mark is narrower than this, in percent of the chart's width. */
  static final double MIN_WIDTH = 2.5;

  /** The rows of one group under its heading (null heading: the items have no group). */
  record Section(View.Txt heading, List<Row> rows) {}

  /**
   * One item on the chart. {@code label} is the item's title, with its measure or initiative when
   * another row of the chart has the same title; the mark may be clipped at either end.
   */
  record Row(
      Timeline.Item item,
      View.Txt label,
      double left,
      double width,
      boolean clippedStart,
      boolean clippedEnd) {}

  /** The whole months from {@code first} to {@code last} (both included). */
  static TimelineChart of(
      String id,
      List<Timeline.Item> items,
      LocalDate first,
      LocalDate last,
      LocalDate today,
      DeadlineFormat lang) {
    LocalDate from = first.withDayOfMonth(1);
    LocalDate to = last.withDayOfMonth(last.lengthOfMonth());
    long days = ChronoUnit.DAYS.between(from, to) + 1;
    List<Timeline.Item> inside =
        items.stream().filter(i -> !i.due().isBefore(from) && !begin(i).isAfter(to)).toList();
    // Within a section, two rows of the same title add their measure or initiative.
    Map<String, Integer> titles = new LinkedHashMap<>();
    for (Timeline.Item i : inside)
      titles.merge(sectionKey(i) + "\u0000" + i.title().text(), 1, Integer::sum);
    Map<String, List<Row>> bySection = new LinkedHashMap<>();
    Map<String, View.Txt> headings = new LinkedHashMap<>();
    Set<String> present = new LinkedHashSet<>();
    boolean milestones = false;
    for (Timeline.Item i : inside) {
      String key = sectionKey(i);
      headings.putIfAbsent(key, i.group());
      bySection
          .computeIfAbsent(key, k -> new ArrayList<>())
          .add(row(i, from, to, days, titles.get(key + "\u0000" + i.title().text()) > 1));
      present.add(i.state().key());
      milestones |= i.milestone();
    }
    List<Section> sections = new ArrayList<>();
    bySection.forEach((k, rows) -> sections.add(new Section(headings.get(k), List.copyOf(rows))));
    List<String> states = new ArrayList<>();
    for (var s : no.planvev.model.ActivityState.values()) {
      if (present.contains(s.key())) states.add(s.key());
    }
    Double todayPercent =
        today.isBefore(from) || today.isAfter(to) ? null : percent(from, today, days);
    List<Timeline.Tick> ticks = new ArrayList<>();
    List<Boolean> major = new ArrayList<>();
    ticks(from, to, days, lang, ticks, major);
    return new TimelineChart(
        id,
        label(from, to, lang),
        from,
        to,
        todayPercent,
        List.copyOf(ticks),
        List.copyOf(major),
        List.copyOf(sections),
        List.copyOf(states),
        milestones);
  }

  private static String sectionKey(Timeline.Item i) {
    return i.group() == null ? "" : i.group().text();
  }

  private static LocalDate begin(Timeline.Item i) {
    return i.milestone() ? i.due() : i.start();
  }

  private static Row row(
      Timeline.Item i, LocalDate from, LocalDate to, long days, boolean sameTitle) {
    View.Txt title = i.title();
    View.Txt label =
        sameTitle && i.parent() != null
            ? new View.Txt(
                title.text() + " (" + i.parent().text() + ")", title.lang(), title.fallback())
            : title;
    if (i.milestone()) {
      // A milestone's left is its centre (the middle of its day); CSS centres the diamond on it.
      double at = percent(from, i.due(), days) + 50.0 / days;
      return new Row(i, label, round(at), MIN_WIDTH, false, false);
    }
    boolean clippedStart = i.start().isBefore(from);
    boolean clippedEnd = i.due().isAfter(to);
    double s = clippedStart ? 0 : percent(from, i.start(), days);
    double e = clippedEnd ? 100 : percent(from, i.due().plusDays(1), days);
    double width = Math.max(e - s, MIN_WIDTH);
    if (s + width > 100) s = 100 - width;
    return new Row(i, label, round(s), round(width), clippedStart, clippedEnd);
  }

  /**
   * Ticks at the first of each month (each quarter past 14 months, each year past 48); the major
   * ones (quarters, years) keep their label on a phone, where the minor ones are hidden. January is
   * labelled with its year.
   */
  private static void ticks(
      LocalDate from,
      LocalDate to,
      long days,
      DeadlineFormat lang,
      List<Timeline.Tick> ticks,
      List<Boolean> major) {
    long months = ChronoUnit.MONTHS.between(from, to) + 1;
    int step = months <= 14 ? 1 : months <= 48 ? 3 : 12;
    int majorStep = step == 1 ? 3 : 12;
    for (LocalDate m = from; !m.isAfter(to); m = m.plusMonths(1)) {
      if ((m.getMonthValue() - 1) % step != 0) continue;
      boolean isMajor = (m.getMonthValue() - 1) % majorStep == 0;
      // January says its year instead ("2018"): as short as a month, and the title has the range.
      String label =
          m.getMonthValue() == 1
              ? Integer.toString(m.getYear())
              : lang.shortMonth(m.getMonthValue());
      ticks.add(
          new Timeline.Tick(
              percent(from, m, days),
              label,
              String.format(Locale.ROOT, "%04d-%02d", m.getYear(), m.getMonthValue())));
      major.add(isMajor);
    }
  }

  private static String label(LocalDate from, LocalDate to, DeadlineFormat lang) {
    return lang.shortMonth(from.getMonthValue())
        + " "
        + from.getYear()
        + " – "
        + lang.shortMonth(to.getMonthValue())
        + " "
        + to.getYear();
  }

  private static double percent(LocalDate from, LocalDate day, long days) {
    return round(ChronoUnit.DAYS.between(from, day) * 100.0 / days);
  }

  /** Rounded to 0.01 % so that output does not depend on floating-point noise. */
  private static double round(double p) {
    return Math.round(p * 100) / 100.0;
  }
}
