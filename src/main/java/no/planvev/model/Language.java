package no.planvev.model;

/**
 * A site language: a BCP 47 code and its name in that language. A {@code partial} language has text
 * for some pages only: its missing translations are counted, not warned about.
 */
public record Language(String code, String name, boolean partial) {

  public Language(String code, String name) {
    this(code, name, false);
  }
}
