package no.planvev.render;

import java.util.List;

/**
 * An activity as the pages list it. {@code anchor} is its id on the project page ({@code
 * aktivitet-<id>}); {@code href} links to that anchor from other pages (null on the project page
 * itself). {@code parent} is its measure or initiative, so that two activities of the same title
 * differ; {@code lateBy} is set when it is overdue.
 */
record ActivityItem(
    String anchor,
    View.Txt title,
    View.Txt responsible,
    View.Txt deadline,
    String datetime,
    View.Txt start,
    String startDatetime,
    String state,
    LateBy lateBy,
    View.Txt note,
    List<Move> moved,
    List<View.Txt> participants,
    Link project,
    View.Txt parent,
    String href) {

  /** A titled link. */
  record Link(View.Txt title, String href) {}

  /** An earlier deadline, when it was moved and why. */
  record Move(
      View.Txt from, String fromDatetime, View.Txt on, String onDatetime, View.Txt reason) {}

  /** The anchor of activity {@code id} on its project's page. */
  static String anchor(String id) {
    return "aktivitet-" + id;
  }
}
