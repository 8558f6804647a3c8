package no.planvev.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page costs to load, uncompressed: its HTML plus the stylesheets and scripts it links (each
 * counted once; images and documents are not part of the weight budget).
 */
record PageWeight(String page, long html, long css, long js, List<String> missing) {

  /** The budget for HTML + CSS + script of one page. */
  static final long BUDGET = 50 * 1024;

  long total() {
    return html + css + js;
  }

  /** Weighs the page at {@code sitePath} in the site folder {@code root}. */
  static PageWeight of(Path root, String sitePath) {
    try {
      Path file =
          root.resolve(
              sitePath.isEmpty() || sitePath.endsWith("/") ? sitePath + "index.html" : sitePath);
      byte[] html = Files.readAllBytes(file);
      Document doc = Jsoup.parse(new String(html, StandardCharsets.UTF_8));
      URI page =
          URI.create("http://site/").resolve(new URI(null, null, sitePath, null).toASCIIString());
      Set<String> css = new TreeSet<>();
      Set<String> js = new TreeSet<>();
      for (Element link : doc.select("link[href]")) {
        if (link.attr("rel").toLowerCase(Locale.ROOT).contains("stylesheet")) {
          css.add(link.attr("href"));
        }
      }
      for (Element script : doc.select("script[src]")) {
        js.add(script.attr("src"));
      }
      List<String> missing = new java.util.ArrayList<>();
      long cssBytes = sum(root, page, css, missing);
      long jsBytes = sum(root, page, js, missing);
      return new PageWeight(sitePath, html.length, cssBytes, jsBytes, List.copyOf(missing));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (java.net.URISyntaxException e) {
      throw new IllegalArgumentException(sitePath, e);
    }
  }

  private static long sum(Path root, URI page, Set<String> hrefs, List<String> missing)
      throws IOException {
    long total = 0;
    for (String href : hrefs) {
      URI u = page.resolve(href);
      if (!"site".equals(u.getHost())) {
        missing.add(href + " (not on this site)");
        continue;
      }
      Path f = root.resolve(u.getPath().substring(1));
      if (Files.isRegularFile(f)) {
        total += Files.size(f);
      } else {
        missing.add(href);
      }
    }
    return total;
  }

  /** A plain-text table of weights, heaviest first, with the budget. */
  static String table(List<PageWeight> weights) {
    int w = Math.max(20, weights.stream().mapToInt(p -> p.page().length() + 1).max().orElse(4));
    StringBuilder sb = new StringBuilder();
    String fmt = "%-" + w + "s %9s %9s %9s %9s%n";
    sb.append(
        String.format(
            Locale.ROOT, fmt, "page (/ = site root)", "html B", "css B", "js B", "total B"));
    weights.stream()
        .sorted((a, b) -> Long.compare(b.total(), a.total()))
        .forEach(
            p ->
                sb.append(
                    String.format(
                        Locale.ROOT,
                        fmt,
                        "/" + p.page(),
                        p.html(),
                        p.css(),
                        p.js(),
                        p.total() + (p.total() > BUDGET ? " !" : ""))));
    sb.append(
        String.format(
            Locale.ROOT,
            "budget: %d B per page (HTML + CSS + script," + " uncompressed)%n",
            BUDGET));
    return sb.toString();
  }
}
