package no.planvev.output;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.planvev.diag.SourcePos;
import no.planvev.model.Activity;
import no.planvev.model.ActivityStatus;
import no.planvev.model.Adoption;
import no.planvev.model.AreaRef;
import no.planvev.model.Content;
import no.planvev.model.Deadline;
import no.planvev.model.Deadlines;
import no.planvev.model.Document;
import no.planvev.model.FocusArea;
import no.planvev.model.Hearing;
import no.planvev.model.HearingStatus;
import no.planvev.model.Initiative;
import no.planvev.model.InitiativeStatus;
import no.planvev.model.LText;
import no.planvev.model.Language;
import no.planvev.model.Measure;
import no.planvev.model.Plan;
import no.planvev.model.Project;
import no.planvev.model.ProjectStatus;
import no.planvev.model.Publisher;
import no.planvev.model.SiteConfig;

/**
 * A small bilingual (nb + en) site built by hand: one plan with three focus areas, one project
 * whose activities use every deadline form (date, week, month, quarter, year, interval, free text),
 * and three hearings. Texts hold æøå, long titles and the characters iCalendar escapes.
 */
public final class TestContent {

  public static final LocalDate BUILD_DATE = LocalDate.of(2018, 1, 20);
  public static final String LONG_TITLE =
      "Utarbeide felles søknadsprosess for næringsfond og"
          + " kompetansemidler i alle åtte kommunene, med høring; revisjon, og «ærlig» økonomi\\plan";

  private TestContent() {}

  public static LText nb(String nb) {
    return LText.of("nb", nb);
  }

  public static LText t(String nb, String en) {
    return new LText(Map.of("nb", nb)).with("en", en);
  }

  public static Deadline d(String text) {
    try {
      return Deadlines.parse(text);
    } catch (Deadlines.InvalidDeadline e) {
      throw new IllegalArgumentException(e);
    }
  }

  static SourcePos pos(String path) {
    return SourcePos.file(path);
  }

  public static SiteConfig site() {
    return new SiteConfig(
        t("Vest-Finnmark regionråd", "West Finnmark Regional Council"),
        t("Planer, prosjekter og høringer", "Plans, projects and hearings"),
        "https://plan.example.no/",
        List.of(new Language("nb", "Norsk bokmål"), new Language("en", "English")),
        new Publisher(
            t("Vest-Finnmark regionråd", "West Finnmark Regional Council"),
            "https://www.example.no/",
            "post@example.no"),
        "https://uustatus.no/nb/erklaringer/publisert/x",
        Map.of("projects", t("prosjekter", "projects"), "hearings", t("horinger", "hearings")),
        null,
        null);
  }

  public static Plan plan() {
    String p = "plans/regional-plan/plan.yaml";
    return new Plan(
        "regional-plan",
        null,
        pos(p),
        t("Strategisk næringsplan 2016–2019", "Strategic business plan 2016–2019"),
        d("2016/2019"),
        nb("Regionrådet"),
        new Adoption(LocalDate.of(2016, 6, 15), nb("Regionrådet, sak 12/16")),
        t("Flere arbeidsplasser", "More jobs"),
        new Plan.MainStrategy(
            t("Samarbeid", "Cooperation"), t("Vi *samarbeider*.", "We *cooperate*.")),
        List.of(
            new FocusArea(
                "kommunale-tjenester",
                null,
                pos(p),
                t("Kommunale tjenester", "Municipal services"),
                25,
                t("Gode tjenester", "Good services"),
                List.of(t("Ved å dele", "By sharing")),
                LText.EMPTY,
                List.of()),
            new FocusArea(
                "naering",
                t("næring", "business"),
                pos(p),
                t("Næringsutvikling", "Business development"),
                50,
                t("Vekst", "Growth"),
                List.of(nb("Ved å satse"), nb("Ved å søke")),
                nb("Brødtekst"),
                List.of()),
            new FocusArea(
                "samferdsel",
                null,
                pos(p),
                nb("Samferdsel"),
                25,
                nb("Bedre veier"),
                List.of(),
                LText.EMPTY,
                List.of())),
        List.of(new Plan.OrgUnit(nb("Styringsgruppa"), nb("Ordførerne"), nb("Leder arbeidet"))),
        t("Innledning", "Introduction"),
        null);
  }

  static Activity act(String title, String deadline, ActivityStatus status) {
    return act(nb(title), nb("Rådmannen"), d(deadline), status);
  }

  static Activity act(LText title, LText responsible, Deadline deadline, ActivityStatus status) {
    return new Activity(
        pos("projects/kompetanse/project.yaml"),
        no.planvev.model.ActivityIds.fromTitle(title, "nb"),
        title,
        responsible,
        deadline,
        null,
        status,
        null,
        List.of(),
        null,
        List.of());
  }

  public static Project project() {
    String p = "projects/kompetanse/project.yaml";
    Activity freeText =
        act(
            t("Rapport til styret", "Report to the board"),
            nb("Prosjektleder"),
            new Deadline.Text(t("Før sommeren 2018", "Before summer 2018"), d("2018-06")),
            ActivityStatus.PLANNED);
    Activity withNote =
        new Activity(
            pos(p),
            "with-note",
            t(LONG_TITLE, "Joint application process, with a" + " hearing; revision, and more"),
            t("Næringssjefene, Hammerfest; Alta", "Heads of business"),
            d("2017-11-30"),
            d("2017-09"),
            ActivityStatus.DONE,
            t("Første linje\nAndre linje, med komma", "First line\nSecond line"),
            List.of(nb("Alta kommune"), nb("Hammerfest kommune")),
            null,
            List.of());
    Initiative kompetanse =
        new Initiative(
            "kompetanseheving",
            pos(p),
            2,
            t("Kompetanseheving", "Competence building"),
            InitiativeStatus.ACTIVE,
            null,
            nb("Sammendrag"),
            List.of(
                new Measure(
                    "effektiv-soknadsprosess",
                    pos(p),
                    t("Effektiv søknadsprosess", "Efficient applications"),
                    nb("Tiltak"),
                    List.of(
                        withNote,
                        act("Kartlegge behov i uke 50", "2017-W50", ActivityStatus.IN_PROGRESS),
                        act("Seminar i februar", "2018-02", ActivityStatus.PLANNED))),
                new Measure(
                    "kurs",
                    pos(p),
                    nb("Kurs"),
                    LText.EMPTY,
                    List.of(
                        act("Kurs for saksbehandlere", "2018-Q1", ActivityStatus.CANCELLED),
                        act("Evaluering", "2018-01/2018-02", ActivityStatus.POSTPONED)))),
            List.of(act("Oppstartsmøte", "2017-09-15", ActivityStatus.DONE)));
    Initiative venter =
        new Initiative(
            "arealplan",
            pos(p),
            null,
            nb("Arealplan"),
            InitiativeStatus.POSTPONED,
            nb("Avventer ny arealdel til kommuneplanen"),
            LText.EMPTY,
            List.of(),
            List.of(act("Ny arealdel", "2019", ActivityStatus.PLANNED)));
    return new Project(
        "kompetanse",
        null,
        pos(p),
        t("Kompetanseløft i Vest-Finnmark", "Competence boost in West Finnmark"),
        nb("Hammerfest kommune"),
        nb("Kari Nordmann"),
        d("2017-09/2018-04"),
        nb("Fase 2 – forprosjekt"),
        ProjectStatus.ACTIVE,
        List.of(new AreaRef("regional-plan", "naering", pos(p))),
        t("Et **prosjekt**.", "A **project**."),
        List.of(kompetanse, venter),
        List.of(freeText),
        t("Intro", "Intro"),
        null,
        null,
        null);
  }

  public static List<Hearing> hearings() {
    return List.of(
        new Hearing(
            "okonomiplan",
            null,
            pos("hearings/okonomiplan.nb.md"),
            t("Høring – økonomiplan 2018–2021", "Hearing – economic plan 2018–2021"),
            nb("Finnmark fylkeskommune"),
            "17/1234",
            LocalDate.of(2017, 10, 1),
            d("2018-01-15"),
            HearingStatus.ANSWERED,
            "https://www.example.org/horing/17-1234",
            new Adoption(LocalDate.of(2018, 1, 10), nb("Regionrådet, sak 05/18")),
            List.of(
                new Document(t("Uttalelse", "Statement"), "assets/uttalelse.pdf", pos("h")),
                new Document(nb("Høringsnotat"), "https://www.example.org/notat.pdf", pos("h"))),
            List.of(new AreaRef("regional-plan", "naering", pos("h"))),
            t("Vår uttalelse.", "Our statement."),
            null,
            null,
            null,
            null,
            null),
        new Hearing(
            "vegnett",
            null,
            pos("hearings/vegnett.nb.md"),
            nb("Høring om vegnett, ferjer og «hurtigbåt»"),
            nb("Statens vegvesen"),
            null,
            LocalDate.of(2017, 12, 1),
            d("2018-W06"),
            HearingStatus.OPEN,
            null,
            null,
            List.of(),
            List.of(),
            LText.EMPTY,
            null,
            null,
            null,
            null,
            null),
        new Hearing(
            "fiskeri",
            t("fiskeri", "fisheries"),
            pos("hearings/fiskeri.nb.md"),
            t("Høring – fiskeripolitikk", "Hearing – fisheries policy"),
            t("Nærings- og fiskeridepartementet", "Ministry of Trade, Industry and Fisheries"),
            "17/99",
            LocalDate.of(2017, 6, 1),
            d("2017-09"),
            HearingStatus.CLOSED,
            null,
            null,
            List.of(),
            List.of(),
            LText.EMPTY,
            null,
            null,
            null,
            null,
            null));
  }

  /** The whole fixture site. */
  public static Content content() {
    return new Content(
        site(), List.of(plan()), List.of(project()), hearings(), List.of(), List.of());
  }
}
