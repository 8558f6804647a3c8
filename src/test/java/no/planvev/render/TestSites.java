package no.planvev.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.planvev.diag.SourcePos;
import no.planvev.model.Activity;
import no.planvev.model.ActivityStatus;
import no.planvev.model.Adoption;
import no.planvev.model.AreaRef;
import no.planvev.model.Asset;
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
import no.planvev.model.Page;
import no.planvev.model.Plan;
import no.planvev.model.Project;
import no.planvev.model.ProjectStatus;
import no.planvev.model.Publisher;
import no.planvev.model.SiteConfig;
import no.planvev.theme.Theme;

/** Small but complete sites built by hand, and the UI strings from templates/i18n. */
final class TestSites {

  /** The build date the tests render with. */
  static final LocalDate TODAY = LocalDate.of(2018, 1, 20);

  static final Path TEMPLATES = Path.of("templates");

  /** The built-in theme (the jar's copy of templates/). */
  static final Theme THEME = Theme.builtIn();

  private TestSites() {}

  static LText nb(String nb) {
    return LText.of("nb", nb);
  }

  static LText t(String nb, String en) {
    return new LText(new LinkedHashMap<>(Map.of("nb", nb, "en", en)));
  }

  static Deadline d(String s) {
    try {
      return Deadlines.parse(s);
    } catch (Deadlines.InvalidDeadline e) {
      throw new IllegalArgumentException(e);
    }
  }

  static SourcePos pos(String path) {
    return SourcePos.file(path);
  }

  static Activity activity(String title, String deadline, String start, ActivityStatus status) {
    return new Activity(
        pos("projects/digital/project.yaml"),
        no.planvev.model.ActivityIds.fromTitle(nb(title), "nb"),
        t(title, title + " (en)"),
        t("Rådgiver", "Adviser"),
        d(deadline),
        start == null ? null : d(start),
        status,
        null,
        List.of(),
        null,
        List.of());
  }

  /** nb (default) + en; one plan, one project, three hearings, two pages. */
  static Content site() {
    Map<String, LText> sections = new TreeMap<>();
    sections.put("plans", t("planer", "plans"));
    sections.put("projects", t("prosjekter", "projects"));
    sections.put("hearings", t("horinger", "hearings"));
    sections.put("timeline", t("tidslinje", "timeline"));
    SiteConfig site =
        new SiteConfig(
            t("Vest-Finnmark regionråd", "West Finnmark Regional Council"),
            nb("Plan, prosjekter og høringer i regionen."),
            "https://plan.example.no/",
            List.of(new Language("nb", "Norsk bokmål"), new Language("en", "English")),
            new Publisher(
                t("Vest-Finnmark regionråd", "West Finnmark Regional Council"),
                "https://example.no/",
                "post@example.no"),
            "https://uustatus.no/nb/erklaringer/publisert/123",
            sections,
            null,
            null);

    List<FocusArea> areas =
        List.of(
            new FocusArea(
                "tjenester",
                null,
                pos("plans/vest/plan.yaml"),
                t("Kommunale tjenester", "Municipal services"),
                50,
                t("Gode tjenester", "Good services"),
                List.of(
                    t("samarbeide om tjenester", "cooperating on services"), nb("dele kompetanse")),
                t("# Om tjenestene\n\nTekst.\n\n### Detaljer\n\nMer.", "# About\n\nText."),
                List.of()),
            new FocusArea(
                "naering",
                null,
                pos("plans/vest/plan.yaml"),
                t("Næringsutvikling", "Business development"),
                30,
                nb("Flere arbeidsplasser"),
                List.of(),
                LText.EMPTY,
                List.of()),
            new FocusArea(
                "samferdsel",
                null,
                pos("plans/vest/plan.yaml"),
                t("Samferdsel", "Transport"),
                20,
                t("Bedre veier", "Better roads"),
                List.of(),
                LText.EMPTY,
                List.of()));
    String intro =
        "# Bakgrunn\n\nPlanen bygger på [om oss](../../om/).\n\n"
            + "## Tabell\n\n| Område | Andel |\n|---|---|\n| Tjenester | 50 |\n\n"
            + "<script>alert('x')</script>\n\n<img src=x onerror=alert(1)>\n\n"
            + "[farlig](javascript:alert(1)) [vb](vbscript:msgbox) ![bilde](data:image/png;base64,AAAA)"
            + " [trygg](https://example.no/)\n";
    Plan plan =
        new Plan(
            "vest",
            null,
            pos("plans/vest/plan.yaml"),
            t("Regional plan 2016–2019", "Regional plan 2016–2019"),
            d("2016/2019"),
            t("Regionrådet", "The regional council"),
            new Adoption(LocalDate.of(2016, 6, 15), nb("Regionrådet, sak 12/16")),
            t("Sterke kommuner i en levende region", "Strong municipalities in a living region"),
            new Plan.MainStrategy(
                t("Samarbeid", "Cooperation"),
                t("Vi **samarbeider** der det lønner seg.", "We **cooperate** where it pays.")),
            areas,
            List.of(
                new Plan.OrgUnit(
                    t("Styringsgruppa", "Steering group"),
                    nb("Ordførerne"),
                    t("Leder arbeidet.", "Leads the work."))),
            t(intro, "# Background\n\nThe plan.\n"),
            null);

    Initiative kompetanse =
        new Initiative(
            "kompetanse",
            pos("projects/digital/project.yaml"),
            1,
            t("Kompetanseheving", "Skills"),
            InitiativeStatus.ACTIVE,
            null,
            t("Vi lærer *sammen*.", "We learn *together*."),
            List.of(
                new Measure(
                    "kurs",
                    pos("projects/digital/project.yaml"),
                    t("Kurs", "Courses"),
                    t("Kurs for ansatte.", "Courses for staff."),
                    List.of(
                        activity("Kursplan", "2017-11-30", null, ActivityStatus.DONE),
                        activity("Kurs uke", "2017-W50", null, ActivityStatus.PLANNED),
                        activity("Kurs i februar", "2018-02", null, ActivityStatus.IN_PROGRESS))),
                new Measure(
                    "nettverk",
                    pos("projects/digital/project.yaml"),
                    t("Nettverk", "Network"),
                    nb("Faglige nettverk."),
                    List.of(
                        activity("Nettverksmøte", "2018-Q1", null, ActivityStatus.PLANNED),
                        new Activity(
                            pos("projects/digital/project.yaml"),
                            "arsrapport",
                            nb("Årsrapport"),
                            nb("Sekretariatet"),
                            d("2018"),
                            null,
                            ActivityStatus.PLANNED,
                            nb("Leveres til styret"),
                            List.of(nb("Anne"), nb("Per")),
                            null,
                            List.of())))),
            List.of(
                activity("Kartlegging", "2018-01/2018-02", "2017-12", ActivityStatus.IN_PROGRESS)));
    Initiative areal =
        new Initiative(
            "areal",
            pos("projects/digital/project.yaml"),
            2,
            t("Arealplan", "Land use"),
            InitiativeStatus.POSTPONED,
            nb("Avventer ny arealdel til kommuneplanen"),
            null,
            List.of(),
            List.of(
                activity("Avlyst møte", "2017-12-01", null, ActivityStatus.CANCELLED),
                activity("Utsatt analyse", "2017-12-15", null, ActivityStatus.POSTPONED)));
    Project project =
        new Project(
            "digital",
            null,
            pos("projects/digital/project.yaml"),
            t("Digital region", "Digital region"),
            nb("Sør-Varanger kommune"),
            nb("Kari Nordmann"),
            d("2017-09/2018-12"),
            nb("Fase 2 – forprosjekt"),
            ProjectStatus.ACTIVE,
            List.of(new AreaRef("vest", "tjenester", pos("projects/digital/project.yaml"))),
            t("Felles digitale tjenester.", "Shared digital services."),
            List.of(kompetanse, areal),
            List.of(
                new Activity(
                    pos("projects/digital/project.yaml"),
                    "sluttrapport",
                    t("Sluttrapport", "Final report"),
                    t("Prosjektleder", "Project manager"),
                    new Deadline.Text(t("Før sommeren", "Before the summer"), d("2018-06")),
                    null,
                    ActivityStatus.PLANNED,
                    null,
                    List.of(),
                    null,
                    List.of())),
            t("## Mål\n\nTekst om prosjektet.", "## Goal\n\nAbout the project."),
            null,
            null,
            null);

    List<Hearing> hearings =
        List.of(
            new Hearing(
                "arealdel",
                null,
                pos("hearings/arealdel.nb.md"),
                t("Høring – arealdel", "Hearing – land use"),
                nb("Kommunal- og moderniseringsdepartementet"),
                "17/1234",
                LocalDate.of(2017, 12, 1),
                d("2018-02-15"),
                HearingStatus.OPEN,
                "https://www.regjeringen.no/horing",
                null,
                List.of(
                    new Document(
                        t("Høringsnotat", "Consultation paper"),
                        "assets/notat.pdf",
                        pos("hearings/arealdel.nb.md"))),
                List.of(new AreaRef("vest", "tjenester", pos("hearings/arealdel.nb.md"))),
                LText.EMPTY,
                null,
                null,
                null,
                null,
                null),
            new Hearing(
                "helse",
                null,
                pos("hearings/helse.nb.md"),
                t("Høring – helse", "Hearing – health"),
                nb("Helsedirektoratet"),
                null,
                LocalDate.of(2017, 10, 1),
                d("2017-12-01"),
                HearingStatus.ANSWERED,
                "https://www.helsedirektoratet.no/h",
                new Adoption(LocalDate.of(2017, 11, 28), nb("Regionrådet, sak 05/17")),
                List.of(
                    new Document(
                        nb("Uttalelse"),
                        "https://example.no/uttalelse.pdf",
                        pos("hearings/helse.nb.md"))),
                List.of(),
                t("Vi støtter forslaget.\n\n# Begrunnelse\n\nFordi.", "We support it."),
                null,
                null,
                null,
                null,
                null),
            new Hearing(
                "vei",
                null,
                pos("hearings/vei.nb.md"),
                nb("Høring – veier"),
                nb("Statens vegvesen"),
                null,
                LocalDate.of(2017, 8, 1),
                d("2017-10-01"),
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

    List<Page> pages =
        List.of(
            new Page(
                "kontakt",
                null,
                pos("pages/kontakt.nb.md"),
                t("Kontakt", "Contact"),
                20,
                null,
                t("Skriv til oss.", "Write to us.")),
            new Page(
                "om",
                null,
                pos("pages/om.nb.md"),
                nb("Om regionrådet"),
                10,
                nb("Hvem vi er."),
                nb("Vi er et **regionråd**.\n\nSe [kontakt](../kontakt/).")));
    List<Asset> assets =
        List.of(new Asset("assets/notat.pdf", Path.of("content/assets/notat.pdf")));
    return new Content(site, List.of(plan), List.of(project), hearings, pages, assets);
  }

  /** lang → key → text from templates/i18n/*.yaml (flat {@code key: "value"} lines). */
  static Map<String, Map<String, String>> ui() {
    Map<String, Map<String, String>> all = new TreeMap<>();
    for (String lang : List.of("nb", "nn", "se", "en")) {
      all.put(lang, uiFile(TEMPLATES.resolve("i18n/" + lang + ".yaml")));
    }
    return all;
  }

  static Map<String, String> uiFile(Path file) {
    Map<String, String> m = new TreeMap<>();
    try {
      for (String line : Files.readAllLines(file)) {
        if (line.isBlank() || line.startsWith("#")) continue;
        int colon = line.indexOf(':');
        String value = line.substring(colon + 1).strip();
        if (value.startsWith("\"")) value = value.substring(1, value.indexOf('"', 1));
        m.put(line.substring(0, colon).strip(), value);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return m;
  }
}
