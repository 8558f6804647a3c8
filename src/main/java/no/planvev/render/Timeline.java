package no.planvev.render;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import no.planvev.model.ActivityState;
import no.planvev.words.DeadlineFormat;

/**
 * A project's (or the whole site's) timeline, computed once; templates only lay it out. The visual
 * part places each item by percent of the span {@code from}..{@code to}; the list part groups items
 * by month, or by quarter when the span is longer than 18 months.
 *
 * @param todayPercent where today falls on the visual span, or null when outside it
 * @param todayAtEnd the list's "today" marker goes after the last group
 */
public record Timeline(
    LocalDate from,
    LocalDate to,
    LocalDate today,
    Double todayPercent,
    List<Tick> ticks,
    List<Item> items,
    List<Group> groups,
    boolean todayAtEnd) {

  /** A mark on the visual axis at the first day of a month. */
  public record Tick(double percent, String label, String datetime) {}

  /**
   * One activity or hearing deadline. {@code start} is the first day of a span; a milestone has
   * only its due day. {@code href} and {@code context} may be null. {@code group} heads the chart
   * section the item stands in (its project, measure or initiative; null: none); {@code parent} is
   * its measure or initiative, which tells apart two items of the same title.
   */
  public record Item(
      String title,
      String titleLang,
      boolean titleFallback,
      View.Txt responsible,
      View.Txt deadlineText,
      String datetime,
      LocalDate start,
      LocalDate due,
      ActivityState state,
      boolean milestone,
      double startPercent,
      double widthPercent,
      String href,
      View.Txt context,
      View.Txt group,
      View.Txt parent,
      HearingItem.PhaseTag hearing) {

    /** This item in the chart section {@code heading}, with {@code parentTitle} as its parent. */
    Item in(View.Txt heading, View.Txt parentTitle) {
      return new Item(
          title,
          titleLang,
          titleFallback,
          responsible,
          deadlineText,
          datetime,
          start,
          due,
          state,
          milestone,
          startPercent,
          widthPercent,
          href,
          context,
          heading,
          parentTitle,
          hearing);
    }

    /** This item as a hearing's deadline: its state is told by {@code phase}. */
    Item forHearing(HearingItem.PhaseTag phase) {
      return new Item(
          title,
          titleLang,
          titleFallback,
          responsible,
          deadlineText,
          datetime,
          start,
          due,
          state,
          milestone,
          startPercent,
          widthPercent,
          href,
          context,
          group,
          parent,
          phase);
    }

    Item placed(LocalDate from, long days) {
      LocalDate first = milestone ? due : start;
      double s = percent(from, first, days);
      double e = percent(from, due.plusDays(1), days);
      return new Item(
          title,
          titleLang,
          titleFallback,
          responsible,
          deadlineText,
          datetime,
          start,
          due,
          state,
          milestone,
          s,
          milestone ? 0 : Math.max(e - s, 0.5),
          href,
          context,
          group,
          parent,
          hearing);
    }
  }

  /**
   * Items due in one month or quarter. The list's "today" marker stands before item {@code
   * todayIndex} of this group; -1 when it is not in this group.
   */
  public record Group(String label, String datetime, List<Item> items, int todayIndex) {

    /** The marker stands before this group's heading. */
    public boolean todayBefore() {
      return todayIndex == 0;
    }
  }

  /** Builds an item before placement; {@link #of} computes its percents. */
  public static Item item(
      String title,
      String titleLang,
      boolean titleFallback,
      String responsible,
      String deadlineText,
      String datetime,
      LocalDate start,
      LocalDate due,
      ActivityState state,
      boolean milestone,
      String href,
      String context) {
    return item(
        title,
        titleLang,
        titleFallback,
        txt(responsible, titleLang),
        txt(deadlineText, titleLang),
        datetime,
        start,
        due,
        state,
        milestone,
        href,
        txt(context, titleLang));
  }

  /** As above, with texts that carry their language (a fallback is marked up as such). */
  static Item item(
      String title,
      String titleLang,
      boolean titleFallback,
      View.Txt responsible,
      View.Txt deadlineText,
      String datetime,
      LocalDate start,
      LocalDate due,
      ActivityState state,
      boolean milestone,
      String href,
      View.Txt context) {
    return new Item(
        title,
        titleLang,
        titleFallback,
        responsible,
        deadlineText,
        datetime,
        start == null ? due : start,
        due,
        state,
        milestone,
        0,
        0,
        href,
        context,
        null,
        null,
        null);
  }

  private static View.Txt txt(String text, String lang) {
    return text == null ? null : new View.Txt(text, lang, false);
  }

  private static final Comparator<Item> ORDER =
      Comparator.comparing(Item::due)
          .thenComparing(Item::start)
          .thenComparing(Item::title)
          .thenComparing(i -> i.context() == null ? "" : i.context().text());

  /** Items sorted by due day, then start day, then title. */
  public static Timeline of(List<Item> unsorted, LocalDate today, String lang) {
    return of(unsorted, today, DeadlineFormat.builtIn(lang));
  }

  /** As above, with month and quarter names from {@code lang}. */
  static Timeline of(List<Item> unsorted, LocalDate today, DeadlineFormat lang) {
    List<Item> sorted = unsorted.stream().sorted(ORDER).toList();
    if (sorted.isEmpty()) {
      return new Timeline(today, today, today, null, List.of(), List.of(), List.of(), false);
    }
    LocalDate min =
        sorted.stream()
            .map(i -> i.milestone() ? i.due() : i.start())
            .min(Comparator.naturalOrder())
            .orElseThrow();
    LocalDate max = sorted.stream().map(Item::due).max(Comparator.naturalOrder()).orElseThrow();
    LocalDate from = min.withDayOfMonth(1);
    LocalDate to = max.withDayOfMonth(max.lengthOfMonth());
    long days = ChronoUnit.DAYS.between(from, to) + 1;

    List<Item> placed = sorted.stream().map(i -> i.placed(from, days)).toList();
    Double todayPercent =
        today.isBefore(from) || today.isAfter(to) ? null : percent(from, today, days);
    boolean byQuarter = ChronoUnit.MONTHS.between(from, to) >= 18;
    List<Group> groups = group(placed, today, lang, byQuarter);
    boolean todayAtEnd = max.isBefore(today);
    return new Timeline(
        from, to, today, todayPercent, ticks(from, to, days, lang), placed, groups, todayAtEnd);
  }

  private static List<Group> group(
      List<Item> items, LocalDate today, DeadlineFormat lang, boolean byQuarter) {
    List<Group> groups = new ArrayList<>();
    List<Item> current = new ArrayList<>();
    LocalDate currentKey = null;
    boolean markerPlaced = false;
    for (Item item : items) {
      LocalDate key = periodStart(item.due(), byQuarter);
      if (!key.equals(currentKey)) {
        if (currentKey != null) {
          groups.add(group(currentKey, current, lang, byQuarter, -1));
        }
        current = new ArrayList<>();
        currentKey = key;
      }
      current.add(item);
    }
    groups.add(group(currentKey, current, lang, byQuarter, -1));
    // The marker stands before the first item due today or later.
    List<Group> marked = new ArrayList<>();
    for (Group g : groups) {
      int index = -1;
      if (!markerPlaced) {
        for (int i = 0; i < g.items().size(); i++) {
          if (!g.items().get(i).due().isBefore(today)) {
            index = i;
            markerPlaced = true;
            break;
          }
        }
      }
      marked.add(new Group(g.label(), g.datetime(), g.items(), index));
    }
    return marked;
  }

  private static Group group(
      LocalDate key, List<Item> items, DeadlineFormat lang, boolean byQuarter, int todayIndex) {
    String label;
    String datetime;
    if (byQuarter) {
      int q = (key.getMonthValue() - 1) / 3 + 1;
      label = lang.quarterLabel(key.getYear(), q);
      datetime = Integer.toString(key.getYear());
    } else {
      label = lang.monthLabel(key.getYear(), key.getMonthValue());
      datetime =
          String.format(java.util.Locale.ROOT, "%04d-%02d", key.getYear(), key.getMonthValue());
    }
    return new Group(label, datetime, List.copyOf(items), todayIndex);
  }

  private static LocalDate periodStart(LocalDate d, boolean byQuarter) {
    int month = byQuarter ? ((d.getMonthValue() - 1) / 3) * 3 + 1 : d.getMonthValue();
    return LocalDate.of(d.getYear(), month, 1);
  }

  private static List<Tick> ticks(LocalDate from, LocalDate to, long days, DeadlineFormat lang) {
    long months = ChronoUnit.MONTHS.between(from, to) + 1;
    int step = months <= 24 ? 1 : months <= 48 ? 3 : 12;
    List<Tick> ticks = new ArrayList<>();
    for (LocalDate m = from; !m.isAfter(to); m = m.plusMonths(1)) {
      if ((m.getMonthValue() - 1) % step != 0) continue;
      String label =
          step == 12
              ? Integer.toString(m.getYear())
              : lang.shortMonth(m.getMonthValue())
                  + (m.getMonthValue() == 1 || m.equals(from) ? " " + m.getYear() : "");
      ticks.add(
          new Tick(
              percent(from, m, days),
              label,
              String.format(java.util.Locale.ROOT, "%04d-%02d", m.getYear(), m.getMonthValue())));
    }
    return ticks;
  }

  /** Rounded to 0.01 % so that output does not depend on floating-point noise. */
  private static double percent(LocalDate from, LocalDate day, long days) {
    double p = ChronoUnit.DAYS.between(from, day) * 100.0 / days;
    return Math.round(p * 100) / 100.0;
  }
}
