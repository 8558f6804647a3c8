package no.planvev.output.atom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import no.planvev.model.Content;
import no.planvev.model.Urls;
import no.planvev.output.OutputFile;
import no.planvev.output.TestContent;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class AtomWriterTest {

  static final String ATOM = "http://www.w3.org/2005/Atom";

  static Map<String, OutputFile> write(Content c, java.time.LocalDate date) {
    Map<String, OutputFile> m = new LinkedHashMap<>();
    AtomWriter.write(c, new Urls(c.site()), date, no.planvev.words.Words.builtIn())
        .forEach(f -> m.put(f.path(), f));
    return m;
  }

  static Map<String, OutputFile> write() {
    return write(TestContent.content(), TestContent.BUILD_DATE);
  }

  static Feed rome(OutputFile f) throws Exception {
    WireFeedInput in = new WireFeedInput();
    return (Feed)
        in.build(
            new InputStreamReader(new ByteArrayInputStream(f.bytes()), StandardCharsets.UTF_8));
  }

  static Document dom(OutputFile f) throws Exception {
    DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
    dbf.setNamespaceAware(true);
    return dbf.newDocumentBuilder().parse(new ByteArrayInputStream(f.bytes()));
  }

  static Date day(String iso) {
    return Date.from(Instant.parse(iso + "T00:00:00Z"));
  }

  @Test
  void writesHearingsAndActivitiesFeedPerLanguage() {
    assertEquals(
        List.of(
            "nb/feeds/hearings.atom",
            "nb/feeds/activities.atom",
            "en/feeds/hearings.atom",
            "en/feeds/activities.atom"),
        List.copyOf(write().keySet()));
  }

  @Test
  void everyFeedParsesWithRomeAsAtom10() throws Exception {
    for (OutputFile f : write().values()) {
      Feed feed = rome(f);
      assertEquals("atom_1.0", feed.getFeedType(), f.path());
      assertNotNull(feed.getId());
      assertNotNull(feed.getUpdated());
      assertFalse(feed.getAuthors().isEmpty());
      Set<String> ids = new HashSet<>();
      for (Entry e : feed.getEntries()) {
        assertTrue(ids.add(e.getId()), "duplicate id " + e.getId());
        assertTrue(e.getId().startsWith("urn:uuid:"));
        assertNotNull(e.getUpdated());
        assertEquals("alternate", e.getAlternateLinks().get(0).getRel());
      }
    }
  }

  @Test
  void everyFeedHasTheRequiredElementsInTheAtomNamespace() throws Exception {
    for (OutputFile f : write().values()) {
      Element root = dom(f).getDocumentElement();
      assertEquals(ATOM, root.getNamespaceURI());
      assertEquals("feed", root.getLocalName());
      for (String name : List.of("id", "title", "updated", "author")) {
        assertEquals(1, children(root, name).size(), f.path() + " " + name);
      }
      assertEquals(
          f.path().substring(0, 2),
          root.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"));
      List<Element> links = children(root, "link");
      assertEquals(
          "https://plan.example.no/" + f.path(),
          links.stream()
              .filter(l -> l.getAttribute("rel").equals("self"))
              .findFirst()
              .orElseThrow()
              .getAttribute("href"));
      assertTrue(links.stream().anyMatch(l -> l.getAttribute("rel").equals("alternate")));
      for (Element entry : children(root, "entry")) {
        for (String name : List.of("id", "title", "updated", "summary")) {
          assertEquals(1, children(entry, name).size(), f.path() + " entry " + name);
        }
        assertTrue(
            children(entry, "updated")
                .get(0)
                .getTextContent()
                .matches("\\d{4}-\\d{2}-\\d{2}T00:00:00Z"));
      }
    }
  }

  static List<Element> children(Element parent, String localName) {
    NodeList nl = parent.getChildNodes();
    java.util.ArrayList<Element> out = new java.util.ArrayList<>();
    for (int i = 0; i < nl.getLength(); i++) {
      if (nl.item(i) instanceof Element e
          && ATOM.equals(e.getNamespaceURI())
          && localName.equals(e.getLocalName())) {
        out.add(e);
      }
    }
    return out;
  }

  @Test
  void hearingUpdatedIsTheLaterOfPublishedAndStatement() throws Exception {
    Feed feed = rome(write().get("en/feeds/hearings.atom"));
    assertEquals(3, feed.getEntries().size());
    Entry first = feed.getEntries().get(0);
    assertEquals("Hearing – economic plan 2018–2021", first.getTitle());
    assertEquals(day("2018-01-10"), first.getUpdated());
    assertEquals(day("2017-10-01"), first.getPublished());
    assertEquals(
        "https://plan.example.no/en/hearings/okonomiplan/",
        first.getAlternateLinks().get(0).getHref());
    assertEquals(day("2018-01-10"), feed.getUpdated());
    Entry fisheries = feed.getEntries().get(2);
    assertEquals(
        "https://plan.example.no/en/hearings/fisheries/",
        fisheries.getAlternateLinks().get(0).getHref());
  }

  @Test
  void activityEntriesAreUpdatedOnTheirPassedDueDayElseOnProjectStart() throws Exception {
    Feed feed = rome(write().get("nb/feeds/activities.atom"));
    assertEquals(TestContent.project().allActivities().size(), feed.getEntries().size());
    Map<String, Date> updated = new LinkedHashMap<>();
    for (Entry e : feed.getEntries()) updated.put(e.getTitle(), e.getUpdated());
    assertEquals(day("2017-12-17"), updated.get("Kartlegge behov i uke 50")); // due Sunday of W50
    assertEquals(day("2017-09-15"), updated.get("Oppstartsmøte"));
    assertEquals(day("2017-09-01"), updated.get("Seminar i februar")); // not due yet
    assertEquals(day("2017-09-01"), updated.get("Ny arealdel"));
    assertEquals(day("2017-12-17"), feed.getUpdated());
    Entry newest = feed.getEntries().get(0);
    assertTrue(newest.getSummary().getValue().contains("Status: pågår"));
  }

  @Test
  void activitiesOfAProjectNotYetStartedAreLeftOut() throws Exception {
    Feed feed =
        rome(
            write(TestContent.content(), java.time.LocalDate.of(2017, 8, 31))
                .get("nb/feeds/activities.atom"));
    assertEquals(0, feed.getEntries().size());
    assertEquals(day("2017-08-31"), feed.getUpdated());
  }

  @Test
  void entryIdsDoNotDependOnTheBaseUrl() throws Exception {
    Content c = TestContent.content();
    var s = c.site();
    var moved =
        new no.planvev.model.SiteConfig(
            s.title(),
            s.description(),
            "https://ny.example.no/x/",
            s.languages(),
            s.publisher(),
            s.accessibilityStatement(),
            s.sections(),
            null,
            null);
    Content c2 = new Content(moved, c.plans(), c.projects(), c.hearings(), c.pages(), c.assets());
    Feed a = rome(write().get("nb/feeds/hearings.atom"));
    Feed b = rome(write(c2, TestContent.BUILD_DATE).get("nb/feeds/hearings.atom"));
    assertEquals(a.getEntries().get(1).getId(), b.getEntries().get(1).getId());
    assertEquals("https://ny.example.no/x/nb/feeds/hearings.atom", b.getId());
  }

  @Test
  void sameInputAndDateGiveSameBytes() {
    Map<String, OutputFile> a = write();
    Map<String, OutputFile> b = write();
    a.forEach((path, f) -> assertArrayEquals(f.bytes(), b.get(path).bytes(), path));
  }
}
