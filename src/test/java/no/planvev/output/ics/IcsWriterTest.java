package no.planvev.output.ics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import no.planvev.model.Activity;
import no.planvev.model.ActivityStatus;
import no.planvev.model.Content;
import no.planvev.model.Measure;
import no.planvev.model.Project;
import no.planvev.model.Urls;
import no.planvev.output.OutputFile;
import no.planvev.output.TestContent;
import no.planvev.words.Words;
import org.junit.jupiter.api.Test;

class IcsWriterTest {

  /** The calendars with deadlines in the renderer's words, as a build writes them. */
  static List<OutputFile> write(Content c) {
    return IcsWriter.write(c, new Urls(c.site()), TestContent.BUILD_DATE, Words.builtIn());
  }

  static Map<String, OutputFile> byPath(List<OutputFile> files) {
    Map<String, OutputFile> m = new LinkedHashMap<>();
    files.forEach(f -> m.put(f.path(), f));
    return m;
  }

  static Calendar parse(OutputFile f) throws Exception {
    return new CalendarBuilder().build(new StringReader(f.text()));
  }

  static List<Component> events(Calendar cal) {
    return cal.getComponents().stream()
        .filter(c -> c.getName().equals("VEVENT"))
        .map(c -> (Component) c)
        .toList();
  }

  static String prop(Component c, String name) {
    return c.<Property>getProperty(name).map(Property::getValue).orElse(null);
  }

  /** The event titled {@code summary}, with or without its deadline phrase in brackets. */
  static Component bySummary(Calendar cal, String summary) {
    return events(cal).stream()
        .filter(
            e ->
                summary.equals(prop(e, "SUMMARY")) || prop(e, "SUMMARY").startsWith(summary + " ("))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no event " + summary));
  }

  @Test
  void writesACalendarPerProjectPerFocusAreaForHearingsAndForAllPerLanguage() {
    List<String> nb =
        List.of(
            "nb/calendar/kompetanse.ics",
            "nb/calendar/areas/regional-plan/kommunale-tjenester.ics",
            "nb/calendar/areas/regional-plan/naering.ics",
            "nb/calendar/areas/regional-plan/samferdsel.ics",
            "nb/calendar/deadlines.ics",
            "nb/calendar/hearings.ics");
    List<String> all = new ArrayList<>(nb);
    nb.forEach(p -> all.add("en" + p.substring(2)));
    assertEquals(all, write(TestContent.content()).stream().map(OutputFile::path).toList());
  }

  @Test
  void aFocusAreaCalendarHoldsTheActivitiesOfItsProjectsAndItsHearings() throws Exception {
    Map<String, OutputFile> files = byPath(write(TestContent.content()));
    Calendar naering = parse(files.get("nb/calendar/areas/regional-plan/naering.ics"));
    // The project and one hearing name this area; the other areas get no events.
    long hearings =
        events(naering).stream().filter(e -> prop(e, "UID").startsWith("hearing-")).count();
    assertEquals(1, hearings);
    assertEquals(TestContent.project().allActivities().size() + 1, events(naering).size());
    assertEquals(
        0, events(parse(files.get("nb/calendar/areas/regional-plan/samferdsel.ics"))).size());
  }

  @Test
  void everyCalendarParsesWithIcal4jAndValidates() throws Exception {
    for (OutputFile f : write(TestContent.content())) {
      Calendar cal = parse(f);
      assertFalse(cal.validate().hasErrors(), f.path() + ": " + cal.validate());
      assertEquals("2.0", prop(cal, "VERSION"));
      assertEquals("PUBLISH", prop(cal, "METHOD"));
      assertEquals("GREGORIAN", prop(cal, "CALSCALE"));
    }
  }

  static String prop(Calendar cal, String name) {
    return cal.<Property>getProperty(name).map(Property::getValue).orElseThrow();
  }

  @Test
  void deadlinesCalendarHoldsEveryActivityAndHearing() throws Exception {
    Map<String, OutputFile> files = byPath(write(TestContent.content()));
    Calendar all = parse(files.get("nb/calendar/deadlines.ics"));
    assertEquals(TestContent.project().allActivities().size() + 3, events(all).size());
    assertEquals(3, events(parse(files.get("en/calendar/hearings.ics"))).size());
    assertEquals(
        TestContent.project().allActivities().size(),
        events(parse(files.get("en/calendar/kompetanse.ics"))).size());
    assertEquals("Vest-Finnmark regionråd – Frister", prop(all, "X-WR-CALNAME"));
  }

  @Test
  void singleDayDeadlineIsOneAllDayEventOnTheDueDay() throws Exception {
    Calendar cal = parse(byPath(write(TestContent.content())).get("nb/calendar/kompetanse.ics"));
    Component e = bySummary(cal, TestContent.LONG_TITLE);
    assertEquals("20171130", prop(e, "DTSTART"));
    assertEquals("20171201", prop(e, "DTEND"));
    assertTrue(
        e.getProperty("DTSTART")
            .map(p -> p.toString())
            .orElseThrow()
            .startsWith("DTSTART;VALUE=DATE:"));
    assertEquals("20180120T000000Z", prop(e, "DTSTAMP"));
    assertEquals("https://plan.example.no/nb/prosjekter/kompetanse/", prop(e, "URL"));
    assertEquals("mailto:post@example.no", prop(e, "ORGANIZER"));
  }

  @Test
  void fuzzyDeadlinesAreOneAllDayEventOnTheirLastDayNamedInWords() throws Exception {
    Calendar cal = parse(byPath(write(TestContent.content())).get("nb/calendar/kompetanse.ics"));
    assertLastDay(cal, "Kartlegge behov i uke 50", "uke 50 2017", "20171217");
    assertLastDay(cal, "Seminar i februar", "februar 2018", "20180228");
    assertLastDay(cal, "Kurs for saksbehandlere", "1. kvartal 2018", "20180331");
    assertLastDay(cal, "Evaluering", "januar–februar 2018", "20180228");
    assertLastDay(cal, "Ny arealdel", "2019", "20191231");
    assertLastDay(cal, "Rapport til styret", "Før sommeren 2018", "20180630");
    Calendar en = parse(byPath(write(TestContent.content())).get("en/calendar/kompetanse.ics"));
    assertEquals(
        "Seminar i februar (February 2018)", prop(bySummary(en, "Seminar i februar"), "SUMMARY"));
  }

  /** One day, {@code day}, exclusive end the day after; the phrase in summary and description. */
  static void assertLastDay(Calendar cal, String title, String phrase, String day) {
    Component e = bySummary(cal, title);
    assertEquals(title + " (" + phrase + ")", prop(e, "SUMMARY"));
    assertTrue(prop(e, "DESCRIPTION").contains("Frist: " + phrase), prop(e, "DESCRIPTION"));
    assertEquals(day, prop(e, "DTSTART"), title);
    assertEquals(
        java.time.LocalDate.parse(day, java.time.format.DateTimeFormatter.BASIC_ISO_DATE)
            .plusDays(1)
            .format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE),
        prop(e, "DTEND"),
        title);
  }

  @Test
  void calendarsAskSubscribersToRefreshTwiceADay() throws Exception {
    for (OutputFile f : write(TestContent.content())) {
      Calendar cal = parse(f);
      assertEquals("PT12H", prop(cal, "REFRESH-INTERVAL"), f.path());
      assertEquals("PT12H", prop(cal, "X-PUBLISHED-TTL"), f.path());
    }
  }

  @Test
  void summaryIsInTheCalendarLanguageWithFallbackToDefault() throws Exception {
    Calendar en = parse(byPath(write(TestContent.content())).get("en/calendar/deadlines.ics"));
    bySummary(en, "Report to the board");
    bySummary(en, "Kurs for saksbehandlere"); // no English title
    bySummary(en, "Hearing deadline: Hearing – economic plan 2018–2021");
    Component free = bySummary(en, "Report to the board");
    assertTrue(prop(free, "DESCRIPTION").contains("Deadline: Before summer 2018"));
  }

  @Test
  void descriptionNamesResponsibleAndStatusAndSurvivesEscaping() throws Exception {
    Calendar cal = parse(byPath(write(TestContent.content())).get("nb/calendar/kompetanse.ics"));
    String d = prop(bySummary(cal, TestContent.LONG_TITLE), "DESCRIPTION");
    assertEquals(
        "Prosjekt: Kompetanseløft i Vest-Finnmark\nAnsvarlig: Næringssjefene,"
            + " Hammerfest; Alta\nStatus: fullført\nFrist: 30. november 2017\n\nFørste linje\nAndre linje,"
            + " med komma",
        d);
  }

  @Test
  void hearingDeadlineIsAnEventWithAStableUidAndThePageUrl() throws Exception {
    Calendar cal = parse(byPath(write(TestContent.content())).get("nb/calendar/hearings.ics"));
    Component e = bySummary(cal, "Høringsfrist: Høring om vegnett, ferjer og «hurtigbåt»");
    assertEquals("hearing-vegnett@plan.example.no", prop(e, "UID"));
    assertEquals("20180211", prop(e, "DTSTART")); // 2018-W06 ends on Sunday 11 February
    assertEquals("20180212", prop(e, "DTEND"));
    assertTrue(prop(e, "SUMMARY").endsWith("(uke 6 2018)"), prop(e, "SUMMARY"));
    assertEquals("https://plan.example.no/nb/horinger/vegnett/", prop(e, "URL"));
    assertTrue(prop(e, "DESCRIPTION").startsWith("Avsender: Statens vegvesen\nStatus: åpen"));
  }

  @Test
  void cancelledActivityIsACancelledEvent() throws Exception {
    Calendar cal = parse(byPath(write(TestContent.content())).get("nb/calendar/kompetanse.ics"));
    assertEquals("CANCELLED", prop(bySummary(cal, "Kurs for saksbehandlere"), "STATUS"));
    assertEquals(null, prop(bySummary(cal, "Evaluering"), "STATUS"));
  }

  @Test
  void everyPhysicalLineIsAtMostSeventyFiveOctetsEndsInCrlfAndSplitsNoCharacter() {
    for (OutputFile f : write(TestContent.content())) {
      byte[] b = f.bytes();
      assertEquals('\n', b[b.length - 1]);
      int start = 0;
      for (int i = 0; i < b.length; i++) {
        if (b[i] == '\n') {
          assertEquals('\r', b[i - 1], f.path() + ": bare LF");
          int len = i - 1 - start;
          assertTrue(len <= 75, f.path() + ": line of " + len + " octets");
          if (start > 0 && b[start] != ' ') {
            // A new content line must start with a name, never a UTF-8 continuation byte.
            assertTrue((b[start] & 0xC0) != 0x80);
          }
          if (b[start] == ' ') assertTrue((b[start + 1] & 0xC0) != 0x80, "split character");
          start = i + 1;
        } else if (b[i] == '\r') {
          assertEquals('\n', b[i + 1], f.path() + ": bare CR");
        }
      }
      // Decoding is lossless: no sequence was cut.
      assertArrayEquals(b, f.text().getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void longTitleIsActuallyFolded() {
    String text = byPath(write(TestContent.content())).get("nb/calendar/kompetanse.ics").text();
    assertTrue(text.contains("\r\n "), "expected a folded line");
  }

  @Test
  void uidsAreUniqueAndStableWhenAnotherActivityIsInserted() throws Exception {
    Content c = TestContent.content();
    Map<String, String> before = uidsBySummary(c);
    assertEquals(
        TestContent.project().allActivities().size() + 3,
        before.values().stream().distinct().count());
    assertTrue(before.get("Evaluering").endsWith("@plan.example.no"));

    // Insert a new first activity in the first measure of the first initiative.
    Project p = c.projects().get(0);
    var init = p.initiatives().get(0);
    Measure m = init.measures().get(0);
    List<Activity> acts = new ArrayList<>(m.activities());
    acts.add(
        0,
        new Activity(
            m.pos(),
            "ny-aktivitet",
            TestContent.nb("Ny aktivitet"),
            TestContent.nb("Noen"),
            TestContent.d("2017-10-01"),
            null,
            ActivityStatus.PLANNED,
            null,
            List.of(),
            null,
            List.of()));
    Measure m2 = new Measure(m.id(), m.pos(), m.title(), m.summary(), acts);
    List<Measure> measures = new ArrayList<>(init.measures());
    measures.set(0, m2);
    var init2 =
        new no.planvev.model.Initiative(
            init.id(),
            init.pos(),
            init.number(),
            init.title(),
            init.status(),
            init.statusNote(),
            init.summary(),
            measures,
            init.activities());
    List<no.planvev.model.Initiative> inits = new ArrayList<>(p.initiatives());
    inits.set(0, init2);
    Project p2 =
        new Project(
            p.id(),
            p.slug(),
            p.pos(),
            p.title(),
            p.owner(),
            p.manager(),
            p.period(),
            p.phase(),
            p.status(),
            p.supports(),
            p.summary(),
            inits,
            p.activities(),
            p.intro(),
            null,
            null,
            null);
    Content c2 = new Content(c.site(), c.plans(), List.of(p2), c.hearings(), c.pages(), c.assets());
    Map<String, String> after = uidsBySummary(c2);
    before.forEach((summary, uid) -> assertEquals(uid, after.get(summary), summary));
    assertNotEquals(null, after.get("Ny aktivitet"));
  }

  static Map<String, String> uidsBySummary(Content c) throws Exception {
    Calendar cal = parse(byPath(write(c)).get("nb/calendar/deadlines.ics"));
    // The title without the deadline phrase the summary may end in.
    return events(cal).stream()
        .collect(
            Collectors.toMap(
                e -> prop(e, "SUMMARY").replaceFirst(" \\([^()]*\\)$", ""), e -> prop(e, "UID")));
  }

  @Test
  void sameInputAndDateGiveSameBytes() {
    List<OutputFile> a = write(TestContent.content());
    List<OutputFile> b = write(TestContent.content());
    assertEquals(a.size(), b.size());
    for (int i = 0; i < a.size(); i++) assertArrayEquals(a.get(i).bytes(), b.get(i).bytes());
  }

  @Test
  void projectWithoutActivitiesStillGetsAValidCalendar() throws Exception {
    Content c = TestContent.content();
    Project p = c.projects().get(0);
    Project empty =
        new Project(
            "tom",
            null,
            p.pos(),
            TestContent.nb("Tomt"),
            p.owner(),
            null,
            p.period(),
            null,
            p.status(),
            List.of(),
            p.summary(),
            List.of(),
            List.of(),
            p.intro(),
            null,
            null,
            null);
    Content c2 = new Content(c.site(), c.plans(), List.of(empty), List.of(), List.of(), List.of());
    OutputFile f = byPath(write(c2)).get("nb/calendar/tom.ics");
    Calendar cal = parse(f);
    assertEquals(0, events(cal).size());
    assertFalse(cal.validate().hasErrors(), cal.validate().toString());
  }
}
