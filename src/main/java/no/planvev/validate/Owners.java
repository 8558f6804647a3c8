package no.planvev.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.function.Supplier;
import no.planvev.model.Content;
import no.planvev.model.FocusArea;
import no.planvev.model.Hearing;
import no.planvev.model.Page;
import no.planvev.model.Plan;
import no.planvev.model.Project;
import no.planvev.model.SourcePos;
import no.planvev.model.Urls;

/**
 * Which content writes each page of the site: for every page path ({@code en/plans/x/}) the
 * sources that produce it, with the files whose Markdown ends up on it. Two owners of one path
 * are a clash; the files are where a broken link on the page is looked for.
 */
final class Owners {

  /**
   * One source of a page: how messages name it, where to point, its text files in the page's
   * language, and the default language's files whose text is shown where a translation is missing.
   */
  record Owner(Object name, Supplier<SourcePos> where, List<String> files,
      List<String> fallback) {
    Owner(Object name, SourcePos pos, List<String> files, List<String> fallback) {
      this(name, () -> pos, files, fallback);
    }

    Owner(Object name, SourcePos pos, List<String> files) {
      this(name, pos, files, List.of());
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

  static Owners of(Content content, SourceFiles files) {
    return of(content, files, null);
  }

  /**
   * As {@link #of(Content, SourceFiles)}; {@code kept} maps each unit of content (plan, project,
   * hearing, page: the very object) to its claims from an earlier build and gets this build's.
   * A unit the loader did not read again is the same object, so its claims still hold.
   */
  static Owners of(Content content, SourceFiles files, Map<Object, List<List<Claim>>> kept) {
    Owners o = new Owners();
    Urls urls = new Urls(content.site());
    String def = content.site().defaultLanguage();
    List<String> langs = content.site().languageCodes();
    List<Object> units = new ArrayList<>(content.plans());
    units.addAll(content.projects());
    units.addAll(content.hearings());
    units.addAll(content.pages());
    Map<Object, List<List<Claim>>> now = new IdentityHashMap<>();
    List<List<List<Claim>>> claims = new ArrayList<>(units.size());
    for (Object unit : units) {
      List<List<Claim>> c = kept == null ? null : kept.get(unit);
      if (c == null) c = claims(unit, urls, langs, def, files);
      now.put(unit, c);
      claims.add(c);
    }
    if (kept != null) {
      kept.clear();
      kept.putAll(now);
    }
    for (int i = 0; i < langs.size(); i++) {
      String lang = langs.get(i);
      for (String section : List.of("plans", "projects", "hearings", "timeline")) {
        String path = urls.section(section, lang);
        String word = path.substring(lang.length() + 1, path.length() - 1);
        o.add(path, new Owner(Message.of("owner.section", section, word),
            () -> files.key("site.yaml", "sections"), List.of(), List.of()));
      }
      for (List<List<Claim>> unit : claims) {
        for (Claim c : unit.get(i)) o.add(c.path(), c.owner());
      }
    }
    return o;
  }

  /** The pages one unit writes, per language in {@code langs}' order. */
  private static List<List<Claim>> claims(Object unit, Urls urls, List<String> langs, String def,
      SourceFiles files) {
    List<List<Claim>> all = new ArrayList<>(langs.size());
    for (String lang : langs) {
      List<Claim> out = new ArrayList<>(1);
      if (unit instanceof Plan p) {
        String dir = "plans/" + p.id() + "/";
        out.add(new Claim(urls.plan(p, lang), new Owner(dir + "plan.yaml", p.pos(),
            existing(files, dir + "index." + lang + ".md", lang.equals(def) ? dir + "index.md"
                : null, dir + "plan.yaml"),
            fallback(files, lang, def, dir + "index." + def + ".md", dir + "index.md"))));
        for (FocusArea a : p.focusAreas()) {
          out.add(new Claim(urls.area(p, a, lang), new Owner(
              Message.of("owner.area", a.id(), dir + "plan.yaml"), a.pos(),
              existing(files, dir + a.id() + "." + lang + ".md",
                  lang.equals(def) ? dir + a.id() + ".md" : null, dir + "plan.yaml"),
              fallback(files, lang, def, dir + a.id() + "." + def + ".md",
                  dir + a.id() + ".md"))));
        }
      } else if (unit instanceof Project p) {
        String dir = "projects/" + p.id() + "/";
        out.add(new Claim(urls.project(p, lang), new Owner(dir + "project.yaml", p.pos(),
            existing(files, dir + "index." + lang + ".md", lang.equals(def) ? dir + "index.md"
                : null, dir + "project.yaml"),
            fallback(files, lang, def, dir + "index." + def + ".md", dir + "index.md"))));
      } else if (unit instanceof Hearing h) {
        String file = langFile(files, "hearings/" + h.id(), lang, def, h.pos().path());
        out.add(new Claim(urls.hearing(h, lang),
            doc(files, file, h.pos().path(), lang.equals(def))));
      } else if (unit instanceof Page p) {
        String file = langFile(files, "pages/" + p.id(), lang, def, p.pos().path());
        out.add(new Claim(urls.page(p, lang), doc(files, file, p.pos().path(),
            lang.equals(def))));
      }
      all.add(out);
    }
    return all;
  }

  /**
   * The key of a page path: composed (NFC), as two spellings of one name (a file saved on a Mac,
   * a slug typed elsewhere) are one folder on some systems and look the same to a visitor.
   */
  private static String key(String path) {
    return java.text.Normalizer.isNormalized(path, java.text.Normalizer.Form.NFC) ? path
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

  /** {@code <stem>.<lang>.md}, or for the default language {@code <stem>.md}, else the default. */
  static String langFile(SourceFiles files, String stem, String lang, String def, String dflt) {
    String f = files.first(lang.equals(def) ? List.of(stem + "." + lang + ".md", stem + ".md")
        : List.of(stem + "." + lang + ".md"));
    return f == null ? dflt : f;
  }

  /** A hearing or page in one language; without its own file it shows the default one's text. */
  private static Owner doc(SourceFiles files, String file, String defaultFile, boolean dflt) {
    boolean own = dflt || !file.equals(defaultFile);
    return new Owner(file, () -> slugPos(files, file, defaultFile),
        own ? List.of(file) : List.of(), dflt ? List.of() : List.of(defaultFile));
  }

  /** The {@code slug:} line of this language's file, else of the default file, else the file. */
  private static SourcePos slugPos(SourceFiles files, String file, String defaultFile) {
    SourcePos slug = files.key(file, "slug");
    if (slug.line() > 0) return slug;
    slug = files.key(defaultFile, "slug");
    return slug.line() > 0 ? slug : SourcePos.file(file);
  }

  private static List<String> fallback(SourceFiles files, String lang, String def,
      String... candidates) {
    return lang.equals(def) ? List.of() : existing(files, candidates);
  }

  private static List<String> existing(SourceFiles files, String... candidates) {
    List<String> out = new ArrayList<>();
    for (String c : candidates) {
      if (c != null && files.exists(c)) out.add(c);
    }
    return out;
  }
}
