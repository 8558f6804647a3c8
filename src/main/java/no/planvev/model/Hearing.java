package no.planvev.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import no.planvev.diag.SourcePos;

/**
 * A public hearing and our statement; {@code hearings/<id>.<lang>.md}. {@code body} is the
 * statement in Markdown, empty (never null) when there is none. {@code reference}, {@code
 * sourceUrl}, {@code statement}, {@code opens}, {@code reason} (why we did not answer), {@code
 * outcome} and {@code respond} may be null.
 */
public record Hearing(
    String id,
    LText slug,
    SourcePos pos,
    LText title,
    LText issuer,
    String reference,
    LocalDate published,
    Deadline deadline,
    HearingStatus status,
    String sourceUrl,
    Adoption statement,
    List<Document> documents,
    List<AreaRef> topics,
    LText body,
    LocalDate opens,
    LText reason,
    Outcome outcome,
    Respond respond,
    Provenance provenance)
    implements Unit {

  public Hearing {
    if (body == null) body = LText.EMPTY;
    documents = List.copyOf(documents);
    topics = List.copyOf(topics);
    if (provenance == null) provenance = Provenance.of(pos);
  }

  /**
   * The issuer's decision: when, what (a short text) and where to read it ({@code url} may be
   * null).
   */
  public record Outcome(LocalDate date, LText text, String url) {}

  /** Where the issuer takes input: a web address or an e-mail address (exactly one is set). */
  public record Respond(String url, String email) {
    /** The link target: the web address, or {@code mailto:} the e-mail address. */
    public String href() {
      return url != null ? url : "mailto:" + email;
    }
  }

  /**
   * The one rule for where a hearing stands on {@code today}. The issuer's outcome ends it from its
   * date on, as does {@code status: closed}; our statement counts from the day it was adopted (at
   * once when that day is not given). Else the dates decide: before {@code opens} it is upcoming,
   * up to and including the deadline's last day open (to others too when we chose not to answer),
   * after it not answered when we said so, else closed and awaiting our statement.
   */
  public HearingPhase phase(LocalDate today) {
    if (outcome != null && (outcome.date() == null || !outcome.date().isAfter(today))) {
      return HearingPhase.CONCLUDED;
    }
    if (status == HearingStatus.CLOSED) return HearingPhase.CONCLUDED;
    if (status == HearingStatus.ANSWERED
        && (statement == null || statement.date() == null || !statement.date().isAfter(today))) {
      return HearingPhase.ANSWERED;
    }
    if (opens != null && today.isBefore(opens)) return HearingPhase.UPCOMING;
    if (!today.isAfter(deadline.due())) return HearingPhase.OPEN;
    return status == HearingStatus.NOT_ANSWERED
        ? HearingPhase.NOT_ANSWERED
        : HearingPhase.CLOSED_AWAITING;
  }

  /**
   * Days left to give input, counting the deadline's last day as a day (0 on the last day); null
   * unless the hearing is {@link HearingPhase#OPEN} on {@code today}.
   */
  public Long daysLeft(LocalDate today) {
    if (phase(today) != HearingPhase.OPEN) return null;
    return ChronoUnit.DAYS.between(today, deadline.due());
  }
}
