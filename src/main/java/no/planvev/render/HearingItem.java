package no.planvev.render;

import java.time.LocalDate;
import no.planvev.model.Hearing;
import no.planvev.model.HearingPhase;
import no.planvev.model.Urls;

/**
 * A hearing in a list (hearings page, home, focus area, embeds): its title, phase and deadline.
 * {@code issuer} may be null.
 */
record HearingItem(
    View.Txt title,
    String href,
    String status,
    PhaseTag phase,
    View.Txt issuer,
    View.Txt deadline,
    String datetime) {

  /**
   * A hearing's phase as the templates show it: the phase key and, when open, the days left (0 on
   * the deadline's last day). The label itself is a UI string chosen by the template.
   */
  record PhaseTag(String phase, Long daysLeft) {

    static PhaseTag of(Hearing h, LocalDate today) {
      HearingPhase p = h.phase(today);
      return new PhaseTag(p.key(), h.daysLeft(today));
    }
  }

  static HearingItem of(View v, Urls urls, Hearing h, LocalDate today) {
    return new HearingItem(
        v.t(h.title()),
        v.link(urls.hearing(h, v.lang())),
        h.status().key(),
        PhaseTag.of(h, today),
        v.t(h.issuer()),
        v.deadline(h.deadline()),
        v.datetime(h.deadline()));
  }
}
