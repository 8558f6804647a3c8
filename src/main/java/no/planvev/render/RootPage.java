package no.planvev.render;

import java.util.List;

/**
 * The site root ({@code root.ftlh}): a link to each language's home page, and {@code target}, the
 * default language's home the visitor is sent on to.
 */
record RootPage(List<Language> languages, String target) {

  /** A language of the site and the link to its home page. */
  record Language(String code, String name, String href) {}
}
