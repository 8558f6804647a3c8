package no.planvev.source;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.planvev.diag.Message;
import no.planvev.diag.Problem;
import no.planvev.diag.Problems;
import no.planvev.diag.SourcePos;
import no.planvev.model.AreaRef;
import no.planvev.model.Asset;
import no.planvev.model.Content;
import no.planvev.model.FocusArea;
import no.planvev.model.Hearing;
import no.planvev.model.Page;
import no.planvev.model.Plan;
import no.planvev.model.Project;
import no.planvev.model.Report;
import no.planvev.model.SiteConfig;
import no.planvev.validate.LinkGuard;

/**
 * Reads a content folder into {@link Content}, reporting every problem it finds. Plans, projects,
 * hearings and pages are read in parallel; the preview keeps a {@link Cache} and reads again only
 * what changed.
 */
public final class ContentLoader {

  private static final Set<String> TOP =
      Set.of("site.yaml", "plans", "projects", "hearings", "pages", "assets", "reports");

  private ContentLoader() {}

  /**
   * Reads content/; adds every problem found to {@code problems} (errors and warnings). Returns the
   * model, or null when an error makes a model impossible. Never throws for a content mistake.
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
  static Content load(
      Path contentDir, Problems problems, Cache cache, Set<Path> changed, boolean parallel) {
    try {
      return loadThrough(contentDir, problems, cache, changed, parallel);
    } catch (RuntimeException | Error e) {
      // A half-updated cache would hide changes from the next load; start afresh then.
      cache.clear();
      throw e;
    }
  }

  private static Content loadThrough(
      Path contentDir, Problems problems, Cache cache, Set<Path> changed, boolean parallel) {
    Path root = contentDir.toAbsolutePath().normalize();
    Changes changes =
        cache.site == null || !contentDir.equals(cache.dir) || changed == null
            ? Changes.all()
            : Changes.of(root, changed);
    if (changes.everything) cache.clear();
    changes.restored = cache.restored;
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
    Ctx ctx = context(contentDir, site, problems);
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
      boolean again = l == null || (!names.isEmpty() && !l.exists);
      if (!again) {
        for (String name : names) {
          if (!l.update(name)) again = true;
        }
      }
      if (again) {
        l =
            cache.scanned != null
                ? Listing.of(contentDir.resolve(section), cache.scanned.get(section))
                : Listing.read(contentDir.resolve(section), section, ctx);
      }
      l.problems.forEach(problems::add);
      listings.put(section, l);
    }
    cache.listings.clear();
    cache.listings.putAll(listings);
    cache.scanned = null;

    Round round = new Round(listings, cache, changes, new ArrayList<>(), problems, ctx);
    List<Job<Plan>> plans = round.folders("plan", PlanReader.KEYS, cache.plans, PlanReader::read);
    List<Job<Project>> projects =
        round.folders("project", ProjectReader.KEYS, cache.projects, ProjectReader::read);
    List<Job<Hearing>> hearings = round.grouped("hearings", cache.hearings, DocReader::hearing);
    List<Job<Page>> pages = round.grouped("pages", cache.pages, DocReader::page);
    List<Job<Report>> reports = round.grouped("reports", cache.reports, ReportReader::read);
    List<Job<?>> jobs = round.jobs();
    cache.restored = false;
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
    cache.reports = collect(reports, problems);
    Content content =
        new Content(
            site,
            values(plans),
            values(projects),
            values(hearings),
            values(pages),
            cache.assets,
            values(reports));
    for (Project p : content.projects()) checkRefs(content, p.supports(), broken, ctx, "supports");
    for (Hearing h : content.hearings()) checkRefs(content, h.topics(), broken, ctx, "topics");
    return content;
  }

  /** The key of the page unit a file named {@code name} in {@code pages/} belongs to. */
  public static String pageKey(String name) {
    return Groups.key(name);
  }

  /**
   * The page unit {@code prior} (as {@link Cache#units} gave it for section {@code pages}) read
   * again from its files in {@code contentDir} of the site {@code site}, when the files changed in
   * their texts alone: the new unit (as {@link Cache#units} would give it) when its page equals the
   * prior one but for the texts of its bodies, title and summary, each in the same languages, with
   * the same files, and neither read found a problem or looked at other files differently; else
   * null. A whole load then decides. For a build that leaves every other page as it is: a page's
   * address, menu place and languages are then unchanged (the caller looks at its title).
   *
   * @throws ClassCastException when {@code prior} is not a page unit the loader made
   */
  public static Record rereadPageText(Path contentDir, SiteConfig site, Record prior) {
    @SuppressWarnings("unchecked")
    Unit<Page> was = (Unit<Page>) prior;
    Page old = was.value();
    if (old == null || !was.problems().isEmpty() || was.files().isEmpty()) return null;
    Problems own = new Problems();
    Set<Path> looked = new HashSet<>();
    Ctx ctx = context(contentDir, site, own).forUnit(own, looked);
    Page now = DocReader.page(old.id(), was.files(), ctx);
    if (now == null || !own.all().isEmpty()) return null;
    Set<Path> seen = looked.isEmpty() ? Set.of() : looked;
    if (!seen.equals(was.looked())) return null;
    // Title and summary may change in their texts, not in their languages (the caller looks at
    // whether other pages show the title).
    if (!languages(now.title()).equals(languages(old.title()))
        || !languages(now.summary()).equals(languages(old.summary()))) {
      return null;
    }
    Page same =
        new Page(
            now.id(),
            now.slug(),
            now.pos(),
            old.title(),
            now.menu(),
            old.summary(),
            old.body(),
            now.provenance());
    if (!same.equals(old)) return null;
    var before = old.body().parts();
    var after = now.body().parts();
    if (!before.keySet().equals(after.keySet())) return null;
    for (var e : before.entrySet()) {
      var a = after.get(e.getKey());
      if (!java.util.Objects.equals(a.root(), e.getValue().root())
          || !java.util.Objects.equals(a.path(), e.getValue().path())) {
        return null;
      }
    }
    return new Unit<>(now, List.of(), was.files(), seen);
  }

  /**
   * The context a load of {@code site}'s content reads in, its problems going to {@code problems}.
   */
  private static Ctx context(Path contentDir, SiteConfig site, Problems problems) {
    // The default language first: a file without a language code (about.md) is in it.
    List<String> langs = new ArrayList<>(site.languageCodes());
    langs.remove(site.defaultLanguage());
    langs.add(0, site.defaultLanguage());
    return new Ctx(contentDir, "", problems, List.copyOf(langs), site.defaultLanguage());
  }

  private static Set<String> languages(no.planvev.model.LText t) {
    return t == null ? null : t.values().keySet();
  }

  private static SiteConfig site(Path contentDir, Problems problems) {
    Ctx base = new Ctx(contentDir, "site.yaml", problems, List.of(), null);
    Path siteFile = contentDir.resolve("site.yaml");
    if (!Files.isRegularFile(siteFile)) {
      problems.error(SourcePos.file("site.yaml"), Message.of("site.missing"));
      return null;
    }
    String text = TextFile.read(contentDir, siteFile, "site.yaml", problems);
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
    Map<String, Unit<Report>> reports = Map.of();
    List<Asset> assets;
    List<Problem> assetProblems = List.of();

    /**
     * Units taken from a build state ({@link #restore}): for the next load, a unit's files are
     * compared by value, not by identity, as the listings are read afresh.
     */
    boolean restored;

    /**
     * The entries of each section folder (name, true for a folder) as the build state listed them
     * just before this load, for the first load through a restored cache; null when not known.
     */
    Map<String, Map<String, Boolean>> scanned;

    /** An empty cache: the first load through it reads everything. */
    public Cache() {}

    /** The record (a plan, project, hearing, page or report) of a unit {@link #units} gave. */
    public static Object value(Record unit) {
      return ((Unit<?>) unit).value();
    }

    /** The sections whose units {@link #units} and {@link #restore} hold, in loading order. */
    public static final List<String> SECTIONS =
        List.of("plans", "projects", "hearings", "pages", "reports");

    /** The site read by the last load, or null; with its problems. */
    public SiteConfig site() {
      return site;
    }

    /** The problems of site.yaml in the last load. */
    public List<Problem> siteProblems() {
      return siteProblems;
    }

    /**
     * Every unit of the last load by section and key, each as the loader keeps it (its record, its
     * problems, its files): what a build state writes to disk, to give back to {@link #restore}.
     */
    public Map<String, Map<String, Record>> units() {
      Map<String, Map<String, Record>> out = new java.util.LinkedHashMap<>();
      out.put("plans", java.util.Collections.unmodifiableMap(plans));
      out.put("projects", java.util.Collections.unmodifiableMap(projects));
      out.put("hearings", java.util.Collections.unmodifiableMap(hearings));
      out.put("pages", java.util.Collections.unmodifiableMap(pages));
      out.put("reports", java.util.Collections.unmodifiableMap(reports));
      return out;
    }

    /**
     * A cache holding what {@link #units} and {@link #site} gave after an earlier load of {@code
     * dir}: the next load through it, told which files changed since, reads only the units those
     * files touch (and units whose files came or went).
     *
     * @throws ClassCastException when a unit is not one the loader made
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static Cache restore(
        Path dir,
        SiteConfig site,
        List<Problem> siteProblems,
        Map<String, Map<String, Record>> units) {
      Cache c = new Cache();
      c.dir = dir;
      c.site = java.util.Objects.requireNonNull(site);
      c.siteProblems = List.copyOf(siteProblems);
      Map[] maps = new Map[SECTIONS.size()];
      for (int i = 0; i < maps.length; i++) {
        Map<String, Unit<?>> m = new HashMap<>();
        units.getOrDefault(SECTIONS.get(i), Map.of()).forEach((k, u) -> m.put(k, (Unit<?>) u));
        maps[i] = m;
      }
      c.plans = maps[0];
      c.projects = maps[1];
      c.hearings = maps[2];
      c.pages = maps[3];
      c.reports = maps[4];
      c.restored = true;
      return c;
    }

    /**
     * Tells the next load the entries of each section folder ({@code plans}, {@code pages}, ...; a
     * missing folder has none), as a listing made just before it found them: the content folder
     * then holds no links and no unreadable folder (the build state's listing gives up on those).
     * The load takes them instead of listing the folders again.
     */
    public void listed(Map<String, Map<String, Boolean>> sections) {
      this.scanned = sections;
    }

    private void clear() {
      restored = false;
      dir = null;
      site = null;
      siteProblems = List.of();
      listings.clear();
      groups.clear();
      plans = Map.of();
      projects = Map.of();
      hearings = Map.of();
      pages = Map.of();
      reports = Map.of();
      assets = null;
      assetProblems = List.of();
    }
  }

  /**
   * One unit as last read: its record (null when it failed), its problems, the files it was read
   * from (hearings and pages) and the files outside it whose existence it checked.
   */
  record Unit<T>(
      T value, List<Problem> problems, List<LangFiles.LangFile> files, Set<Path> looked) {}

  /** Reads a plan or project from its folder's YAML file. */
  private interface FolderReader<T> {
    T read(String id, UnitYaml yaml);
  }

  /** Reads a hearing, page or report from its files (default language first). */
  private interface FilesReader<T> {
    T read(String key, List<LangFiles.LangFile> files, Ctx ctx);
  }

  /** A unit to take from the cache or to read (on any thread) with its own problems. */
  private static final class Job<T> {
    final String key;
    private final java.util.function.Supplier<Unit<T>> read;
    Unit<T> unit;

    Job(String key, Unit<T> cached, java.util.function.Supplier<Unit<T>> read) {
      this.key = key;
      this.unit = cached;
      this.read = read;
    }

    void run() {
      unit = read.get();
    }
  }

  /**
   * The units of one load, and what deciding whether to read each again needs: the cache, the
   * changes since the last load, the jobs still to run.
   */
  private record Round(
      Map<String, Listing> listings,
      Cache cache,
      Changes changes,
      List<Job<?>> jobs,
      Problems problems,
      Ctx ctx) {

    /**
     * The folders of plans or projects ({@code kind} plan, project): each read from its {@code
     * <kind>.yaml} with {@code keys} when that can be read.
     */
    <T> List<Job<T>> folders(
        String kind, List<String> keys, Map<String, Unit<T>> cached, FolderReader<T> reader) {
      String section = kind + "s";
      List<Job<T>> out = new ArrayList<>();
      Set<String> touched = changes.names(section);
      Map<String, String> seen = new HashMap<>();
      for (Path dir : ContentLoader.folders(listings.get(section), section, ctx)) {
        String id = dir.getFileName().toString();
        if (!nameOk(id, section + "/" + id, Names.Place.NESTED, seen, ctx)) continue;
        if (section.equals("projects")
            && Names.CALENDARS.contains(id.toLowerCase(java.util.Locale.ROOT))) {
          ctx.error(SourcePos.file("projects/" + id), "name.calendar", id);
          continue;
        }
        java.util.function.Function<Ctx, T> read =
            c -> {
              UnitYaml yaml = UnitYaml.read(section, id, kind, dir, c, keys);
              return yaml == null ? null : reader.read(id, yaml);
            };
        out.add(job(id, null, cached.get(id), touched.contains(id), read));
      }
      return out;
    }

    /**
     * The hearings, pages or reports of {@code section}: the files of each, grouped by stem. A page
     * is at the root of its language's pages, the others in their section's folder.
     */
    <T> List<Job<T>> grouped(String section, Map<String, Unit<T>> cached, FilesReader<T> reader) {
      Names.Place place = section.equals("pages") ? Names.Place.LANGUAGE_ROOT : Names.Place.NESTED;
      List<Job<T>> out = new ArrayList<>();
      Map<String, String> seen = new HashMap<>();
      Set<String> dirty = groups(section, listings, cache, changes, ctx);
      for (var e : cache.groups.get(section).parts.entrySet()) {
        Groups.Part part = e.getValue();
        if (!part.problems().isEmpty()) part.problems().forEach(problems::add);
        if (part.files() == null) continue;
        if (!nameOk(e.getKey(), part.files().get(0).path(), place, seen, ctx)) continue;
        String key = e.getKey();
        List<LangFiles.LangFile> files = part.files();
        out.add(
            job(key, files, cached.get(key), dirty.contains(key), c -> reader.read(key, files, c)));
      }
      return out;
    }

    /** Takes the unit from the cache when nothing it was read from changed; else reads it. */
    private <T> Job<T> job(
        String key,
        List<LangFiles.LangFile> files,
        Unit<T> cached,
        boolean touched,
        java.util.function.Function<Ctx, T> read) {
      if (cached != null
          && !touched
          // Restored units: a change to one of their files names its key (dirty), see groups().
          && (cached.files() == files || (changes.restored && files.equals(cached.files())))
          && !changes.touchesAny(cached.looked())) {
        return new Job<>(key, cached, null);
      }
      Job<T> job =
          new Job<>(
              key,
              null,
              () -> {
                Problems own = new Problems();
                Set<Path> looked = new HashSet<>();
                T value = read.apply(ctx.forUnit(own, looked));
                return new Unit<>(value, own.all(), files, looked.isEmpty() ? Set.of() : looked);
              });
      jobs.add(job);
      return job;
    }
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
   * stems a change names; returns those stems (all of them count when everything was regrouped, as
   * no cached unit then has the same files).
   */
  private static Set<String> groups(
      String section, Map<String, Listing> listings, Cache cache, Changes changes, Ctx ctx) {
    Listing l = listings.get(section);
    Groups g = cache.groups.get(section);
    if (g == null || g.listing != l) {
      cache.groups.put(section, Groups.of(l, section, ctx));
      if (!changes.restored) return Set.of();
      // Units from a build state are compared by value: those a change touches are dirty.
      Set<String> keys = new HashSet<>();
      for (String name : changes.names(section)) keys.add(Groups.key(name));
      return keys;
    }
    return g.update(l, section, ctx, changes.names(section));
  }

  /** A reference to a plan that failed to load ({@code broken}) is not reported again. */
  private static void checkRefs(
      Content content, List<AreaRef> refs, Set<String> broken, Ctx ctx, String key) {
    for (AreaRef ref : refs) {
      if (broken.contains(ref.planId())) continue;
      Plan plan = content.plan(ref.planId()).orElse(null);
      if (plan == null) {
        ctx.error(
            ref.pos(),
            "ref.noPlan",
            ref,
            key,
            ref.planId(),
            Ctx.suggest(ref.planId(), content.plans().stream().map(Plan::id).toList()));
      } else if (content.area(ref).isEmpty()) {
        ctx.error(
            ref.pos(),
            "ref.noArea",
            ref,
            key,
            plan.id(),
            ref.areaId(),
            Ctx.suggest(ref.areaId(), plan.focusAreas().stream().map(FocusArea::id).toList()));
      }
    }
  }

  /**
   * Whether the name of a plan or project folder, or of a hearing's or page's files, can be its id:
   * a folder of the site. Else reports it at {@code path}, as it does a second name that is the
   * same as one in {@code seen} in composed form (NFC): on macOS they are one file.
   */
  static boolean nameOk(
      String id, String path, Names.Place place, Map<String, String> seen, Ctx ctx) {
    Message problem = Names.problem(id, Names.Kind.FILE, place);
    if (problem != null) {
      ctx.problems().error(SourcePos.file(path), problem);
      return false;
    }
    String first = seen.putIfAbsent(Names.nfc(id), path);
    if (first != null) {
      ctx.error(SourcePos.file(path), "name.sameSpelling", id, first);
      return false;
    }
    return true;
  }

  private static List<Path> folders(Listing l, String rel, Ctx ctx) {
    List<Path> out = new ArrayList<>();
    for (Map.Entry<Path, Boolean> e : l.entries.entrySet()) {
      Path p = e.getKey();
      if (e.getValue()) {
        out.add(p);
      } else {
        ctx.warning(
            SourcePos.file(rel + "/" + p.getFileName()),
            rel.equals("plans") ? "ignored.notPlanFolder" : "ignored.notProjectFolder");
      }
    }
    return out;
  }

  /**
   * Every file under assets/, hidden ones left out. Links are followed only inside the content
   * folder: a link out of it, or in a loop, is an error at its path and is not copied. A file
   * reached through a link is copied from where the link leads.
   */
  private static List<Asset> assets(Path contentDir, Ctx ctx) {
    Path dir = contentDir.resolve("assets");
    // A link out of content in place of assets/ itself is reported by the content listing.
    if (!Files.isDirectory(dir) || LinkGuard.check(contentDir, dir, LinkGuard.CONTENT) != null) {
      return List.of();
    }
    List<Asset> out = new ArrayList<>();
    try {
      Files.walkFileTree(
          dir,
          EnumSet.of(FileVisitOption.FOLLOW_LINKS),
          Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
              if (!d.equals(dir) && (hidden(d) || !inside(d))) return FileVisitResult.SKIP_SUBTREE;
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
              if (hidden(f) || !inside(f)) return FileVisitResult.CONTINUE;
              if (attrs.isRegularFile()) {
                // Only a link is resolved (one lstat otherwise): its target is what is copied.
                Path source = f;
                if (Files.isSymbolicLink(f)) {
                  try {
                    source = f.toRealPath();
                  } catch (IOException e) {
                    return FileVisitResult.CONTINUE;
                  }
                }
                Asset a = new Asset(slashes(contentDir.relativize(f)), source);
                if (assetOk(a, ctx)) out.add(a);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path f, IOException e) {
              if (e instanceof FileSystemLoopException) {
                ctx.error(SourcePos.file(slashes(contentDir.relativize(f))), "symlink.loop");
              } else if (!hidden(f)) {
                ctx.error(
                    SourcePos.file(slashes(contentDir.relativize(f))),
                    "file.unreadable",
                    IoReason.of(e));
              }
              return FileVisitResult.CONTINUE;
            }

            private boolean hidden(Path p) {
              for (Path part : contentDir.relativize(p)) {
                if (part.toString().startsWith(".")) return true;
              }
              return false;
            }

            /** False, after reporting it, for a link out of content or in a loop. */
            private boolean inside(Path p) {
              Message wrong = LinkGuard.check(contentDir, p, LinkGuard.CONTENT);
              if (wrong == null) return true;
              ctx.problems().error(SourcePos.file(slashes(contentDir.relativize(p))), wrong);
              return false;
            }
          });
    } catch (IOException e) {
      ctx.error(SourcePos.file("assets"), "folder.unreadable", IoReason.of(e));
      return List.of();
    }
    out.sort(java.util.Comparator.comparing(Asset::path));
    return List.copyOf(out);
  }

  /**
   * Whether an asset can be copied into the site as it is named; else reported here, as a content
   * problem, rather than failing while the site is written.
   */
  private static boolean assetOk(Asset a, Ctx ctx) {
    String path = a.path();
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '\\' || Character.isISOControl(c)) {
        ctx.error(
            SourcePos.file(Names.visible(path)),
            "asset.name",
            Names.visible(path),
            c == '\\' ? "'\\'" : String.format(java.util.Locale.ROOT, "U+%04X", (int) c));
        return false;
      }
    }
    try (var ch = Files.newByteChannel(a.file())) {
      return true;
    } catch (IOException e) {
      ctx.error(SourcePos.file(path), "asset.unreadable", path, IoReason.of(e));
      return false;
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
