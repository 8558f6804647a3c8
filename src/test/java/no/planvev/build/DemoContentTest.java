package no.planvev.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.planvev.diag.Problems;
import no.planvev.model.Activity;
import no.planvev.model.Content;
import no.planvev.model.FocusArea;
import no.planvev.model.LText;
import no.planvev.model.Plan;
import no.planvev.model.Project;
import no.planvev.source.ContentLoader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo site holds both seed documents completely: every goal, strategy and activity stands on
 * its right page, in bokmål as the source says it and in English.
 */
class DemoContentTest {

  private static final LocalDate DATE = LocalDate.of(2026, 11, 23);
  private static BuildResult result;
  private static Content content;

  /** The strategies of the seed, word for word, under the area each is about. */
  private static final Map<String, List<String>> STRATEGIES =
      Map.of(
          "kommunale-tjenester",
              List.of(
                  "Ved å øke kompetansen gjennom faglige samarbeid.",
                  "Ved å øke kvaliteten på kommunale tjenester gjennom gode utviklingsprosjekter.",
                  "Ved å etablere faste møtearenaer for fagledere på tvers av kommunegrensene."),
          "politisk-samarbeid",
              List.of(
                  "Ved å styrke kunnskapsgrunnlaget det politiske arbeidet bygger på.",
                  "Ved å styrke samarbeid med fylkeskommuner og andre regionråd.",
                  "Ved å samle uttalelser til høringer.",
                  "Ved å bidra til opplæring av politikere."),
          "naeringsvekst",
              List.of(
                  "Ved å utrede hindere for vekst i etablerte næringer.",
                  "Ved å etablere en felles plan og strategi for næringsvekst.",
                  "Ved å legge til rette for møte- og arbeidsarenaer for kommuner og næringsliv.",
                  "Ved å styrke samarbeid og kompetanse innen planlegging og næringsarbeid."));

  private static final Map<String, String> GOALS =
      Map.of(
          "kommunale-tjenester", "Optimal ressursbruk og tjenester med høy kvalitet.",
          "naeringsvekst",
              "Næringsveksten i Vest-Finnmark skal være på nasjonalt nivå eller høyere"
                  + " innen utgangen av planperioden.",
          "politisk-samarbeid", "Styrke regionen ved å samle kunnskap, og være en felles stemme.");

  private static final Map<String, Integer> WEIGHTS =
      Map.of("kommunale-tjenester", 25, "naeringsvekst", 25, "politisk-samarbeid", 50);

  /** Every activity of the project seed: title, responsible, deadline as shown in bokmål. */
  private static final List<List<String>> ACTIVITIES =
      List.of(
          List.of("Gjennomgå og justere tidligere opplegg", "Prosjektleder", "30. november 2017"),
          List.of("Kvalitetssikre opplegg", "Styringsgruppa", "uke 50 2017"),
          List.of("Justere opplegg", "Prosjektleder", "10. januar 2018"),
          List.of(
              "Gjennomføre test med plan- og utviklingsavdelingen",
              "Prosjektleder",
              "16. februar 2018"),
          List.of("Gjennomføre test med formannskapet", "Prosjektleder", "1. møte 2018"),
          List.of(
              "Erfaringsrapportering i styringsgruppa – eventuell justering",
              "Prosjektleder",
              "uke 9 2018"),
          List.of(
              "Gjennomføring for øvrige relevante ansatte/avdelinger og øvrige folkevalgte",
              "Prosjektleder",
              "14. april 2018"),
          List.of(
              "Erfaringsrapportering i styringsgruppa – justering og eventuelt forslag til",
              "Styringsgruppa",
              "uke 17 2018"),
          List.of(
              "Prioritere tema. Forslag: reguleringsplan", "Styringsgruppa", "22. september 2017"),
          List.of("Etablere ressursgruppe", "Prosjektleder", "29. september 2017"),
          List.of("Utvikle forslag til opplegg", "Fagansvarlig plan", "30. november 2017"),
          List.of("Kvalitetssikre opplegg", "Styringsgruppa", "uke 50 2017"),
          List.of("Gjennomføring", "Prosjektleder", "januar–februar 2018"),
          List.of("Evaluering", "Styringsgruppa", "uke 9 2018"));

  @BeforeAll
  static void build() {
    result =
        Builder.render(
            new BuildOptions(
                Path.of("content"), Path.of("templates"), Path.of("unused"), null, DATE, true));
    content = ContentLoader.load(Path.of("content"), new Problems());
  }

  private static Document page(String path) {
    byte[] bytes = result.site().generated().get(path);
    assertTrue(bytes != null, "no page " + path);
    return Jsoup.parse(new String(bytes, StandardCharsets.UTF_8));
  }

  private static String text(String path) {
    return page(path).select("main").text();
  }

  @Test
  void projectPageSaysHowCurrentTheStatusesAreAndHowFarAlong() {
    Document nb = page("nb/prosjekter/naeringsvennlig-kommune/index.html");
    String summary = nb.select("dl.summary").text();
    assertTrue(summary.contains("Status per 1. september 2017"), summary);
    assertTrue(summary.contains("0 av 14 fullført (0 %), 14 ikke rapportert"), summary);
    // The source reports nothing since September 2017: not reported, never "overdue".
    assertEquals(14, nb.select("li.activity .tag-not_reported").size());
    assertEquals(0, nb.select("li.activity .tag-overdue").size());
    String en = page("en/projects/naeringsvennlig-kommune/index.html").select("dl.summary").text();
    assertTrue(en.contains("Status as of 1 September 2017"), en);
    assertTrue(en.contains("0 of 14 done (0%), 14 not reported"), en);
    String home = text("nb/index.html");
    assertTrue(!home.contains("Forsinket"), home);
  }

  @Test
  void planPageCombinesTheFocusAreasByTheirWeightsAndShowsTheFormula() {
    Document nb = page("nb/planer/strategisk-plan/index.html");
    String areas = nb.select("ul.progress-areas").text();
    assertTrue(areas.contains("Næringsvekst (Andel 25 %): 0 %"), areas);
    assertTrue(areas.contains("Kommunale tjenester (Andel 25 %): ingen prosjekter ennå"), areas);
    String main = nb.select("main").text();
    assertTrue(main.contains("Planen samlet: 0 %"), main);
    assertTrue(main.contains("summen av andel × framdrift delt på summen av andelene"), main);
  }

  @Test
  void everyDemoActivityHasAnIdUniqueInItsProjectAndSharedTitlesAreToldApart() {
    for (Project p : content.projects()) {
      List<String> ids = p.allActivities().stream().map(Activity::id).toList();
      assertEquals(ids.size(), new java.util.HashSet<>(ids).size(), p.id() + ": " + ids);
      ids.forEach(id -> assertTrue(id.matches("[a-z0-9]+(-[a-z0-9]+)*"), id));
    }
    List<String> ids =
        content.projects().get(0).allActivities().stream().map(Activity::id).toList();
    assertTrue(ids.contains("naeringsvennlig-kommune-kurs-kvalitetssikre-opplegg"), ids::toString);
    assertTrue(ids.contains("effektiv-soknadsprosess-kvalitetssikre-opplegg"), ids::toString);
    assertTrue(ids.contains("gjennomga-og-justere-tidligere-opplegg"), ids::toString);
  }

  @Test
  void buildsWithoutAnyWarning() {
    assertEquals(List.of(), result.problems().all());
  }

  @Test
  void planPageHoldsMainGoalStrategyAndEveryAreaWithWeight() {
    String plan = text("nb/planer/strategisk-plan/index.html");
    assertTrue(plan.contains("Økt tjenestekvalitet og næringsvekst i kommunene i Vest-Finnmark"));
    assertTrue(plan.contains("Nytenking i kommunene"));
    assertTrue(
        plan.contains(
            "Drive fram resultater gjennom konkrete samarbeidsprosjekter, og ved"
                + " å fokusere på etablert næringsliv."));
    for (var e : GOALS.entrySet()) {
      assertTrue(plan.contains(e.getValue()), e.getKey());
      assertTrue(plan.contains(WEIGHTS.get(e.getKey()) + " %"), e.getKey() + " weight");
    }
    assertTrue(plan.contains("Rådmennene i kommunene"), "organisation");
  }

  @Test
  void everyStrategyStandsOnItsOwnAreaPageOnly() {
    for (var e : STRATEGIES.entrySet()) {
      String own = text("nb/planer/strategisk-plan/" + e.getKey() + "/index.html");
      assertTrue(own.contains(GOALS.get(e.getKey())), e.getKey() + " goal");
      for (String s : e.getValue()) {
        assertTrue(own.contains(s), e.getKey() + ": " + s);
        for (String other : STRATEGIES.keySet()) {
          if (other.equals(e.getKey())) continue;
          assertTrue(
              !text("nb/planer/strategisk-plan/" + other + "/index.html").contains(s),
              s + " also under " + other);
        }
      }
    }
    assertEquals(11, STRATEGIES.values().stream().mapToInt(List::size).sum());
  }

  @Test
  void areaPagesCarryTheDescriptiveSections() {
    assertTrue(
        text("nb/planer/strategisk-plan/kommunale-tjenester/index.html")
            .contains("Gode kommunale tjenester er en grunnpilar"));
    assertTrue(
        text("nb/planer/strategisk-plan/politisk-samarbeid/index.html")
            .contains("Vest-Finnmark regionråd skal samle og formidle faktagrunnlag og analyser"));
    assertTrue(
        text("nb/planer/strategisk-plan/naeringsvekst/index.html")
            .contains("Kommunene har ingen lovpålagte oppgaver innen næringsutvikling."));
  }

  @Test
  void projectPageListsEveryActivityWithResponsibleAndDeadline() {
    Document doc = page("nb/prosjekter/naeringsvennlig-kommune/index.html");
    String all = doc.select("main").text();
    assertEquals(14, ACTIVITIES.size());
    for (List<String> a : ACTIVITIES) {
      assertTrue(all.contains(a.get(0)), "activity " + a.get(0));
      boolean found =
          doc.select("main *").stream()
              .filter(el -> el.ownText().contains(a.get(0)) || el.text().startsWith(a.get(0)))
              .anyMatch(
                  el -> {
                    var card = el.closest("li, article, section, tr, div");
                    return card != null
                        && card.text().contains(a.get(1))
                        && card.text().contains(a.get(2));
                  });
      assertTrue(found, "responsible and deadline beside " + a.get(0));
    }
    for (String member :
        List.of("Fagansvarlig plan", "Utbyggerrepresentant", "Konsulentrepresentant")) {
      assertTrue(all.contains(member), "resource group member " + member);
    }
    for (String initiative :
        List.of(
            "Kompetanseheving",
            "Informasjon og kommunikasjon mellom kommune og næringsliv",
            "Forutsigbar næringspolitikk",
            "Næringsarealer")) {
      assertTrue(all.contains(initiative), initiative);
    }
    assertTrue(all.contains("pappaperm"), "why initiative 3 waits");
    assertTrue(all.contains("arealdel"), "why initiative 5 waits");
    assertTrue(
        all.contains("31. november") && all.contains("14. april 2017"),
        "the visible note on the two date slips");
  }

  @Test
  void englishPagesHaveATranslationOfEveryPlanAndProjectText() {
    Plan plan = content.plan("strategisk-plan").orElseThrow();
    String en = text("en/plans/strategisk-plan/index.html");
    assertTrue(en.contains(english(plan.mainGoal())));
    for (FocusArea area : plan.focusAreas()) {
      String areaPage = text("en/plans/strategisk-plan/" + area.id() + "/index.html");
      assertTrue(areaPage.contains(english(area.goal())), area.id());
      for (LText s : area.strategies()) assertTrue(areaPage.contains(english(s)), english(s));
    }
    Project project = content.projects().get(0);
    String projectPage = text("en/projects/naeringsvennlig-kommune/index.html");
    assertEquals(14, project.allActivities().size());
    for (Activity a : project.allActivities()) {
      assertTrue(projectPage.contains(english(a.title())), english(a.title()));
      assertTrue(projectPage.contains(english(a.responsible())), english(a.responsible()));
    }
    assertTrue(
        page("en/projects/naeringsvennlig-kommune/index.html").select("main [lang=nb]").isEmpty(),
        "no Norwegian fallback text on the English page");
  }

  private static String english(LText t) {
    return t.get("en").orElseThrow(() -> new AssertionError("no English for " + t));
  }
}
