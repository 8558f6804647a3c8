package no.planvev.bench;

import java.util.Map;
import java.util.TreeMap;

/**
 * A minimal Hugo multilingual site roughly equal to planvev's page output: one layout with the site
 * title, main menu, language switcher, page body and footer; pages at {@code /<lang>/<id>/} (as
 * planvev writes them), a sitemap and a 404 page. No asset pipeline, no RSS of all pages, no
 * taxonomies, no section listing: planvev writes none of these for plain pages, and leaving them on
 * would only slow Hugo down.
 */
final class HugoLayout {

  private HugoLayout() {}

  static final String CONFIG =
      """
      baseURL = "https://bench.example.no/"
      defaultContentLanguage = "nb"
      defaultContentLanguageInSubdir = true
      disableKinds = ["taxonomy", "term", "RSS", "section"]
      enableRobotsTXT = false
      enableGitInfo = false
      timeZone = "UTC"

      [permalinks]
        pages = "/:filename/"

      [languages]
        [languages.nb]
          languageName = "Norsk bokmål"
          title = "Syntetisk nettsted"
          weight = 1
          [languages.nb.params]
            skip = "Hopp til innholdet"
            menu = "Hovedmeny"
            languages = "Språk"
            accessibility = "Tilgjengelighetserklæring"
        [languages.en]
          languageName = "English"
          title = "Synthetic site"
          weight = 2
          [languages.en.params]
            skip = "Skip to content"
            menu = "Main menu"
            languages = "Languages"
            accessibility = "Accessibility statement"

      [markup.goldmark.renderer]
        unsafe = false
      """;

  private static final String BASEOF =
      """
      <!DOCTYPE html>
      <html lang="{{ .Language.Lang }}">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>{{ .Title }} – {{ .Site.Title }}</title>
      {{ with .Params.summary }}<meta name="description" content="{{ . }}">{{ end }}
      <link rel="canonical" href="{{ .Permalink }}">
      {{ range .AllTranslations }}<link rel="alternate" hreflang="{{ .Language.Lang }}" href="{{ .Permalink }}">
      {{ end }}</head>
      <body>
      <a class="skip" href="#main">{{ .Site.Params.skip }}</a>
      <header>
      <a class="site-title" href="{{ .Site.Home.RelPermalink }}">{{ .Site.Title }}</a>
      <nav aria-label="{{ .Site.Params.menu }}"><ul>
      {{ range .Site.Menus.main }}<li><a href="{{ .URL }}"{{ if $.IsMenuCurrent "main" . }} aria-current="page"{{ end }}>{{ .Name }}</a></li>
      {{ end }}</ul></nav>
      <nav aria-label="{{ .Site.Params.languages }}"><ul>
      {{ range .Translations }}<li><a href="{{ .RelPermalink }}" hreflang="{{ .Language.Lang }}" lang="{{ .Language.Lang }}">{{ .Language.LanguageName }}</a></li>
      {{ end }}</ul></nav>
      </header>
      <main id="main">
      {{ block "main" . }}{{ end }}
      </main>
      <footer>
      <p>{{ .Site.Title }} · <a href="mailto:post@example.no">post@example.no</a> · <a href="https://bench.example.no/nb/tilgjengelighet/">{{ .Site.Params.accessibility }}</a></p>
      </footer>
      </body>
      </html>
      """;

  private static final String SINGLE =
      """
      {{ define "main" }}
      <h1>{{ .Title }}</h1>
      {{ with .Params.summary }}<p class="lead">{{ . }}</p>{{ end }}
      {{ .Content }}
      {{ end }}
      """;

  private static final String LIST =
      """
      {{ define "main" }}
      <h1>{{ .Title }}</h1>
      {{ .Content }}
      <ul>
      {{ range .Site.Menus.main }}<li><a href="{{ .URL }}">{{ .Name }}</a></li>
      {{ end }}</ul>
      {{ end }}
      """;

  private static final String NOT_FOUND =
      """
      {{ define "main" }}
      <h1>404</h1>
      {{ end }}
      """;

  /** Layout files by path in the Hugo site. */
  static final Map<String, String> FILES =
      new TreeMap<>(
          Map.of(
              "layouts/_default/baseof.html", BASEOF,
              "layouts/_default/single.html", SINGLE,
              "layouts/_default/list.html", LIST,
              "layouts/404.html", NOT_FOUND));
}
