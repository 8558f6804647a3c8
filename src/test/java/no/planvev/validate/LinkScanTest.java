package no.planvev.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.planvev.build.BuildOptions;
import no.planvev.build.BuildResult;
import no.planvev.build.Builder;
import org.junit.jupiter.api.Test;

/** The one-pass scanner finds what the regular expressions the link check used before found. */
class LinkScanTest {

  // The scanner LinkChecker used before, kept as the reference.
  private static final Pattern TAG = Pattern.compile("<[a-zA-Z][^>]*>");
  private static final Pattern ATTR =
      Pattern.compile("\\s(href|src|id|name)\\s*=\\s*(\"([^\"]*)\"|'([^']*)')");
  private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

  private static void referenceScan(String html, Set<String> ids, List<String[]> links) {
    Matcher tag = TAG.matcher(html);
    while (tag.find()) {
      String t = tag.group();
      if (t.startsWith("<!")) continue;
      Matcher a = ATTR.matcher(t);
      boolean isAnchor = t.regionMatches(true, 0, "<a ", 0, 3);
      while (a.find()) {
        String name = a.group(1).toLowerCase(Locale.ROOT);
        String value = LinkChecker.unescape(a.group(3) != null ? a.group(3) : a.group(4));
        switch (name) {
          case "id" -> ids.add(value);
          case "name" -> {
            if (isAnchor) ids.add(value);
          }
          default -> links.add(new String[] {name, value});
        }
      }
    }
  }

  /** What the reference finds, as the new scanner keeps it: ids, and links that can break. */
  private static String reference(String html) {
    Set<String> ids = new HashSet<>();
    List<String[]> links = new ArrayList<>();
    referenceScan(html, ids, links);
    Set<String> kept = new TreeSet<>();
    for (String[] l : links) {
      String h = l[1].strip();
      boolean internal = !h.isEmpty() && !h.startsWith("//") && !SCHEME.matcher(h).find();
      if (internal && !h.equals("#") && !h.equals("#top")) kept.add(l[1]);
    }
    return "links " + kept + ", ids " + new TreeSet<>(ids);
  }

  private static String scanned(String html) {
    PageLinks p = LinkChecker.scan(html.getBytes(StandardCharsets.UTF_8));
    return "links " + new TreeSet<>(List.of(p.links)) + ", ids " + new TreeSet<>(List.of(p.ids));
  }

  private static void assertAgrees(String html) {
    assertEquals(reference(html), scanned(html), html);
  }

  @Test
  void agreesWithTheRegularExpressionsOnTrickySnippets() {
    List<String> snippets =
        List.of(
            "<a href=\"a&amp;b&#47;c&#x2F;d&lt;&gt;&quot;&apos;&nbsp;\">x</a>",
            "<a href='single'>x</a><img src = 'sp ace.png' >",
            "<A HREF=\"upper/\" ID=\"Up\" NAME=\"n\">x</A><a Href='mixed/'>",
            "<A name=\"upper-a\"></A><a\nname=\"newline-a\"></a><a\thref=\"tab/\">",
            "<!-- <a href=\"in-comment/\" id=\"c\"> --><!DOCTYPE html><!x href=\"bang/\">",
            "<div name=\"not-an-anchor\"></div><abbr name=\"abbr\"></abbr><a name='yes'></a>",
            "<a data-href=\"no/\" hreflang=\"nb\" href=\"yes/\">",
            "<a title=\" href='inside-title/'\">",
            "<a title=\"a>b\" href=\"after-gt/\">",
            "<a href=\"unclosed/><a href=\"next/\">",
            "<a href=\"\" src=\"\" id=\"\">",
            "<a href=\"#\">#</a><a href=\"#top\"></a><a href=\" #x \"></a><a href=\"?q=1\"></a>",
            "<a href=\"mailto:a@b.no\"></a><a href=\"HTTPS://x.no/\"></a><a href=\"//x.no/\">",
            "<a href=\"javascript:void(0)\"></a><a href=\"tel:+47\"></a><a href=\"c:/x\">",
            "<a href=\"a+b.c-d:x\"><a href=\"1a:x\"><a href=\"a_b:x\"><a href=\"a/b:c\"><a href=\":x\">",
            "<a href=\"ø:x\"><a href=\"a\">",
            "<script>if (a<b && c>d) x = '<a href=\"in-script/\">';</script><style>a>b{}</style>",
            "<p>1 < 2 and <3 and <b>bold</b><br/><img src=\"æøå/bilde.png\" alt=\"ø\">",
            "<a href=\"x\"id=\"glued\"> <a  href  =  \"spaced/\" >",
            "<a href=\"dup/\"><a href=\"dup/\"><h2 id=\"d\"></h2><h3 id=\"d\"></h3>",
            "<a href=\"&#x1F600;/\"><a href=\"&#128512;&AMP;&amp;amp;\">",
            "<a href='it''s'>",
            "trailing <a href=\"no-close/\"",
            "<",
            "<a",
            "");
    for (String s : snippets) assertAgrees(s);
  }

  @Test
  void seesNameAsAnIdOnlyOnAnchorsAndKeepsOnlyInternalLinks() {
    PageLinks p =
        LinkChecker.scan(
            ("<div name=\"d\"></div><a name=\"a\"></a>"
                    + "<a href=\"https://x.no/\"></a><a href=\"om/\"></a><!-- <a href=\"c/\"> -->")
                .getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of("a"), List.of(p.ids));
    // A link inside a comment is checked, as the regular expressions did.
    assertEquals(List.of("c/", "om/"), List.of(p.links));
  }

  @Test
  void agreesWithTheRegularExpressionsOnEveryPageOfTheDemoSite() {
    BuildResult result =
        Builder.render(
            new BuildOptions(
                Path.of("content"),
                Path.of("templates"),
                Path.of("unused"),
                null,
                LocalDate.of(2026, 11, 23),
                false));
    Map<String, byte[]> generated = result.site().generated();
    int pages = 0;
    for (Map.Entry<String, byte[]> e : generated.entrySet()) {
      if (!e.getKey().endsWith(".html")) continue;
      String html = new String(e.getValue(), StandardCharsets.UTF_8);
      assertEquals(reference(html), scanned(html), e.getKey());
      pages++;
    }
    assertTrue(pages > 20, "only " + pages + " pages");
  }
}
