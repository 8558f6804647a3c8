package no.planvev.output.sitemap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import no.planvev.model.Content;
import no.planvev.model.FocusArea;
import no.planvev.model.Hearing;
import no.planvev.model.Plan;
import no.planvev.model.Urls;
import no.planvev.output.OutputFile;
import no.planvev.output.PageGroup;
import no.planvev.output.TestContent;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SitemapWriterTest {

  static final Content CONTENT = TestContent.content();
  static final Urls URLS = new Urls(CONTENT.site());

  /** What the render code would supply: every page of the fixture site. */
  static List<PageGroup> groups() {
    List<String> langs = CONTENT.site().languageCodes();
    List<PageGroup> g = new ArrayList<>();
    g.add(PageGroup.of(langs, URLS::home));
    g.add(PageGroup.of(langs, URLS::plans));
    Plan plan = CONTENT.plans().get(0);
    g.add(PageGroup.of(langs, l -> URLS.plan(plan, l)));
    for (FocusArea a : plan.focusAreas()) g.add(PageGroup.of(langs, l -> URLS.area(plan, a, l)));
    g.add(PageGroup.of(langs, URLS::projects));
    g.add(PageGroup.of(langs, l -> URLS.project(CONTENT.projects().get(0), l)));
    g.add(PageGroup.of(langs, URLS::hearings));
    for (Hearing h : CONTENT.hearings()) g.add(PageGroup.of(langs, l -> URLS.hearing(h, l)));
    g.add(new PageGroup(Map.of("nb", "nb/bare-norsk/"))); // a page with no translation
    g.add(new PageGroup(Map.of("en", "en/english-only/"))); // none in the default language
    return g;
  }

  static Document parse(OutputFile f) throws Exception {
    DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
    dbf.setNamespaceAware(true);
    return dbf.newDocumentBuilder().parse(new ByteArrayInputStream(f.bytes()));
  }

  /** loc → (hreflang → href). */
  static Map<String, Map<String, String>> entries(Document doc) {
    Map<String, Map<String, String>> out = new LinkedHashMap<>();
    NodeList urls = doc.getElementsByTagNameNS(SitemapWriter.SITEMAP_NS, "url");
    for (int i = 0; i < urls.getLength(); i++) {
      Element url = (Element) urls.item(i);
      String loc =
          url.getElementsByTagNameNS(SitemapWriter.SITEMAP_NS, "loc").item(0).getTextContent();
      Map<String, String> alts = new LinkedHashMap<>();
      NodeList links = url.getElementsByTagNameNS(SitemapWriter.XHTML_NS, "link");
      for (int j = 0; j < links.getLength(); j++) {
        Element l = (Element) links.item(j);
        assertEquals("alternate", l.getAttribute("rel"));
        assertTrue(
            alts.put(l.getAttribute("hreflang"), l.getAttribute("href")) == null,
            "hreflang twice in " + loc);
      }
      assertTrue(out.put(loc, alts) == null, "loc twice: " + loc);
    }
    return out;
  }

  @Test
  void sitemapIsWellFormedWithSitemapAndXhtmlNamespaces() throws Exception {
    OutputFile f = SitemapWriter.sitemap(CONTENT, URLS, groups());
    assertEquals("sitemap.xml", f.path());
    Element root = parse(f).getDocumentElement();
    assertEquals(SitemapWriter.SITEMAP_NS, root.getNamespaceURI());
    assertEquals("urlset", root.getLocalName());
    assertTrue(f.text().startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
    assertTrue(f.text().contains("xmlns:xhtml=\"http://www.w3.org/1999/xhtml\""));
  }

  @Test
  void listsEveryLanguageVersionOfEveryPage() throws Exception {
    Map<String, Map<String, String>> e =
        entries(parse(SitemapWriter.sitemap(CONTENT, URLS, groups())));
    assertEquals(12 * 2 + 2, e.size());
    assertTrue(e.containsKey("https://plan.example.no/nb/horinger/okonomiplan/"));
    assertTrue(e.containsKey("https://plan.example.no/en/hearings/fisheries/"));
    assertTrue(e.containsKey("https://plan.example.no/en/plans/regional-plan/business/"));
  }

  @Test
  void everyUrlListsAllVersionsIncludingItselfAndXDefault() throws Exception {
    Map<String, Map<String, String>> e =
        entries(parse(SitemapWriter.sitemap(CONTENT, URLS, groups())));
    Map<String, String> project = e.get("https://plan.example.no/en/projects/kompetanse/");
    assertEquals(List.of("nb", "en", "x-default"), List.copyOf(project.keySet()));
    assertEquals("https://plan.example.no/nb/prosjekter/kompetanse/", project.get("nb"));
    assertEquals("https://plan.example.no/en/projects/kompetanse/", project.get("en"));
    assertEquals(project.get("nb"), project.get("x-default"));
    for (var entry : e.entrySet()) {
      assertTrue(entry.getValue().containsValue(entry.getKey()), "self missing: " + entry.getKey());
      assertTrue(entry.getValue().containsKey("x-default"));
    }
    assertEquals(
        "https://plan.example.no/en/english-only/",
        e.get("https://plan.example.no/en/english-only/").get("x-default"));
  }

  @Test
  void alternateLinksAreReciprocal() throws Exception {
    Map<String, Map<String, String>> e =
        entries(parse(SitemapWriter.sitemap(CONTENT, URLS, groups())));
    for (var entry : e.entrySet()) {
      for (var alt : entry.getValue().entrySet()) {
        Map<String, String> other = e.get(alt.getValue());
        assertTrue(other != null, alt.getValue() + " is linked but not listed");
        assertEquals(entry.getValue(), other, "not reciprocal: " + entry.getKey());
      }
    }
  }

  @Test
  void aPathListedTwiceIsWrittenOnce() throws Exception {
    List<PageGroup> g = new ArrayList<>(groups());
    g.add(g.get(0));
    assertEquals(26, entries(parse(SitemapWriter.sitemap(CONTENT, URLS, g))).size());
  }

  @Test
  void robotsNamesTheAbsoluteSitemapUrl() {
    OutputFile robots = SitemapWriter.robots(URLS);
    assertEquals("robots.txt", robots.path());
    assertEquals(
        "User-agent: *\nAllow: /\n\nSitemap: https://plan.example.no/sitemap.xml\n", robots.text());
  }

  @Test
  void sameInputGivesSameBytes() {
    List<OutputFile> a = SitemapWriter.write(CONTENT, URLS, TestContent.BUILD_DATE, groups());
    List<OutputFile> b = SitemapWriter.write(CONTENT, URLS, TestContent.BUILD_DATE, groups());
    assertEquals(2, a.size());
    for (int i = 0; i < a.size(); i++) assertArrayEquals(a.get(i).bytes(), b.get(i).bytes());
  }
}
