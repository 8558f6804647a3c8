package no.planvev.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import no.planvev.diag.Message;
import no.planvev.diag.SourcePos;
import no.planvev.model.Content;
import no.planvev.model.FocusArea;
import no.planvev.model.Hearing;
import no.planvev.model.Page;
import no.planvev.model.Plan;
import no.planvev.model.Project;
import no.planvev.model.Provenance;
import no.planvev.model.Unit;
import no.planvev.model.Urls;

/**
 * Which content writes each page of the site: for every page path ({@code en/plans/x/}) the sources
 * that produce it, with the files whose Markdown ends up on it. Two owners of one path are a clash;
 * the files are where a broken link on the page is looked for.
 */
final class Owners {

  /**
   * One source of a page: how messages name it, where to point, its text files in the page's
   * language, and the default language's files whose text is shown where a translation is missing.
   */
  record Owner(Message name, Supplier<SourcePos> where, List<String> files, List<String> fallback) {
    Owner(Message name, SourcePos pos, List<String> files, List<String> fallback) {
      this(name, () -> pos, files, fallback);
    }

    /** Where to point: found when asked, as it may read the file (most owners are never asked). */
    SourcePos pos() {
      return where.get();
    }
  }

  /** One page path that a unit of content writes, and how it writes it. */
  record Claim(String path, Owner owner) {}

  /** The first owner of each path; the rare second and later ones in {@link #more}. */
  private final Map<String, Owner> first = new HashMap<>();

  private final Map<String, List<Owner>> more = new HashMap<>();

  static Owners of(Content content) {
    return of(content, null);
  }

  /**
   * As {@link #of(Content)}; {@code kept} maps each unit of content (the very object) to its claims
   * from an earlier build and gets this build's. A unit the loader did not read again is the same
   * object, so its claims still hold.
   */
  static Owners of(Content content, Map<Unit, List<List<Claim>>> kept) {
    Owners o = new Owners();
    Urls urls = new Urls(content.site());
    String def = content.site().defaultLanguage();
    List<String> langs = content.site().languageCodes();
    List<Unit> units = new ArrayList<>(content.plans());
    units.addAll(content.projects());
    units.addAll(content.hearings());
    units.addAll(content.pages());
    Map<Unit, List<List<Claim>>> now = new IdentityHashMap<>();
    List<List<List<Claim>>> claims = new ArrayList<>(units.size());
    for (Unit unit : units) {
      List<List<Claim>> c = kept == null ? null : kept.get(unit);
      if (c == null) c = claims(unit, urls, langs, def);
      now.put(unit, c);
      claims.add(c);
    }
    if (kept != null) {
      kept.clear();
      kept.putAll(now);
    }
    SourcePos sections = content.site().provenance().key("sections");
    for (int i = 0; i < langs.size(); i++) {
      String lang = langs.get(i);
      for (String section : List.of("plans", "projects", "hearings", "timeline")) {
        String path = urls.section(section, lang);
        String word = path.substring(lang.length() + 1, path.length() - 1);
        o.add(
            path,
            new Owner(Message.of("owner.section", section, word), sections, List.of(), List.of()));
      }
      for (List<List<Claim>> unit : claims) {
        for (Claim c : unit.get(i)) o.add(c.path(), c.owner());
      }
    }
    return o;
  }

  /** The pages one unit writes, per language in {@code langs}' order. */
  private static List<List<Claim>> claims(Unit unit, Urls urls, List<String> langs, String def) {
    Provenance from = unit.provenance();
    List<List<Claim>> all = new ArrayList<>(langs.size());
    for (String lang : langs) {
      List<Claim> out = new ArrayList<>(1);
      boolean dflt = lang.equals(def);
      if (unit instanceof Plan p) {
        out.add(new Claim(urls.plan(p, lang), folder(from, p.pos(), lang, def)));
        for (FocusArea a : p.focusAreas()) {
          Provenance part = from.part(a.id());
          out.add(
              new Claim(
                  urls.area(p, a, lang),
                  new Owner(
                      Message.of("owner.area", a.id(), from.main()),
                      a.pos(),
                      part.files(lang),
                      fallback(part, lang, def))));
        }
      } else if (unit instanceof Project p) {
        out.add(new Claim(urls.project(p, lang), folder(from, p.pos(), lang, def)));
      } else if (unit instanceof Hearing h) {
        out.add(new Claim(urls.hearing(h, lang), doc(from, lang, dflt)));
      } else if (unit instanceof Page p) {
        out.add(new Claim(urls.page(p, lang), doc(from, lang, dflt)));
      }
      all.add(out);
    }
    return all;
  }

  /**
   * The key of a page path: composed (NFC), as two spellings of one name (a file saved on a Mac, a
   * slug typed elsewhere) are one folder on some systems and look the same to a visitor.
   */
  private static String key(String path) {
    return java.text.Normalizer.isNormalized(path, java.text.Normalizer.Form.NFC)
        ? path
        : java.text.Normalizer.normalize(path, java.text.Normalizer.Form.NFC);
  }

  private void add(String rawPath, Owner owner) {
    String path = key(rawPath);
    Owner had = first.putIfAbsent(path, owner);
    if (had == null) return;
    // The same source for one path in two languages (no slug per language) is no clash.
    List<Owner> list = more.computeIfAbsent(path, k -> new ArrayList<>(List.of(had)));
    if (list.stream().noneMatch(x -> x.name().equals(owner.name()))) list.add(owner);
  }

  /** Paths with more than one owner (some may be one source twice), and their owners. */
  Map<String, List<Owner>> shared() {
    return more;
  }

  /** The owner of a page path, or null for pages that only templates make. */
  Owner owner(String path) {
    return first.get(key(path));
  }

  /** A plan or project in one language: its YAML file and {@code lang}'s own text. */
  private static Owner folder(Provenance from, SourcePos pos, String lang, String def) {
    return new Owner(
        Message.literal(from.main()), pos, from.files(lang), fallback(from, lang, def));
  }

  /** A hearing or page in one language; without its own file it shows the default one's text. */
  private static Owner doc(Provenance from, String lang, boolean dflt) {
    String own = from.text(lang);
    String file = own != null ? own : from.main();
    return new Owner(
        Message.literal(file),
        () -> slugPos(from, file),
        own != null ? List.of(file) : List.of(),
        dflt ? List.of() : List.of(from.main()));
  }

  /** The {@code slug:} line of this language's file, else of the default file, else the file. */
  private static SourcePos slugPos(Provenance from, String file) {
    SourcePos slug = from.key(file, "slug");
    if (slug.line() > 0) return slug;
    slug = from.key("slug");
    return slug.line() > 0 ? slug : SourcePos.file(file);
  }

  /** The default language's own file, shown where {@code lang} has none; none for the default. */
  private static List<String> fallback(Provenance from, String lang, String def) {
    String text = from.text(def);
    return lang.equals(def) || text == null ? List.of() : List.of(text);
  }
}
