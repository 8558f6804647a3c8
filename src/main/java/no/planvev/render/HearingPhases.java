package no.planvev.render;

import no.planvev.model.ActivityState;
import no.planvev.model.HearingPhase;

/** How a hearing's phase sits among activities: its colour in the timeline, its place in lists. */
final class HearingPhases {

  private HearingPhases() {}

  /**
   * The activity state whose colour the timeline chart gives a hearing; the text always says the
   * phase itself.
   */
  static ActivityState colour(HearingPhase p) {
    return switch (p) {
      case UPCOMING -> ActivityState.UPCOMING;
      case OPEN -> ActivityState.IN_PROGRESS;
      case CLOSED_AWAITING -> ActivityState.NOT_REPORTED;
      case ANSWERED, CONCLUDED -> ActivityState.DONE;
      case NOT_ANSWERED -> ActivityState.CANCELLED;
    };
  }

  /** Lists show hearings open for input first, then those to come, then those awaiting us. */
  static int listRank(HearingPhase p) {
    return switch (p) {
      case OPEN -> 0;
      case UPCOMING -> 1;
      case CLOSED_AWAITING -> 2;
      default -> 3;
    };
  }
}
