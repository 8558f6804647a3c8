package no.planvev.output.atom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.planvev.diag.SourcePos;
import no.planvev.model.Content;
import no.planvev.model.Report;
import no.planvev.model.ReportPeriod;
import no.planvev.output.OutputFile;
import no.planvev.output.TestContent;
import org.junit.jupiter.api.Test;

/** {@code <lang>/feeds/reports.atom}, read back with ROME. */
class ReportsFeedTest {

  static Report report(String id, String period, String published) {
    return new Report(
        id,
        null,
        SourcePos.file("reports/" + id + ".nb.md"),
        TestContent.t("Rapport " + id, "Report " + id),
        ReportPeriod.parse(period),
        LocalDate.parse(published),
        List.of(),
        TestContent.t("Tekst", "Text"));
  }

  static Content content() {
    Content c = TestContent.content();
    return new Content(
        c.site(),
        c.plans(),
        c.projects(),
        c.hearings(),
        c.pages(),
        c.assets(),
        List.of(
            report("2017-h2", "2017-H2", "2018-01-15"),
            report("2017-q3", "2017-Q3", "2017-10-05")));
  }

  @Test
  void oneEntryPerReportDatedByItsPublishedDay() throws Exception {
    Map<String, OutputFile> files = AtomWriterTest.write(content(), TestContent.BUILD_DATE);
    assertTrue(files.containsKey("nb/feeds/reports.atom"));
    Feed feed = AtomWriterTest.rome(files.get("en/feeds/reports.atom"));
    assertEquals("atom_1.0", feed.getFeedType());
    assertEquals("https://plan.example.no/en/feeds/reports.atom", feed.getId());
    assertEquals(2, feed.getEntries().size());
    Entry newest = feed.getEntries().get(0);
    assertEquals("Report 2017-h2", newest.getTitle());
    assertEquals(AtomWriterTest.day("2018-01-15"), newest.getUpdated());
    assertEquals(AtomWriterTest.day("2018-01-15"), newest.getPublished());
    assertEquals(
        "2017-H2",
        ((com.rometools.rome.feed.atom.Category) newest.getCategories().get(0)).getTerm());
    assertEquals(
        "H2 2017",
        ((com.rometools.rome.feed.atom.Category) newest.getCategories().get(0)).getLabel());
    assertTrue(
        newest.getSummary().getValue().startsWith("Period: H2 2017."),
        newest.getSummary().getValue());
    assertTrue(newest.getAlternateLinks().get(0).getHref().endsWith("/en/reports/2017-h2/"));
    assertEquals(AtomWriterTest.day("2017-10-05"), feed.getEntries().get(1).getUpdated());
    assertEquals(AtomWriterTest.day("2018-01-15"), feed.getUpdated());
    Feed nb = AtomWriterTest.rome(files.get("nb/feeds/reports.atom"));
    assertEquals(
        "3. kvartal 2017",
        ((com.rometools.rome.feed.atom.Category) nb.getEntries().get(1).getCategories().get(0))
            .getLabel());
  }

  @Test
  void aSiteWithoutReportsHasNoReportsFeed() {
    Map<String, OutputFile> files =
        AtomWriterTest.write(TestContent.content(), TestContent.BUILD_DATE);
    assertFalse(files.containsKey("nb/feeds/reports.atom"));
  }

  @Test
  void sameContentAndDateGiveSameBytes() {
    assertArrayEquals(
        AtomWriterTest.write(content(), TestContent.BUILD_DATE)
            .get("nb/feeds/reports.atom")
            .bytes(),
        AtomWriterTest.write(content(), TestContent.BUILD_DATE)
            .get("nb/feeds/reports.atom")
            .bytes());
  }
}
