package no.planvev.render;

/** What kind of page a route writes; the build decides by this, never by a group's name. */
public enum RouteKind {
  /** A page of the site in one language: listed in the sitemap when its language is listed. */
  PAGE,
  /** The short form of a page under {@code embed/}, framed by other sites: never in the sitemap. */
  EMBED,
  /** The site root ({@code index.html}): a language chooser that sends on to the default one. */
  ROOT,
  /** A page for addresses that lead nowhere ({@code 404.html}, per language and at the root). */
  NOT_FOUND
}
