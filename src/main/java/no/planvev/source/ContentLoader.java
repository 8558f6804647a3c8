package no.planvev.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashMap;
import java.util.HashSet;
import java.util.stream.Stream;
import no.planvev.model.AreaRef;
import no.planvev.model.Asset;
import no.planvev.model.Content;
import no.planvev.model.FocusArea;
import no.planvev.model.Hearing;
import no.planvev.model.Page;
import no.planvev.model.Plan;
import no.planvev.model.Project;
import no.planvev.model.SiteConfig;
import no.planvev.model.SourcePos;
import no.planvev.validate.Problem;
import no.planvev.validate.Problems;
import no.planvev.validate.Message;

/**
 * Reads a content folder into {@link Content}, reporting every problem it finds. Plans, projects,
 * hearings and pages are read in parallel; the preview keeps a {@link Cache} and reads again only
 * what changed.
 */
public final class ContentLoader {

  private static final Set<String> TOP =
      Set.of("site.yaml", "plans", "projects", "hearings", "pages", "assets");

  private ContentLoader() {}

  /**
   * Reads content/; adds every problem found to {@code problems} (errors and warnings). Returns
   * the model, or null when an error makes a model impossible. Never throws for a content mistake.
   */
  public static Content load(Path contentDir, Problems problems) {
    return load(contentDir, problems, new Cache(), null, true);
  }

  /**
   * As {@link #load(Path, Problems)}, reading again only the units (a plan or project folder, the
   * {@code .<lang>.md} files of one hearing or page) that {@code changed} touches since the last
   * load through {@code cache}; the others are the very same instances as in that load, and their
   * problems are added again. {@code changed} holds the absolute paths (files or folders; created,
   * modified or deleted) the watcher reported since the last load; null when unknown, which reads
   * everything again. A change to site.yaml, to a section folder itself or above, or the first load
   * through a cache, reads everything. References between units are checked every time. The result
   * and the problems equal those of a full load.
   */
  public static Content load(Path contentDir, Problems problems, Cache cache, Set<Path> changed) {
    return load(contentDir, problems, cache, changed, true);
  }

  /** With {@code parallel} false, every unit is read on the calling thread (for tests). */
  static Content load(Path contentDir, Problems problems, Cache cache, Set<Path> changed,
      boolean parallel) {
    try {
      return loadThrough(contentDir, problems, cache, changed, parallel);
    } catch (RuntimeException | Error e) {
      // A half-updated cache would hide changes from the next load; start afresh then.
      cache.clear();
      throw e;
    }
  }

  private static Content loadThrough(Path contentDir, Problems problems, Cache cache,
      Set<Path> changed, boolean parallel) {
    Path root = contentDir.toAbsolutePath().normalize();
    Changes changes = cache.site == null || !contentDir.equals(cache.dir) || changed == null
        ? Changes.all() : Changes.of(root, changed);
    if (changes.everything) cache.clear();
    cache.dir = contentDir;
    SiteConfig site = cache.site;
    if (site == null) {
      Problems siteProblems = new Problems();
      site = site(contentDir, siteProblems);
      siteProblems.all().forEach(problems::add);
      if (site == null) {
        cache.clear();
        return null;
      }
      cache.site = site;
      cache.siteProblems = siteProblems.all();
    } else {
      cache.siteProblems.forEach(problems::add);
    }
    // The default language first: a file without a language code (about.md) is in it.
    List<String> langs = new ArrayList<>(site.languageCodes());
    langs.remove(site.defaultLanguage());
    langs.add(0, site.defaultLanguage());
    Ctx ctx = new Ctx(contentDir, "", problems, List.copyOf(langs), site.defaultLanguage());
    for (Path p : LangFiles.list(contentDir, ".", ctx)) {
      String name = p.getFileName().toString();
      if (!TOP.contains(name)) {
        ctx.warning(SourcePos.file(name), "ignored.top");
      }
    }
    Map<String, Listing> listings = new HashMap<>();
    for (String section : Changes.SECTIONS) {
      Listing l = cache.listings.get(section);
      Set<String> names = changes.names(section);
      if (l == null || (!names.isEmpty() && !l.exists)) {
        l = Listing.read(contentDir.resolve(section), section, ctx);
      } else {
        for (String name : names) l.update(name);
      }
      l.problems.forEach(problems::add);
      listings.put(section, l);
    }
    cache.listings.clear();
    cache.listings.putAll(listings);

    List<Job<?>> jobs = new ArrayList<>();
    List<Job<Plan>> plans = new ArrayList<>();
    Set<String> planNames = changes.names("plans");
    for (Path dir : folders(listings.get("plans"), "plans", ctx)) {
      String id = dir.getFileName().toString();
      plans.add(job(id, dir, null, cache.plans.get(id), planNames.contains(id), changes, jobs,
          (k, d, f, c) -> PlanReader.read(k, d, c), ctx));
    }
    List<Job<Project>> projects = new ArrayList<>();
    Set<String> projectNames = changes.names("projects");
    for (Path dir : folders(listings.get("projects"), "projects", ctx)) {
      String id = dir.getFileName().toString();
      projects.add(job(id, dir, null, cache.projects.get(id), projectNames.contains(id), changes,
          jobs, (k, d, f, c) -> ProjectReader.read(k, d, c), ctx));
    }
    List<Job<Hearing>> hearings = new ArrayList<>();
    Set<String> dirtyHearings = groups("hearings", listings, cache, changes, ctx);
    for (var e : cache.groups.get("hearings").parts.entrySet()) {
      Groups.Part part = e.getValue();
      if (!part.problems().isEmpty()) part.problems().forEach(problems::add);
      if (part.files() == null) continue;
      hearings.add(job(e.getKey(), null, part.files(), cache.hearings.get(e.getKey()),
          dirtyHearings.contains(e.getKey()), changes, jobs, (k, d, f, c) -> {
            Hearing h = DocReader.hearing(k, f, c);
            return h == null ? null : DocReader.withBody(h);
          }, ctx));
    }
    List<Job<Page>> pages = new ArrayList<>();
    Set<String> dirtyPages = groups("pages", listings, cache, changes, ctx);
    for (var e : cache.groups.get("pages").parts.entrySet()) {
      Groups.Part part = e.getValue();
      if (!part.problems().isEmpty()) part.problems().forEach(problems::add);
      if (part.files() == null) continue;
      pages.add(job(e.getKey(), null, part.files(), cache.pages.get(e.getKey()),
          dirtyPages.contains(e.getKey()), changes, jobs,
          (k, d, f, c) -> DocReader.page(k, f, c), ctx));
    }
    if (parallel && jobs.size() > 1) {
      jobs.parallelStream().forEach(Job::run);
    } else {
      jobs.forEach(Job::run);
    }

    if (changes.assets || cache.assets == null) {
      Problems assetProblems = new Problems();
      cache.assets = assets(contentDir, ctx.forUnit(assetProblems, null));
      cache.assetProblems = assetProblems.all();
    }
    cache.assetProblems.forEach(problems::add);

    Set<String> broken = new HashSet<>();
    for (Job<Plan> j : plans) {
      if (j.unit.value() == null) broken.add(j.key);
    }
    cache.plans = collect(plans, problems);
    cache.projects = collect(projects, problems);
    cache.hearings = collect(hearings, problems);
    cache.pages = collect(pages, problems);
    Content content = new Content(site, values(plans), values(projects), values(hearings),
        values(pages), cache.assets);
    for (Project p : content.projects()) checkRefs(content, p.supports(), broken, ctx, "supports");
    for (Hearing h : content.hearings()) checkRefs(content, h.topics(), broken, ctx, "topics");
    return content;
  }

  private static SiteConfig site(Path contentDir, Problems problems) {
    Ctx base = new Ctx(contentDir, "site.yaml", problems, List.of(), null);
    Path siteFile = contentDir.resolve("site.yaml");
    if (!Files.isRegularFile(siteFile)) {
      problems.error(SourcePos.file("site.yaml"), Message.of("site.missing"));
      return null;
    }
    String text = TextFile.read(siteFile, "site.yaml", problems);
    if (text == null || TextFile.empty(text, "site.yaml", "file.empty.site", problems)) return null;
    YNode root = Yaml.read(text, "site.yaml", 0, problems);
    if (root == null) return null;
    return SiteReader.read(root, base);
  }

  /**
   * What the preview keeps between loads of one content folder: the site, folder listings, and
   * every unit read with its problems. One per preview server, used by one thread at a time.
   */
  public static final class Cache {
    Path dir;
    SiteConfig site;
    List<Problem> siteProblems = List.of();
    final Map<String, Listing> listings = new HashMap<>();
    final Map<String, Groups> groups = new HashMap<>();
    Map<String, Unit<Plan>> plans = Map.of();
    Map<String, Unit<Project>> projects = Map.of();
    Map<String, Unit<Hearing>> hearings = Map.of();
    Map<String, Unit<Page>> pages = Map.of();
    List<Asset> assets;
    List<Problem> assetProblems = List.of();

    /** An empty cache: the first load through it reads everything. */
    public Cache() {}

    private void clear() {
      dir = null;
      site = null;
      siteProblems = List.of();
      listings.clear();
      groups.clear();
      plans = Map.of();
      projects = Map.of();
      hearings = Map.of();
      pages = Map.of();
      assets = null;
      assetProblems = List.of();
    }
  }

  /**
   * One unit as last read: its record (null when it failed), its problems, the files it was read
   * from (hearings and pages) and the files outside it whose existence it checked.
   */
  record Unit<T>(T value, List<Problem> problems, List<LangFiles.LangFile> files,
      Set<Path> looked) {}

  /** Reads one unit: a plan or project folder {@code dir}, or a hearing's or page's files. */
  private interface Reader<T> {
    T read(String key, Path dir, List<LangFiles.LangFile> files, Ctx ctx);
  }

  /** A unit to take from the cache or to read (on any thread) with its own problems. */
  private static final class Job<T> {
    final String key;
    final Path dir;
    final List<LangFiles.LangFile> files;
    final Reader<T> reader;
    final Ctx ctx;
    Unit<T> unit;

    Job(String key, Path dir, List<LangFiles.LangFile> files, Unit<T> unit, Reader<T> reader,
        Ctx ctx) {
      this.key = key;
      this.dir = dir;
      this.files = files;
      this.unit = unit;
      this.reader = reader;
      this.ctx = ctx;
    }

    void run() {
      Problems own = new Problems();
      Set<Path> looked = new HashSet<>();
      T value = reader.read(key, dir, files, ctx.forUnit(own, looked));
      unit = new Unit<>(value, own.all(), files, looked.isEmpty() ? Set.of() : looked);
    }
  }

  private static <T> Job<T> job(String key, Path dir, List<LangFiles.LangFile> files,
      Unit<T> cached, boolean touched, Changes changes, List<Job<?>> jobs, Reader<T> reader,
      Ctx ctx) {
    boolean reuse = cached != null && !touched && cached.files() == files
        && !changes.touchesAny(cached.looked());
    Job<T> job = new Job<>(key, dir, files, reuse ? cached : null, reader, ctx);
    if (!reuse) jobs.add(job);
    return job;
  }

  private static <T> Map<String, Unit<T>> collect(List<Job<T>> jobs, Problems problems) {
    Map<String, Unit<T>> out = new HashMap<>(jobs.size() * 2);
    for (Job<T> j : jobs) {
      if (!j.unit.problems().isEmpty()) j.unit.problems().forEach(problems::add);
      out.put(j.key, j.unit);
    }
    return out;
  }

  private static <T> List<T> values(List<Job<T>> jobs) {
    List<T> out = new ArrayList<>(jobs.size());
    for (Job<T> j : jobs) {
      if (j.unit.value() != null) out.add(j.unit.value());
    }
    return out;
  }

  /**
   * Brings the grouping of hearings/ or pages/ in {@code cache} up to date, regrouping only the
   * stems a change names; returns those stems (all of them count when everything was regrouped,
   * as no cached unit then has the same files).
   */
  private static Set<String> groups(String section, Map<String, Listing> listings, Cache cache,
      Changes changes, Ctx ctx) {
    Listing l = listings.get(section);
    Groups g = cache.groups.get(section);
    if (g == null || g.listing != l) {
      cache.groups.put(section, Groups.of(l, section, ctx));
      return Set.of();
    }
    return g.update(l, section, ctx, changes.names(section));
  }

  /** A reference to a plan that failed to load ({@code broken}) is not reported again. */
  private static void checkRefs(Content content, List<AreaRef> refs, Set<String> broken, Ctx ctx,
      String key) {
    for (AreaRef ref : refs) {
      if (broken.contains(ref.planId())) continue;
      Plan plan = content.plan(ref.planId()).orElse(null);
      if (plan == null) {
        ctx.error(ref.pos(), "ref.noPlan", ref, key, ref.planId(), Ctx.suggest(ref.planId(),
            content.plans().stream().map(Plan::id).toList()));
      } else if (content.area(ref).isEmpty()) {
        ctx.error(ref.pos(), "ref.noArea", ref, key, plan.id(), ref.areaId(), Ctx.suggest(
            ref.areaId(), plan.focusAreas().stream().map(FocusArea::id).toList()));
      }
    }
  }

  private static List<Path> folders(Listing l, String rel, Ctx ctx) {
    List<Path> out = new ArrayList<>();
    for (Map.Entry<Path, Boolean> e : l.entries.entrySet()) {
      Path p = e.getKey();
      if (e.getValue()) {
        out.add(p);
      } else {
        ctx.warning(SourcePos.file(rel + "/" + p.getFileName()),
            rel.equals("plans") ? "ignored.notPlanFolder" : "ignored.notProjectFolder");
      }
    }
    return out;
  }

  private static List<Asset> assets(Path contentDir, Ctx ctx) {
    Path dir = contentDir.resolve("assets");
    if (!Files.isDirectory(dir)) return List.of();
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> {
            for (Path part : contentDir.relativize(p)) {
              if (part.toString().startsWith(".")) return false;
            }
            return true;
          })
          .map(p -> new Asset(slashes(contentDir.relativize(p)), p))
          .sorted(java.util.Comparator.comparing(Asset::path))
          .toList();
    } catch (IOException e) {
      ctx.error(SourcePos.file("assets"), "folder.unreadable", e.getMessage());
      return List.of();
    }
  }

  private static String slashes(Path rel) {
    StringBuilder sb = new StringBuilder();
    for (Path part : rel) {
      if (sb.length() > 0) sb.append('/');
      sb.append(part);
    }
    return sb.toString();
  }
}
