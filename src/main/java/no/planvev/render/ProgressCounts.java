package no.planvev.render;

import no.planvev.model.Progress;

/**
 * How far some activities have come, as the progress line shows it: activities done of those
 * counted, the share, late and not reported ones; {@code fromEditor}: the share is the editor's.
 */
record ProgressCounts(
    int done,
    int counted,
    int percent,
    int late,
    int notReported,
    int ongoing,
    boolean fromEditor) {

  /** The counts of {@code pr}; null when nothing counts. */
  static ProgressCounts of(Progress pr) {
    if (pr.percent() == null) return null;
    return new ProgressCounts(
        pr.done(),
        pr.counted(),
        pr.percent(),
        pr.late(),
        pr.notReported(),
        pr.ongoing(),
        pr.override() != null);
  }
}
