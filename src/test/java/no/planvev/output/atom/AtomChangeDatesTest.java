package no.planvev.output.atom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.planvev.diag.SourcePos;
import no.planvev.model.Activity;
import no.planvev.model.ActivityStatus;
import no.planvev.model.Content;
import no.planvev.model.DeadlineMove;
import no.planvev.model.LText;
import no.planvev.model.Project;
import no.planvev.model.ProjectStatus;
import no.planvev.output.OutputFile;
import no.planvev.output.TestContent;
import org.junit.jupiter.api.Test;

/**
 * The activities feed dates each entry by when its status was last confirmed or changed: the latest
 * of its status date and its deadline moves, read back with ROME.
 */
class AtomChangeDatesTest {

  static final SourcePos POS = SourcePos.file("projects/oppfolging/project.yaml");

  static Activity act(
      String title,
      String due,
      ActivityStatus status,
      String statusDate,
      List<DeadlineMove> moved) {
    return new Activity(
        POS,
        title.toLowerCase().replace(' ', '-'),
        LText.of("nb", title),
        LText.of("nb", "Rådmannen"),
        TestContent.d(due),
        null,
        status,
        null,
        List.of(),
        statusDate == null ? null : LocalDate.parse(statusDate),
        moved);
  }

  static DeadlineMove move(String from, String on) {
    return new DeadlineMove(
        TestContent.d(from), LocalDate.parse(on), LText.of("nb", "Forsinket"), POS);
  }

  static Content content() {
    Project p =
        new Project(
            "oppfolging",
            null,
            POS,
            LText.of("nb", "Oppfølging"),
            LText.EMPTY,
            LText.EMPTY,
            TestContent.d("2017-01/2018-12"),
            LText.EMPTY,
            ProjectStatus.ACTIVE,
            List.of(),
            LText.EMPTY,
            List.of(),
            List.of(
                // confirmed done on its status date
                act("Ferdig", "2017-10-01", ActivityStatus.DONE, "2017-10-05", List.of()),
                // moved after the status date: the move is the latest change
                act(
                    "Flyttet",
                    "2018-03-01",
                    ActivityStatus.IN_PROGRESS,
                    "2017-11-01",
                    List.of(move("2017-10-15", "2017-09-30"), move("2017-12-01", "2017-11-20"))),
                // moved before the status date: the status date wins
                act(
                    "Bekreftet",
                    "2018-05-01",
                    ActivityStatus.PLANNED,
                    "2017-12-05",
                    List.of(move("2018-02-01", "2017-06-01"))),
                // a status date after the build date is not yet known: falls back to the move
                act(
                    "Framtid",
                    "2018-06-01",
                    ActivityStatus.PLANNED,
                    "2018-03-01",
                    List.of(move("2018-04-01", "2017-08-08"))),
                // nothing dated: the old rule (due day once it has come)
                act("Udatert", "2017-12-24", ActivityStatus.PLANNED, null, List.of())),
            LText.EMPTY,
            null,
            null,
            null);
    Content c = TestContent.content();
    return new Content(c.site(), c.plans(), List.of(p), c.hearings(), c.pages(), c.assets());
  }

  static final LocalDate BUILD = LocalDate.of(2018, 1, 20);

  static Feed feed(String lang) throws Exception {
    Map<String, OutputFile> files = AtomWriterTest.write(content(), BUILD);
    return AtomWriterTest.rome(files.get(lang + "/feeds/activities.atom"));
  }

  @Test
  void entriesAreUpdatedOnTheLatestStatusDateOrMove() throws Exception {
    Feed feed = feed("nb");
    assertEquals("atom_1.0", feed.getFeedType());
    Map<String, java.util.Date> updated = new LinkedHashMap<>();
    for (Entry e : feed.getEntries()) updated.put(e.getTitle(), e.getUpdated());
    assertEquals(AtomWriterTest.day("2017-10-05"), updated.get("Ferdig"));
    assertEquals(AtomWriterTest.day("2017-11-20"), updated.get("Flyttet"));
    assertEquals(AtomWriterTest.day("2017-12-05"), updated.get("Bekreftet"));
    assertEquals(AtomWriterTest.day("2017-08-08"), updated.get("Framtid"));
    assertEquals(AtomWriterTest.day("2017-12-24"), updated.get("Udatert"));
    // newest first, and the feed carries its newest entry's date
    assertEquals(
        List.of("Udatert", "Bekreftet", "Flyttet", "Ferdig", "Framtid"),
        List.copyOf(updated.keySet()));
    assertEquals(AtomWriterTest.day("2017-12-24"), feed.getUpdated());
  }

  @Test
  void theSummarySaysWhenTheStatusWasLastConfirmed() throws Exception {
    Map<String, String> nb = new LinkedHashMap<>();
    for (Entry e : feed("nb").getEntries()) nb.put(e.getTitle(), e.getSummary().getValue());
    assertTrue(
        nb.get("Ferdig").endsWith("Status: fullført. Status per 5. oktober 2017."),
        nb.get("Ferdig"));
    assertFalse(nb.get("Udatert").contains("Status per"), nb.get("Udatert"));
    // a status date after the build date is not said
    assertFalse(nb.get("Framtid").contains("Status per"), nb.get("Framtid"));
    for (Entry e : feed("en").getEntries()) {
      if (e.getTitle().equals("Ferdig")) {
        assertTrue(
            e.getSummary().getValue().endsWith("Status as of 5 October 2017."),
            e.getSummary().getValue());
      }
    }
  }

  @Test
  void everyLanguageUsesTheSameDates() throws Exception {
    Feed nb = feed("nb");
    Feed en = feed("en");
    assertEquals(nb.getEntries().size(), en.getEntries().size());
    for (int i = 0; i < nb.getEntries().size(); i++) {
      assertEquals(nb.getEntries().get(i).getUpdated(), en.getEntries().get(i).getUpdated());
    }
  }

  @Test
  void sameContentAndDateGiveSameBytes() {
    Map<String, OutputFile> a = AtomWriterTest.write(content(), BUILD);
    Map<String, OutputFile> b = AtomWriterTest.write(content(), BUILD);
    a.forEach((path, f) -> assertArrayEquals(f.bytes(), b.get(path).bytes(), path));
  }

  @Test
  void lastChangeIgnoresDaysAfterTheBuildDate() {
    Activity a = act("X", "2018-06-01", ActivityStatus.PLANNED, "2018-03-01", List.of());
    assertEquals(null, AtomWriter.lastChange(a, BUILD));
    assertEquals(LocalDate.of(2018, 3, 1), AtomWriter.lastChange(a, LocalDate.of(2018, 3, 1)));
  }
}
