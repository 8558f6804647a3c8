package no.planvev.render;

import java.util.List;

/**
 * The site root ({@code root.ftlh}): a link to each language's home page; {@code target}, the
 * default language's home; {@code script}, the script that sends the visitor on to the language
 * their browser asks for.
 */
record RootPage(List<Language> languages, String target, String script) {

  /** A language of the site and the link to its home page. */
  record Language(String code, String name, String href) {}
}
