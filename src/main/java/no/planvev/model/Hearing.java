package no.planvev.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A public hearing and our statement; {@code hearings/<id>.<lang>.md}. {@code body} is the
 * statement in Markdown. {@code reference}, {@code sourceUrl}, {@code statement} may be null.
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
    Statement statement,
    List<Document> documents,
    List<AreaRef> topics,
    LText body,
    Provenance provenance) implements Unit {

  public Hearing {
    documents = List.copyOf(documents);
    topics = List.copyOf(topics);
    if (provenance == null) provenance = Provenance.of(pos);
  }

  /** A hearing known only by its file (made in code, not read). */
  public Hearing(String id, LText slug, SourcePos pos, LText title, LText issuer,
      String reference, LocalDate published, Deadline deadline, HearingStatus status,
      String sourceUrl, Statement statement, List<Document> documents, List<AreaRef> topics,
      LText body) {
    this(id, slug, pos, title, issuer, reference, published, deadline, status, sourceUrl,
        statement, documents, topics, body, null);
  }

  /** This hearing read from the files {@code provenance} names. */
  public Hearing withProvenance(Provenance provenance) {
    return new Hearing(id, slug, pos, title, issuer, reference, published, deadline, status,
        sourceUrl, statement, documents, topics, body, provenance);
  }

  /** Who adopted our statement, and when. */
  public record Statement(LocalDate date, LText by) {}

  /** Open for input by its status, but its deadline passed before {@code today}. */
  public boolean pastDeadline(java.time.LocalDate today) {
    return status == HearingStatus.OPEN && deadline != null && deadline.due().isBefore(today);
  }
}
