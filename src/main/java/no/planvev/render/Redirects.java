package no.planvev.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.planvev.model.Content;
import no.planvev.model.FocusArea;
import no.planvev.model.Hearing;
import no.planvev.model.LText;
import no.planvev.model.Page;
import no.planvev.model.Plan;
import no.planvev.model.Project;
import no.planvev.model.Urls;

/**
 * Old addresses that keep working. A page whose {@code slug:} gives a language its own word ({@code
 * /en/about/}) was at the default language's word before ({@code /en/om/}); links and embeds out
 * there still point there. Each such address gets a small page that sends the reader on (meta
 * refresh, a canonical link and a plain link), and so does its embed version. An old address that
 * is now another page's is left to that page.
 */
final class Redirects {

  /** From the old site path {@code from} to the page now at {@code to} (titled {@code title}). */
  record Redirect(String from, String to, String lang, LText title) {}

  private Redirects() {}

  /** Every redirect of the site, sorted by {@code from}; none lands on a path in {@code taken}. */
  static List<Redirect> of(Content content, Urls urls, List<String> langs, Set<String> taken) {
    String def = content.site().defaultLanguage();
    Found found = new Found(taken);
    for (String lang : langs) {
      for (Page p : content.pages()) {
        String old = lang + "/" + word(p.slug(), p.id(), def) + "/";
        found.add(old, urls.page(p, lang), lang, p.title());
      }
      for (Project p : content.projects()) {
        String old = urls.projects(lang) + word(p.slug(), p.id(), def) + "/";
        found.add(old, urls.project(p, lang), lang, p.title());
      }
      for (Hearing h : content.hearings()) {
        String old = urls.hearings(lang) + word(h.slug(), h.id(), def) + "/";
        found.add(old, urls.hearing(h, lang), lang, h.title());
      }
      for (Plan p : content.plans()) {
        String oldPlan = urls.plans(lang) + word(p.slug(), p.id(), def) + "/";
        found.add(oldPlan, urls.plan(p, lang), lang, p.title());
        for (FocusArea a : p.focusAreas()) {
          String old = oldPlan + word(a.slug(), a.id(), def) + "/";
          found.add(old, urls.area(p, a, lang), lang, a.title());
        }
      }
    }
    List<Redirect> all = new ArrayList<>(found.out().values());
    all.sort(Comparator.comparing(Redirect::from));
    return all;
  }

  /** The redirects found so far, by old path; none to a path in {@code taken}. */
  private record Found(Set<String> taken, Map<String, Redirect> out) {

    Found(Set<String> taken) {
      this(taken, new LinkedHashMap<>());
    }

    /** The redirect of a page and of its embed version, when the address has moved. */
    void add(String from, String to, String lang, LText title) {
      if (from.equals(to)) return;
      if (!taken.contains(from)) out.putIfAbsent(from, new Redirect(from, to, lang, title));
      String embedFrom = Urls.embed(from);
      String embedTo = Urls.embed(to);
      if (!taken.contains(embedFrom) && taken.contains(embedTo)) {
        out.putIfAbsent(embedFrom, new Redirect(embedFrom, embedTo, lang, title));
      }
    }
  }

  /** Whether a redirect could lead to {@code p} (its address in some language has moved). */
  static boolean movedFrom(Page p, Urls urls, List<String> langs, String def) {
    for (String lang : langs) {
      if (!(lang + "/" + word(p.slug(), p.id(), def) + "/").equals(urls.page(p, lang))) return true;
    }
    return false;
  }

  /** The word an address used before slugs per language: the default language's, else the id. */
  private static String word(LText slug, String id, String def) {
    return slug == null ? id : slug.get(def).orElse(id);
  }
}
