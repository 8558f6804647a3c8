package no.planvev.model;

import no.planvev.diag.SourcePos;

/**
 * A plain page: {@code pages/<id>.<lang>.md}. {@code menu} orders the main menu, or null. {@code
 * body} is where the Markdown of each language lies in its file, read when the page renders ({@link
 * Body#text}).
 */
public record Page(
    String id,
    LText slug,
    SourcePos pos,
    LText title,
    Integer menu,
    LText summary,
    Body body,
    Provenance provenance)
    implements Unit {

  public Page {
    if (provenance == null) provenance = Provenance.of(pos);
  }

  /** A page known only by its file (made in code, not read). */
  public Page(
      String id, LText slug, SourcePos pos, LText title, Integer menu, LText summary, Body body) {
    this(id, slug, pos, title, menu, summary, body, null);
  }

  /** A page made in code, its body held in memory. */
  public Page(
      String id, LText slug, SourcePos pos, LText title, Integer menu, LText summary, LText body) {
    this(id, slug, pos, title, menu, summary, Body.of(body), null);
  }

  /** This page read from the files {@code provenance} names. */
  public Page withProvenance(Provenance provenance) {
    return new Page(id, slug, pos, title, menu, summary, body, provenance);
  }
}
