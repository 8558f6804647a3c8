package no.planvev.render;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import no.planvev.model.ActivityState;
import no.planvev.words.DeadlineFormat;

/**
 * A project's (or the whole site's) timeline, computed once; templates only lay it out. The list
 * groups items by month, or by quarter when the span {@code from}..{@code to} is longer than 18
 * months; {@link TimelineChart} places them on a visual axis.
 *
 * @param todayAtEnd the list's "today" marker goes after the last group
 */
public record Timeline(
    LocalDate from,
    LocalDate to,
    LocalDate today,
    List<Item> items,
    List<Group> groups,
    boolean todayAtEnd) {

  /** A mark on the visual axis at the first day of a month. */
  public record Tick(double percent, String label, String datetime) {}

  /**
   * One activity or hearing deadline. {@code start} is the first day of a span (null: its due day);
   * a milestone has only its due day. {@code href} and {@code context} may be null. {@code group}
   * heads the chart section the item stands in (its project, measure or initiative; null: none);
   * {@code parent} is its measure or initiative, which tells apart two items of the same title;
   * {@code hearing} is set on a hearing's deadline, whose state is told by its phase.
   */
  public record Item(
      View.Txt title,
      View.Txt responsible,
      View.Txt deadlineText,
      String datetime,
      LocalDate start,
      LocalDate due,
      ActivityState state,
      boolean milestone,
      String href,
      View.Txt context,
      View.Txt group,
      View.Txt parent,
      HearingItem.PhaseTag hearing) {

    public Item {
      start = start == null ? due : start;
    }

    /** This item in the chart section {@code heading}, with {@code parentTitle} as its parent. */
    Item in(View.Txt heading, View.Txt parentTitle) {
      return new Item(
          title,
          responsible,
          deadlineText,
          datetime,
          start,
          due,
          state,
          milestone,
          href,
          context,
          heading,
          parentTitle,
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

  private static final Comparator<Item> ORDER =
      Comparator.comparing(Item::due)
          .thenComparing(Item::start)
          .thenComparing(i -> i.title().text())
          .thenComparing(i -> i.context() == null ? "" : i.context().text());

  /** Items sorted by due day, then start day, then title. */
  public static Timeline of(List<Item> unsorted, LocalDate today, String lang) {
    return of(unsorted, today, DeadlineFormat.builtIn(lang));
  }

  /** As above, with month and quarter names from {@code lang}. */
  static Timeline of(List<Item> unsorted, LocalDate today, DeadlineFormat lang) {
    List<Item> sorted = unsorted.stream().sorted(ORDER).toList();
    if (sorted.isEmpty()) {
      return new Timeline(today, today, today, List.of(), List.of(), false);
    }
    LocalDate min =
        sorted.stream()
            .map(i -> i.milestone() ? i.due() : i.start())
            .min(Comparator.naturalOrder())
            .orElseThrow();
    LocalDate max = sorted.stream().map(Item::due).max(Comparator.naturalOrder()).orElseThrow();
    LocalDate from = min.withDayOfMonth(1);
    LocalDate to = max.withDayOfMonth(max.lengthOfMonth());
    boolean byQuarter = ChronoUnit.MONTHS.between(from, to) >= 18;
    List<Group> groups = group(sorted, today, lang, byQuarter);
    return new Timeline(from, to, today, sorted, groups, max.isBefore(today));
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
}
