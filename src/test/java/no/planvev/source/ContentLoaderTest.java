package no.planvev.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.planvev.diag.Problem;
import no.planvev.diag.Problems;
import no.planvev.model.Activity;
import no.planvev.model.ActivityStatus;
import no.planvev.model.Content;
import no.planvev.model.Deadline;
import no.planvev.model.Hearing;
import no.planvev.model.HearingStatus;
import no.planvev.model.LText;
import no.planvev.model.Page;
import no.planvev.model.Plan;
import no.planvev.model.Project;
import no.planvev.model.ProjectStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentLoaderTest {

  static final String SITE =
      """
      title: {nb: Regionrådet, en: The Council}
      base_url: https://plan.example.no/
      languages:
        - {code: nb, name: Norsk bokmål}
        - {code: en, name: English}
      accessibility_statement: https://uustatus.no/nb/erklaringer/publisert/x
      """;

  static final String PLAN =
      """
      title: Strategisk plan
      period: 2016/2019
      focus_areas:
        - id: tjenester
          title: {nb: Tjenester, en: Services}
          weight: 40
        - id: vekst
          title: Vekst
          weight: 60
      """;

  static final String HEARING =
      """
      ---
      title: Høring om planloven
      issuer: Departementet
      reference: 17/1234
      published: 2017-10-01
      deadline: 2018-01-15
      status: answered
      statement: {date: 2018-01-10, by: Regionrådet}
      documents:
        - {title: Uttalelse, href: assets/uttalelse.pdf}
      topics: [strategisk-plan/vekst]
      ---
      Vår uttalelse.
      """;

  @TempDir Path dir;
  final Problems problems = new Problems();

  void write(String rel, String text) throws IOException {
    write(rel, text.getBytes(StandardCharsets.UTF_8));
  }

  void write(String rel, byte[] bytes) throws IOException {
    Path p = dir.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.write(p, bytes);
  }

  Content load() {
    return ContentLoader.load(dir, problems);
  }

  List<String> messages() {
    return problems.all().stream().map(Problem::toString).toList();
  }

  void site() throws IOException {
    write("site.yaml", SITE);
    write("plans/strategisk-plan/plan.yaml", PLAN);
  }

  /** A project whose only activity has the given YAML lines (indented for an activity). */
  void projectWithActivity(String activityLines) throws IOException {
    write(
        "projects/p/project.yaml",
        "title: P\nstatus: active\nactivities:\n  - title: A\n" + activityLines.indent(4));
  }

  @Test
  void statusDatesAreInheritedDownwardsAndAnActivitysOwnWins() throws IOException {
    site();
    write(
        "projects/p/project.yaml",
        """
        title: P
        status: active
        status_date: 2018-01-05
        progress: 40
        initiatives:
          - id: i
            title: I
            status_date: 2018-02-01
            measures:
              - id: m
                title: M
                status_date: 2018-03-01
                activities:
                  - {title: Under measure, deadline: 2018-02}
                  - {title: Own date, deadline: 2018-02, status_date: 2018-04-01}
            activities:
              - {title: Under initiative, deadline: 2018-02}
        activities:
          - {title: Under project, deadline: 2018-02}
        """);
    Content c = load();
    assertEquals(List.of(), messages());
    Project p = c.projects().get(0);
    assertEquals(LocalDate.of(2018, 1, 5), p.statusDate());
    assertEquals(40, p.progress());
    Map<String, LocalDate> byTitle = new java.util.TreeMap<>();
    p.allActivities().forEach(a -> byTitle.put(a.title().values().get("nb"), a.statusDate()));
    assertEquals(
        Map.of(
            "Under project",
            LocalDate.of(2018, 1, 5),
            "Under initiative",
            LocalDate.of(2018, 2, 1),
            "Under measure",
            LocalDate.of(2018, 3, 1),
            "Own date",
            LocalDate.of(2018, 4, 1)),
        byTitle);
  }

  @Test
  void readsEarlierDeadlinesOldestFirst() throws IOException {
    site();
    projectWithActivity(
        """
        deadline: 2017-W50
        moved:
          - {from: 2017-11-30, on: 2017-11-20, reason: {nb: Styremøtet flyttet, en: Board meeting moved}}
          - from: 2017-12
            on: 2017-12-01
        """);
    Content c = load();
    assertEquals(List.of(), messages());
    Activity a = c.projects().get(0).allActivities().get(0);
    assertEquals(2, a.moved().size());
    assertEquals("2017-11-30", a.moved().get(0).from().iso());
    assertEquals(LocalDate.of(2017, 11, 20), a.moved().get(0).on());
    assertEquals("Board meeting moved", a.moved().get(0).reason().values().get("en"));
    assertEquals("2017-12", a.moved().get(1).from().iso());
    assertEquals(null, a.moved().get(1).reason());
  }

  @Test
  void readsASmallSiteIntoTheModel() throws IOException {
    site();
    write("plans/strategisk-plan/index.md", "Innledning.\n");
    write("plans/strategisk-plan/index.en.md", "---\n---\nIntroduction.\n");
    write("plans/strategisk-plan/vekst.nb.md", "Om vekst.\n");
    write(
        "projects/p/project.yaml",
        """
        title: {nb: Prosjekt, en: Project}
        status: active
        supports: [strategisk-plan/tjenester]
        initiatives:
          - id: kompetanse
            number: 2
            title: Kompetanse
            measures:
              - id: kurs
                title: Kurs
                activities:
                  - {title: Første, deadline: 2018-01}
                  - {title: Andre, deadline: 2018-02, status: done}
            activities:
              - {title: Direkte, deadline: 2018-Q2}
        activities:
          - {title: Oppstart, deadline: 2017-09-01}
        """);
    write("projects/p/index.md", "Om prosjektet.\n");
    write("assets/uttalelse.pdf", "%PDF");
    write("assets/b/x.png", "png");
    write("assets/.DS_Store", "junk");
    write("hearings/planloven.nb.md", HEARING);
    write(
        "hearings/planloven.en.md",
        """
        ---
        title: Consultation on the planning act
        documents:
          - {title: Statement, href: assets/uttalelse.pdf}
        ---
        Our statement.
        """);
    write("pages/om.md", "---\ntitle: Om oss\nmenu: 10\n---\nTekst.\n");

    Content c = load();

    assertEquals(List.of(), messages());
    assertNotNull(c);
    assertEquals(List.of("nb", "en"), c.site().languageCodes());
    Plan plan = c.plans().get(0);
    assertEquals("strategisk-plan", plan.id());
    assertEquals("2016/2019", plan.period().iso());
    assertEquals(LText.of("nb", "Strategisk plan"), plan.title());
    assertEquals("Innledning.", plan.intro().get("nb").orElseThrow());
    assertEquals("Introduction.", plan.intro().get("en").orElseThrow());
    assertEquals(
        List.of("tjenester", "vekst"), plan.focusAreas().stream().map(a -> a.id()).toList());
    assertEquals("Services", plan.focusAreas().get(0).title().get("en").orElseThrow());
    assertEquals("Om vekst.", plan.focusAreas().get(1).body().get("nb").orElseThrow());
    Project p = c.projects().get(0);
    assertEquals(ProjectStatus.ACTIVE, p.status());
    assertEquals("strategisk-plan/tjenester", p.supports().get(0).toString());
    assertEquals(2, p.initiatives().get(0).number());
    assertEquals(
        List.of("Oppstart", "Direkte", "Første", "Andre"),
        p.allActivities().stream().map(a -> a.title().get("nb").orElseThrow()).toList());
    assertEquals(ActivityStatus.PLANNED, p.allActivities().get(0).status());
    assertEquals(ActivityStatus.DONE, p.allActivities().get(3).status());
    assertEquals("Om prosjektet.", p.intro().get("nb").orElseThrow());
    Hearing h = c.hearings().get(0);
    assertEquals("planloven", h.id());
    assertEquals("Consultation on the planning act", h.title().get("en").orElseThrow());
    assertEquals("Høring om planloven", h.title().get("nb").orElseThrow());
    assertEquals("17/1234", h.reference());
    assertEquals(LocalDate.of(2017, 10, 1), h.published());
    assertEquals(new Deadline.Day(LocalDate.of(2018, 1, 15)), h.deadline());
    assertEquals(HearingStatus.ANSWERED, h.status());
    assertEquals(LocalDate.of(2018, 1, 10), h.statement().date());
    assertEquals("Statement", h.documents().get(0).title().get("en").orElseThrow());
    assertEquals("Our statement.", h.body().get("en").orElseThrow());
    assertEquals("Vår uttalelse.", h.body().get("nb").orElseThrow());
    Page page = c.pages().get(0);
    assertEquals(10, page.menu());
    assertEquals("Tekst.", page.body().all().get("nb").orElseThrow());
    assertEquals(
        List.of("assets/b/x.png", "assets/uttalelse.pdf"),
        c.assets().stream().map(a -> a.path()).toList());
  }

  @Test
  void readsEveryDeadlineForm() throws IOException {
    site();
    write(
        "projects/p/project.yaml",
        """
        title: P
        status: active
        activities:
          - {title: day, deadline: 2017-11-30}
          - {title: week, deadline: 2017-W50}
          - {title: month, deadline: 2018-02}
          - {title: quarter, deadline: 2018-Q1}
          - {title: year, deadline: 2018}
          - {title: quoted year, deadline: '2018'}
          - {title: interval, deadline: 2018-01/2018-02}
          - title: free
            deadline: {text: {nb: Våren 2018, en: Spring 2018}, sort: 2018-Q2}
        """);
    Content c = load();
    List<Deadline> d = c.projects().get(0).activities().stream().map(Activity::deadline).toList();
    assertEquals(
        List.of(
            "2017-11-30",
            "2017-W50",
            "2018-02",
            "2018-Q1",
            "2018",
            "2018",
            "2018-01/2018-02",
            "2018-Q2"),
        d.stream().map(Deadline::iso).toList());
    assertEquals(LocalDate.of(2017, 12, 17), d.get(1).due());
    Deadline.Text free = (Deadline.Text) d.get(7);
    assertEquals("Spring 2018", free.text().get("en").orElseThrow());
    assertEquals(LocalDate.of(2018, 6, 30), free.due());
    assertTrue(messages().stream().allMatch(m -> m.contains("warning")), messages().toString());
  }

  @Test
  void reportsAnImpossibleDateAtItsDay() throws IOException {
    site();
    projectWithActivity("deadline: 2017-11-31");
    load();
    assertEquals(
        List.of(
            "projects/p/project.yaml:5:23: error:"
                + " 2017-11-31 is not a date: November has 30 days"),
        messages());
  }

  @Test
  void reportsAnIntervalThatEndsBeforeItStarts() throws IOException {
    site();
    projectWithActivity("deadline: \"2018-03/2018-01\"");
    load();
    assertEquals(
        List.of(
            "projects/p/project.yaml:5:24: error:"
                + " the interval 2018-03/2018-01 ends before it starts"),
        messages());
  }

  @Test
  void keepsNoYesOnOffAsText() throws IOException {
    write(
        "site.yaml",
        """
        title: on
        base_url: https://x.no/
        languages:
          - {code: no, name: Norsk}
        description: off
        accessibility_statement: https://x.no/a11y
        """);
    write("pages/om.md", "---\ntitle: no\nsummary: yes\n---\n");
    Content c = load();
    assertEquals(List.of(), messages());
    assertEquals("no", c.site().defaultLanguage());
    assertEquals(LText.of("no", "on"), c.site().title());
    assertEquals(LText.of("no", "off"), c.site().description());
    assertEquals(LText.of("no", "no"), c.pages().get(0).title());
    assertEquals(LText.of("no", "yes"), c.pages().get(0).summary());
  }

  @Test
  void suggestsTheNearestKeyForAnUnknownOne() throws IOException {
    site();
    projectWithActivity("deadline: 2018\ndeadlien: 2019");
    load();
    assertEquals(
        List.of(
            "projects/p/project.yaml:6:5: error:"
                + " unknown key 'deadlien' — did you mean 'deadline'?"),
        messages());
  }

  @Test
  void rejectsADuplicateKeyNamingBothLines() throws IOException {
    write("site.yaml", SITE + "title: Igjen\n");
    assertNull(load());
    assertEquals(
        List.of("site.yaml:7:1: error: duplicate key 'title': it is also on line 1"), messages());
  }

  @Test
  void rejectsAliases() throws IOException {
    site();
    projectWithActivity("responsible: &who Ola\nnote: *who\ndeadline: 2018");
    load();
    assertEquals(
        List.of(
            "projects/p/project.yaml:6:11: error: anchors and aliases (&x, *x)"
                + " are not supported; write the value out in full"),
        messages());
  }

  @Test
  void rejectsAnAnchoredMapping() throws IOException {
    site();
    write("pages/om.md", "---\ntitle: Om\nsummary: &s {nb: x}\n---\n");
    load();
    assertEquals(
        List.of(
            "pages/om.md:3:10: error: anchors and aliases (&x, *x)"
                + " are not supported; write the value out in full"),
        messages());
  }

  @Test
  void rejectsASecondDocument() throws IOException {
    write("site.yaml", SITE + "---\ntitle: x\n");
    assertNull(load());
    assertEquals(
        List.of(
            "site.yaml:8:1: error: a file holds one YAML document, but a second one"
                + " starts here; remove the '---' line that separates them"),
        messages());
  }

  @Test
  void rejectsTabsWithThePlace() throws IOException {
    write("site.yaml", SITE + "description:\n\tnb: x\n");
    assertNull(load());
    assertEquals(
        List.of("site.yaml:8:1: error: a tab cannot indent YAML; indent with spaces"), messages());
  }

  @Test
  void reportsAFrontMatterThatIsNeverClosed() throws IOException {
    site();
    write("pages/om.md", "---\ntitle: Om\n\nTekst.\n");
    load();
    assertEquals(
        List.of(
            "pages/om.md:1:1: error: the front matter that starts here is never"
                + " closed; end it with a line of three dashes (---)"),
        messages());
  }

  @Test
  void requiresFrontMatterInPages() throws IOException {
    site();
    write("pages/om.md", "Bare tekst.\n");
    load();
    assertEquals(1, messages().size());
    assertTrue(
        messages()
            .get(0)
            .startsWith("pages/om.md:1:1: error: a page starts with front" + " matter"),
        messages().toString());
  }

  @Test
  void rejectsAFileThatIsNotUtf8() throws IOException {
    site();
    write(
        "pages/om.md", "---\ntitle: Bl\u00e5b\u00e6r\n---\n".getBytes(StandardCharsets.ISO_8859_1));
    load();
    // Latin-1 å (0xE5) starts a three-byte character in UTF-8; 'b' cannot be its second byte.
    assertEquals(
        List.of(
            "pages/om.md:2:11: error: the file is not UTF-8 (byte 0x62 cannot follow"
                + " 0xE5, which starts a character of 3 bytes; was it saved as Latin-1 or Windows-1252?);"
                + " save it as UTF-8"),
        messages());
  }

  @Test
  void acceptsByteOrderMarkAndCrlfAndCountsLinesFromTheTop() throws IOException {
    site();
    write("pages/om.md", "\uFEFF---\r\ntitle: Om\r\nmenu: ti\r\n---\r\nTekst.\r\n");
    Content c = load();
    assertEquals(
        List.of("pages/om.md:3:7: error: menu must be a whole number, not 'ti'"), messages());
    assertEquals(LText.of("nb", "Om"), c.pages().get(0).title());
  }

  @Test
  void countsFrontMatterLinesFromTheTopOfTheFile() throws IOException {
    site();
    write("assets/uttalelse.pdf", "%PDF");
    write("hearings/h.md", HEARING.replace("status: answered", "status: ansvered"));
    load();
    assertEquals(
        List.of(
            "hearings/h.md:7:9: error: unknown status 'ansvered':"
                + " write one of open, answered, not_answered, closed"),
        messages());
  }

  @Test
  void rejectsAWeightThatIsNotAWholeNumber() throws IOException {
    write("site.yaml", SITE);
    write("plans/p/plan.yaml", PLAN.replace("weight: 40", "weight: 40%"));
    load();
    assertEquals(
        List.of("plans/p/plan.yaml:6:13: error: weight must be a whole number," + " not '40%'"),
        messages());
  }

  @Test
  void rejectsWeightsThatDoNotAddUpTo100() throws IOException {
    write("site.yaml", SITE);
    write("plans/p/plan.yaml", PLAN.replace("weight: 60", "weight: 50"));
    load();
    assertEquals(
        List.of(
            "plans/p/plan.yaml:3:1: error: weights add up to 90, not 100"
                + " (tjenester 40, vekst 50)"),
        messages());
  }

  @Test
  void warnsAboutAPlanWithoutWeights() throws IOException {
    write("site.yaml", SITE);
    write(
        "plans/p/plan.yaml", PLAN.replace("    weight: 40\n", "").replace("    weight: 60\n", ""));
    Content c = load();
    assertNotNull(c);
    assertEquals(
        List.of(
            "plans/p/plan.yaml:3:1: warning: no focus area has a weight;"
                + " the plan will show no shares"),
        messages());
    assertTrue(!problems.hasErrors());
  }

  @Test
  void rejectsDuplicateAreaIds() throws IOException {
    write("site.yaml", SITE);
    write("plans/p/plan.yaml", PLAN.replace("id: vekst", "id: tjenester"));
    load();
    assertEquals(
        List.of(
            "plans/p/plan.yaml:7:9: error: duplicate focus area id 'tjenester':"
                + " it is also on line 4"),
        messages());
  }

  @Test
  void rejectsAReferenceToAMissingArea() throws IOException {
    site();
    write(
        "projects/p/project.yaml",
        "title: P\nstatus: active\n"
            + "supports: [strategisk-plan/vekts, strategisk-plann/vekst]\n");
    load();
    assertEquals(
        List.of(
            "projects/p/project.yaml:3:12: error: 'strategisk-plan/vekts' in supports:"
                + " plan 'strategisk-plan' has no focus area 'vekts' — did you mean 'vekst'?",
            "projects/p/project.yaml:3:35: error: 'strategisk-plann/vekst' in supports:"
                + " there is no plan 'strategisk-plann' — did you mean 'strategisk-plan'?"),
        messages());
  }

  @Test
  void rejectsAMissingDocumentFile() throws IOException {
    site();
    write("hearings/h.md", HEARING);
    load();
    assertEquals(
        List.of(
            "hearings/h.md:10:30: error: there is no file 'assets/uttalelse.pdf'"
                + " under content/ (write a path such as assets/uttalelse.pdf, or a full URL)"),
        messages());
  }

  @Test
  void rejectsATranslationThatChangesANonTextField() throws IOException {
    site();
    write("assets/uttalelse.pdf", "%PDF");
    write("hearings/h.md", HEARING);
    write(
        "hearings/h.en.md",
        "---\ntitle: Consultation\ndeadline: 2018-01-16\n" + "reference: 17/1234\n---\n");
    load();
    assertEquals(
        List.of(
            "hearings/h.en.md:3:11: error: 'deadline' differs from hearings/h.md"
                + " ('2018-01-15'); dates, status, reference, links, documents, topics and menu belong"
                + " in the default language's file"),
        messages());
  }

  @Test
  void rejectsAFileNameWithAnUnknownLanguage() throws IOException {
    site();
    write("pages/om.md", "---\ntitle: Om\n---\n");
    write("pages/om.de.md", "---\ntitle: Über\n---\n");
    load();
    assertEquals(
        List.of(
            "pages/om.de.md: error: 'de' in the file name is not one of the"
                + " site's languages (nb, en)"),
        messages());
  }

  @Test
  void rejectsATranslationWithoutADefaultLanguageFile() throws IOException {
    site();
    write("pages/about.en.md", "---\ntitle: About\n---\n");
    Content c = load();
    assertEquals(
        List.of(
            "pages/about.en.md: error: a translation needs the default language's"
                + " file beside it: pages/about.md or pages/about.nb.md"),
        messages());
    assertEquals(List.of(), c.pages());
  }

  @Test
  void rejectsTwoDefaultLanguageFilesForOnePage() throws IOException {
    site();
    write("pages/om.md", "---\ntitle: Om\n---\n");
    write("pages/om.nb.md", "---\ntitle: Om\n---\n");
    load();
    assertEquals(
        List.of(
            "pages/om.nb.md: error: pages/om.nb.md and pages/om.md are both the"
                + " 'nb' text of 'om'; keep one of them"),
        messages());
  }

  @Test
  void rejectsALanguageTheSiteDoesNotList() throws IOException {
    site();
    write("pages/om.md", "---\ntitle: {nb: Om, de: Über}\n---\n");
    load();
    assertEquals(
        List.of(
            "pages/om.md:2:17: error: 'de' in title is not one of the site's"
                + " languages (nb, en)"),
        messages());
  }

  @Test
  void reportsMissingRequiredKeys() throws IOException {
    site();
    write("pages/om.md", "---\nmenu: 1\n---\n");
    load();
    assertEquals(
        List.of("pages/om.md:2:1: error: missing required key 'title' in pages/om.md"), messages());
  }

  @Test
  void warnsWhenActivitiesGoBackwardsInTime() throws IOException {
    site();
    write(
        "projects/p/project.yaml",
        """
        title: P
        status: active
        initiatives:
          - id: i
            title: I
            measures:
              - id: m
                title: M
                activities:
                  - {title: Først, deadline: 2018-03}
                  - {title: Så, deadline: 2018-01-31}
        """);
    load();
    assertEquals(
        List.of(
            "projects/p/project.yaml:11:35: warning: activity 'Så' is due"
                + " 2018-01-31, before the activity above it, 'Først' (2018-03); list activities in the"
                + " order they are due"),
        messages());
    assertTrue(!problems.hasErrors());
  }

  @Test
  void reportsAnUnknownActivityStatusWithTheAllowedOnes() throws IOException {
    site();
    projectWithActivity("deadline: 2018\nstatus: ongoing");
    load();
    assertEquals(
        List.of(
            "projects/p/project.yaml:6:13: error: unknown status 'ongoing':"
                + " write one of planned, in_progress, done, cancelled, postponed"),
        messages());
  }

  @Test
  void returnsNullWithoutSiteYaml() {
    assertNull(load());
    assertEquals(1, messages().size());
  }

  @Test
  void explainsAnUnclosedQuoteInOneSentence() throws IOException {
    write("site.yaml", SITE + "description: 'Om oss\n");
    assertNull(load());
    assertEquals(
        List.of(
            "site.yaml:7:14: error: a quoted text is never closed; end it with the"
                + " same quote it starts with"),
        messages());
  }
}
