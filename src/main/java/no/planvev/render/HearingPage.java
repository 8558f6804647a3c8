package no.planvev.render;

import java.time.LocalDate;
import java.util.List;
import no.planvev.model.Deadline;
import no.planvev.model.Hearing;
import no.planvev.model.HearingPhase;
import no.planvev.model.HearingStatus;
import no.planvev.model.Urls;

/**
 * A hearing's page (and its embed). {@code body} is null when there is no text; {@code bodyHeading}
 * names what the text is: our statement ({@code statement}), why we did not answer ({@code
 * notAnswered}) or plain background ({@code about}). {@code awaiting} is true while our statement
 * may still come (upcoming, open, closed awaiting it).
 */
record HearingPage(
    View.Txt title,
    String href,
    String status,
    HearingItem.PhaseTag phase,
    View.Txt issuer,
    View.Txt deadline,
    String datetime,
    String reference,
    Day published,
    Day opens,
    Statement statement,
    String sourceUrl,
    String bodyHeading,
    View.Html body,
    boolean awaiting,
    View.Txt reason,
    Outcome outcome,
    Respond respond,
    List<DocLink> documents,
    List<TopicLink> topics) {

  /** A day as text with its ISO form for {@code <time>}. */
  record Day(View.Txt text, String datetime) {
    static Day of(View v, LocalDate d) {
      return d == null ? null : new Day(v.deadline(new Deadline.Day(d)), d.toString());
    }
  }

  /** Who adopted our statement and when (either may be null). */
  record Statement(Day date, View.Txt by) {}

  /** The issuer's decision; {@code href} may be null. */
  record Outcome(Day date, View.Txt text, String href) {}

  /** Where to send input: a link (web form or mailto:) and, for e-mail, the address shown. */
  record Respond(String href, String email) {}

  /** A document link with its file type and size ("PDF, 245 kB"); {@code meta} may be null. */
  record DocLink(View.Txt title, String href, String meta) {}

  /** A focus area the hearing concerns. */
  record TopicLink(View.Txt title, View.Txt plan, String href) {}

  static HearingPage of(View v, Urls urls, Hearing h, LocalDate today, List<TopicLink> topics) {
    HearingItem item = HearingItem.of(v, urls, h, today);
    HearingPhase phase = h.phase(today);
    Statement statement =
        h.statement() == null
            ? null
            : new Statement(Day.of(v, h.statement().date()), v.t(h.statement().by()));
    View.Html body = v.md(h.body(), 3);
    String bodyHeading =
        body == null
            ? null
            : h.status() == HearingStatus.ANSWERED
                ? "statement"
                : h.status() == HearingStatus.NOT_ANSWERED ? "notAnswered" : "about";
    boolean awaiting =
        phase == HearingPhase.UPCOMING
            || phase == HearingPhase.OPEN
            || phase == HearingPhase.CLOSED_AWAITING;
    Outcome outcome =
        h.outcome() == null
            ? null
            : new Outcome(
                Day.of(v, h.outcome().date()),
                v.t(h.outcome().text()),
                h.outcome().url() == null ? null : v.href(h.outcome().url(), false));
    // Input is asked for only while the issuer takes it.
    Respond respond =
        h.respond() == null || !phase.acceptsInput()
            ? null
            : new Respond(v.href(h.respond().href(), false), h.respond().email());
    if (respond != null && respond.href() == null) respond = null;
    List<DocLink> docs =
        h.documents().stream()
            .map(
                d ->
                    new DocLink(
                        v.t(d.title()),
                        v.href(urls.document(d), d.isLocal()),
                        FileSizes.meta(d.type(), d.size(), v.lang())))
            .filter(d -> d.href() != null)
            .toList();
    return new HearingPage(
        item.title(),
        item.href(),
        item.status(),
        item.phase(),
        item.issuer(),
        item.deadline(),
        item.datetime(),
        h.reference(),
        Day.of(v, h.published()),
        Day.of(v, h.opens()),
        statement,
        h.sourceUrl() == null ? null : v.href(h.sourceUrl(), false),
        bodyHeading,
        body,
        awaiting,
        v.t(h.reason()),
        outcome,
        respond,
        docs,
        topics);
  }
}
