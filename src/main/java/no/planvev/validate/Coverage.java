package no.planvev.validate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.planvev.diag.Catalog;
import no.planvev.model.Activity;
import no.planvev.model.Body;
import no.planvev.model.Content;
import no.planvev.model.Document;
import no.planvev.model.FocusArea;
import no.planvev.model.Hearing;
import no.planvev.model.Initiative;
import no.planvev.model.LText;
import no.planvev.model.Measure;
import no.planvev.model.Page;
import no.planvev.model.Plan;
import no.planvev.model.Project;

/**
 * How much of the site's text exists in each language: per language, the texts present out of every
 * text written in any language (titles, summaries, bodies; not slugs).
 */
public record Coverage(int total, Map<String, Integer> present) {

  public Coverage {
    present = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(present));
  }

  /** Counts every text of {@code content}, languages in site order. */
  public static Coverage of(Content content) {
    List<LText> texts = new ArrayList<>();
    var s = content.site();
    add(texts, s.title(), s.description());
    if (s.publisher() != null) add(texts, s.publisher().name());
    for (Plan p : content.plans()) {
      add(texts, p.title(), p.owner(), p.mainGoal(), p.intro());
      if (p.adopted() != null) add(texts, p.adopted().by());
      if (p.mainStrategy() != null) add(texts, p.mainStrategy().title(), p.mainStrategy().text());
      for (FocusArea a : p.focusAreas()) {
        add(texts, a.title(), a.goal(), a.body());
        texts.addAll(a.strategies());
      }
      for (Plan.OrgUnit o : p.organisation()) add(texts, o.body(), o.members(), o.role());
    }
    for (Project p : content.projects()) {
      add(texts, p.title(), p.owner(), p.manager(), p.phase(), p.summary(), p.intro());
      for (Initiative i : p.initiatives()) {
        add(texts, i.title(), i.statusNote(), i.summary());
        for (Measure m : i.measures()) add(texts, m.title(), m.summary());
      }
      for (Activity a : p.allActivities()) {
        add(texts, a.title(), a.responsible(), a.note());
        texts.addAll(a.participants());
      }
    }
    for (Hearing h : content.hearings()) {
      add(texts, h.title(), h.issuer(), h.body());
      if (h.statement() != null) add(texts, h.statement().by());
      for (Document d : h.documents()) add(texts, d.title());
    }
    List<Body> bodies = new ArrayList<>();
    for (Page p : content.pages()) {
      add(texts, p.title(), p.summary());
      if (!p.body().isEmpty()) bodies.add(p.body());
    }
    List<LText> nonEmpty = texts.stream().filter(t -> t != null && !t.isEmpty()).toList();
    Map<String, Integer> present = new LinkedHashMap<>();
    for (String lang : content.site().languageCodes()) {
      present.put(
          lang,
          (int) nonEmpty.stream().filter(t -> t.has(lang)).count()
              + (int) bodies.stream().filter(b -> b.has(lang)).count());
    }
    return new Coverage(nonEmpty.size() + bodies.size(), present);
  }

  private static void add(List<LText> texts, LText... more) {
    for (LText t : more) {
      if (t != null) texts.add(t);
    }
  }

  /** The table printed after a build, in {@code lang} ({@code en} or {@code nb}). */
  public String table(String lang) {
    StringBuilder sb = new StringBuilder(Catalog.pattern(lang, "coverage.title")).append('\n');
    for (Map.Entry<String, Integer> e : present.entrySet()) {
      int n = e.getValue();
      // Round down so that 99.6 % never shows as 100 % while a text is missing.
      int percent = total == 0 ? 100 : (int) Math.floor(n * 100.0 / total);
      sb.append(
          String.format(Locale.ROOT, "  %-6s %5d / %-5d %3d %%%n", e.getKey(), n, total, percent));
    }
    return sb.toString();
  }
}
