package no.planvev.model;

/** A linked document: {@code href} is a path under content/ (e.g. assets/x.pdf) or an absolute URL. */
public record Document(LText title, String href, SourcePos pos) {

  public boolean isLocal() {
    return !Addresses.hasScheme(href);
  }
}
