package no.planvev.bench;

import java.util.List;
import java.util.SplittableRandom;

/** Word lists for plausible Norwegian and English filler text (with æøå in the Norwegian). */
final class Words {

  private static final Words NB = new Words(List.of(
      "kommune", "tjenester", "næringsliv", "samarbeid", "plan", "strategi", "utvikling",
      "regionråd", "kompetanse", "innbyggere", "høring", "uttalelse", "prosjekt", "tiltak",
      "aktivitet", "frist", "styringsgruppe", "politikere", "ansatte", "økonomi", "budsjett",
      "kvalitet", "ressurser", "området", "fylkeskommune", "departementet", "arbeidet",
      "grunnlag", "kunnskap", "nettverk", "møteplass", "næringsvekst", "arealplan", "søknad",
      "behandling", "reguleringsplan", "veileder", "rapport", "evaluering", "oppfølging",
      "digitalisering", "helse", "omsorg", "skole", "barnehage", "vei", "havn", "fiskeri",
      "reiseliv", "energi", "mineraler", "klima", "miljø", "beredskap", "bosetting", "ungdom",
      "rekruttering", "lønnsomhet", "forutsigbarhet", "åpenhet", "dialog", "innspill",
      "medvirkning", "høringsfrist", "vedtak", "saksbehandling", "forprosjekt", "fase",
      "gjennomføring", "resultater", "mål", "hovedmål", "satsingsområde", "fellesskap",
      "region", "kystsamfunn", "bygd", "by", "sentrum", "infrastruktur", "bredbånd",
      "samferdsel", "kollektivtrafikk", "næringsareal", "utbygger", "konsulent", "plankontor",
      "økt", "bedre", "felles", "regional", "kommunal", "nasjonal", "viktig", "konkret", "ny",
      "langsiktig", "effektiv", "god", "sterk", "tydelig", "åpen", "digital", "grønn", "trygg",
      "skal", "vil", "kan", "bør", "må", "gir", "styrker", "utvikler", "samler", "vurderer",
      "prioriterer", "gjennomfører", "etablerer", "følger", "legger", "bidrar", "sikrer",
      "for", "med", "i", "på", "til", "av", "om", "gjennom", "mellom", "innen", "etter", "og",
      "eller", "som", "der", "når", "slik", "også", "særlig", "fortsatt", "samtidig"),
      List.of("Regionrådet", "Kommunen", "Styringsgruppa", "Prosjektleder", "Fylkeskommunen",
          "Arbeidet", "Planen", "Tiltaket", "Næringslivet", "Innbyggerne"));

  private static final Words EN = new Words(List.of(
      "municipality", "services", "business", "cooperation", "plan", "strategy", "development",
      "council", "competence", "residents", "consultation", "response", "project", "measure",
      "activity", "deadline", "steering", "group", "politicians", "employees", "economy",
      "budget", "quality", "resources", "area", "county", "ministry", "work", "basis",
      "knowledge", "network", "meeting", "growth", "zoning", "application", "processing",
      "guidance", "report", "evaluation", "follow-up", "digitalisation", "health", "care",
      "school", "kindergarten", "road", "harbour", "fisheries", "tourism", "energy", "minerals",
      "climate", "environment", "preparedness", "settlement", "youth", "recruitment",
      "profitability", "predictability", "openness", "dialogue", "input", "participation",
      "decision", "casework", "pre-project", "phase", "delivery", "results", "goal", "region",
      "coast", "village", "town", "centre", "infrastructure", "broadband", "transport",
      "developer", "consultant", "office", "higher", "better", "common", "regional", "municipal",
      "national", "important", "concrete", "new", "long-term", "efficient", "good", "strong",
      "clear", "open", "digital", "green", "safe", "shall", "will", "can", "should", "must",
      "gives", "strengthens", "develops", "gathers", "assesses", "prioritises", "delivers",
      "establishes", "follows", "supports", "ensures", "for", "with", "in", "on", "to", "of",
      "about", "through", "between", "within", "after", "and", "or", "that", "where", "when",
      "so", "also", "especially", "still", "meanwhile"),
      List.of("The council", "The municipality", "The steering group", "The project manager",
          "The county", "The work", "The plan", "The measure", "Business", "Residents"));

  private final List<String> words;
  private final List<String> subjects;

  private Words(List<String> words, List<String> subjects) {
    this.words = words;
    this.subjects = subjects;
  }

  static Words of(String lang) {
    return lang.equals("nb") ? NB : EN;
  }

  String word(SplittableRandom r) {
    return words.get(r.nextInt(words.size()));
  }

  String phrase(SplittableRandom r, int n) {
    StringBuilder s = new StringBuilder(word(r));
    for (int i = 1; i < n; i++) s.append(' ').append(word(r));
    return s.toString();
  }

  /** A sentence of 8–20 words, starting with a subject and ending with a full stop. */
  String sentence(SplittableRandom r) {
    String s = subjects.get(r.nextInt(subjects.size())) + " " + phrase(r, 7 + r.nextInt(13));
    if (r.nextInt(4) == 0) {
      int comma = s.indexOf(' ', s.length() / 2);
      if (comma > 0) s = s.substring(0, comma) + "," + s.substring(comma);
    }
    return s + ".";
  }

  /** A word as a URL segment: æøå spelled out. */
  static String ascii(String word) {
    return word.replace("æ", "ae").replace("ø", "o").replace("å", "a");
  }
}
