package no.planvev.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import no.planvev.cache.RecordCodec;
import no.planvev.model.Content;
import no.planvev.output.OutputFile;
import no.planvev.output.PageGroup;
import no.planvev.output.SiteWriter;
import no.planvev.render.RenderMemo;
import no.planvev.source.ContentLoader;
import no.planvev.theme.Theme;
import no.planvev.validate.PageLinks;

/**
 * One {@code planvev build} with a {@link BuildState}: reads the state the last build left (when
 * its key matches), tells the loader which files changed, lets the renderer leave unchanged pages
 * in the output, keeps the data and sitemap files when their inputs are the same, and writes the
 * next state after the commit. Without a usable state the build is an ordinary one that writes a
 * state at the end.
 */
final class WarmBuild {

  private final Path cacheDir;
  private final Path output;
  private final String stamp;
  private final String key;
  private final Consumer<String> warn;

  /** The last build's state, or null. */
  private final BuildState prior;

  /** The content as listed before loading; null when the state cannot follow it (links). */
  private final BuildState.Scan scan;

  /** The loader's cache: restored from the state, or empty. */
  final ContentLoader.Cache loads;

  /** Content paths changed since the state (absolute); null when everything is read. */
  final Set<Path> changed;

  /** Pages left in the output by the last build with a state in this process (for tests). */
  static final java.util.concurrent.atomic.AtomicInteger keptPages =
      new java.util.concurrent.atomic.AtomicInteger();

  /** The output's files when it is as the last build left it, else null; null when no state. */
  private final java.util.concurrent.CompletableFuture<Map<String, SiteWriter.Stat>> verified;

  /**
   * What a build reports besides its files, kept in the state so that a build in which nothing
   * changed can report it again: its problems (warnings: a state is only written after a build
   * without errors) and its translation coverage.
   */
  record Replay(
      List<no.planvev.diag.Problem> problems,
      no.planvev.validate.Coverage coverage,
      // The UI strings the build rendered with, and the built-in ones as read (UiStrings), for a
      // build of page edits: reading them again costs a fresh JVM a third of a second. The key
      // and the stamp name everything they are read from.
      Map<String, Map<String, String>> ui,
      Map<String, Map<String, String>> builtIn) {}

  /** A build in which nothing changed: the last build's report and the output's files. */
  private record Same(Replay replay, Set<String> files) {

    /**
     * When every content file is as the state listed it (and none came or went), the output is as
     * that build left it, and the state holds its report: nothing to read, make or write.
     */
    static Same of(BuildState.Saved saved, Set<Path> changed, Path output) {
      if (saved.replay() == null || !changed.isEmpty()) return null;
      Map<String, SiteWriter.Stat> known = BuildState.verifyOutput(saved, output);
      if (known == null) return null;
      try {
        return new Same((Replay) RecordCodec.read(saved.replay()), known.keySet());
      } catch (RuntimeException e) {
        return null; // then an ordinary warm build
      }
    }
  }

  /** A build of edited page texts alone, when the changes allow one; else null. */
  private PageEdit edit;

  private BuildState.Saved saved;
  private Set<Path> edits;
  private Path contentDir;

  /**
   * The result of a build of the edited page texts alone ({@link PageEdit}), when this build is one
   * and it could be made so; else null, and nothing was written.
   */
  BuildResult edited(
      BuildOptions options,
      long t0,
      java.util.concurrent.CompletableFuture<no.planvev.cache.BuildCache> cache)
      throws IOException {
    return edit == null ? null : edit.build(options, t0, warn, cache);
  }

  /**
   * The render memo a page edit prepared (templates compiled) that {@link #edited} did not use, for
   * the ordinary build after it; else null.
   */
  RenderMemo preparedMemo() {
    return edit == null ? null : edit.memo();
  }

  /**
   * The ordinary warm build of this build, after {@link #edited} found that the edits need one:
   * with the state's units read.
   */
  WarmBuild afterEdit() {
    if (edit == null) return this;
    long t0 = System.nanoTime();
    BuildState prior = BuildState.restore(cacheDir, output, saved, warn);
    WarmBuild w = new WarmBuild(where, prior, scan, edits, contentDir, null, edit.verified());
    Timings.step("units read after all", t0);
    return w;
  }

  /** The last build's report when nothing changed since (see {@link #unchanged}); else null. */
  private final Same same;

  /** Builds in this process that found nothing changed and did nothing (for tests). */
  static final java.util.concurrent.atomic.AtomicInteger unchangedBuilds =
      new java.util.concurrent.atomic.AtomicInteger();

  private SiteWriter writer;
  private Set<String> kept = Set.of();
  private Links links;
  private Map<String, PageLinks> priorLinks = Map.of();
  private boolean outputSame;
  private List<String> data = List.of();
  private long sitemapKey;
  private List<String> sitemap = List.of();

  /** Where a build's state is, for which output, planvev and inputs; whom to warn. */
  private record Where(
      Path cacheDir, Path output, String stamp, String key, Consumer<String> warn) {}

  private final Where where;

  private WarmBuild(
      Where where,
      BuildState prior,
      BuildState.Scan scan,
      Set<Path> changed,
      Path contentDir,
      Same same,
      java.util.concurrent.CompletableFuture<Map<String, SiteWriter.Stat>> verifying) {
    this.same = same;
    this.where = where;
    this.cacheDir = where.cacheDir();
    this.output = where.output();
    this.stamp = where.stamp();
    this.key = where.key();
    this.warn = where.warn();
    this.scan = scan;
    BuildState p = scan == null ? null : prior;
    ContentLoader.Cache c = null;
    if (p != null) {
      try {
        c = ContentLoader.Cache.restore(contentDir, p.site, p.siteProblems, p.units);
      } catch (RuntimeException e) {
        warn.accept(
            "planvev: ignoring the build state in "
                + cacheDir
                + ": "
                + e
                + "; building without it");
        p = null;
      }
    }
    this.prior = p;
    this.loads = c == null ? new ContentLoader.Cache() : c;
    if (c != null) c.listed(sections(scan));
    this.changed = p == null ? null : changed;
    // The output is looked at while the content loads (see openWriter).
    this.verified =
        p == null ? null : verifying != null ? verifying : BuildState.verifying(p.saved, output);
  }

  /**
   * Starts a build of {@code options} into {@code output} (checked) with the state in cacheDir;
   * {@code stamp}: {@link CacheStamp#of}.
   */
  static WarmBuild start(
      Path cacheDir, Path output, BuildOptions options, String stamp, Consumer<String> warn) {
    long t0 = System.nanoTime();
    Theme theme = options.theme();
    String key =
        String.join(
            "\u0000",
            "state 1",
            options.content().toAbsolutePath().normalize().toString(),
            // Units hold paths as the loader made them: from the folder as given, in this cwd.
            options.content().toString(),
            Path.of("").toAbsolutePath().toString(),
            output.toString(),
            String.valueOf(theme.overrideDir().orElse(null)),
            RenderMemo.fingerprint(theme),
            String.valueOf(options.date()),
            String.valueOf(options.baseUrl()),
            String.valueOf(options.strict()));
    Where where = new Where(cacheDir, output, stamp, key, warn);
    // The content is listed on another core while the state is read.
    java.util.concurrent.CompletableFuture<BuildState.Scan> scanning =
        Background.run(
            "planvev-scan",
            () -> {
              try {
                return BuildState.scan(options.content());
              } catch (RuntimeException e) {
                return null; // not followed: an ordinary build then
              }
            });
    t0 = Timings.step("theme fingerprint", t0);
    BuildState.Saved saved = BuildState.readSaved(cacheDir, output, stamp, key, warn);
    // The units are decoded once the changes are known: a build in which nothing changed, or only
    // the text of pages, needs none of them (decoding them meanwhile slowed those builds down by
    // its garbage and its use of both cores, and sped the others up by no more).
    List<String> warnings = new ArrayList<>();
    java.util.function.Supplier<BuildState> restore =
        () -> saved == null ? null : BuildState.restore(cacheDir, output, saved, warnings::add);
    BuildState.Scan scan = scanning.join();
    t0 = Timings.step("state read, content listed", t0);
    // What changed since the state, found once (for the two cases below).
    Set<Path> changed =
        saved == null || scan == null ? null : BuildState.changed(saved, options.content(), scan);
    t0 = Timings.step("changes found", t0);
    Same same = changed == null ? null : Same.of(saved, changed, output);
    if (same != null) {
      Timings.step("nothing changed", t0);
      return new WarmBuild(where, null, scan, changed, options.content(), same, null);
    }
    PageEdit edit =
        changed == null
            ? null
            : PageEdit.of(
                cacheDir, output, stamp, saved, scan, changed, options.content(), options.theme());
    if (edit != null) {
      // The units are not needed unless the edit cannot be built alone (see afterEdit).
      Timings.step("page edit", t0);
      WarmBuild w = new WarmBuild(where, null, scan, changed, options.content(), null, null);
      w.edit = edit;
      w.saved = saved;
      w.edits = changed;
      w.contentDir = options.content();
      return w;
    }
    BuildState prior = restore.get();
    warnings.forEach(warn);
    t0 = Timings.step("units read", t0);
    WarmBuild w = new WarmBuild(where, prior, scan, changed, options.content(), null, null);
    Timings.step("units restored, changes", t0);
    return w;
  }

  /**
   * Opens the writer on the output: from the files the last build left there when the output is
   * still as it left them (nothing listed), else by listing it.
   */
  SiteWriter openWriter() throws IOException {
    Map<String, SiteWriter.Stat> known = verified == null ? null : verified.join();
    outputSame = known != null;
    return SiteWriter.open(output, known);
  }

  /**
   * The result of this build when nothing it depends on changed since the last one: every content
   * file as the state listed it, the output as that build left it, and the same key (planvev, the
   * theme, the date, the options). Then nothing is read, made or written, and the last build's
   * problems and coverage are reported again; else null. {@code t0}: when the build began.
   */
  BuildResult unchanged(long t0) {
    if (same == null) return null;
    no.planvev.diag.Problems problems = new no.planvev.diag.Problems();
    same.replay().problems().forEach(problems::add);
    int pages = 0;
    for (String f : same.files()) {
      if (f.endsWith(".html")) pages++;
    }
    keptPages.set(pages);
    unchangedBuilds.incrementAndGet();
    return new BuildResult(
        problems,
        SiteFiles.empty(),
        java.time.Duration.ofNanos(System.nanoTime() - t0),
        same.replay().coverage(),
        new java.util.TreeSet<>(same.files()));
  }

  /** The output folder, as {@link no.planvev.output.OutputFolder} allowed it. */
  Path output() {
    return output;
  }

  /** The paths of the files left in the output as they were. */
  Set<String> kept() {
    return kept;
  }

  /** Whether the last build's state is in use. */
  boolean warm() {
    return prior != null;
  }

  /**
   * The writer is open on the output: when the output is as the last build left it, the renderer
   * may leave the pages of unchanged units in it ({@link RenderMemo#onDisk}).
   */
  void opened(SiteWriter writer, RenderMemo memo) {
    this.writer = writer;
    keptPages.set(0);
    int expected = prior == null ? 64 : prior.saved.pages().size() + 64;
    kept = java.util.concurrent.ConcurrentHashMap.newKeySet(expected * 4 / 3);
    memo.recordSources(expected);
    if (prior == null) return;
    if (!outputSame) {
      Timings.note("state      the output changed since the last build: every page is made");
      return;
    }
    priorLinks = prior.links();
    byte[] chrome = prior.saved.chrome();
    Map<String, no.planvev.model.Unit> pages = prior.onDisk();
    memo.onDisk(
        pages,
        inputs -> {
          try {
            boolean same = chrome != null && Arrays.equals(chrome, RecordCodec.write(inputs));
            if (!same) Timings.note("state      the pages' chrome changed: every page is made");
            return same;
          } catch (RuntimeException e) {
            return false;
          }
        });
    Timings.note(
        String.format(
            java.util.Locale.ROOT,
            "state      %d files changed, %d pages may stay",
            changed.size(),
            pages.size()));
  }

  /** The links of this build's pages are to be kept for the next state. */
  void links(Links l) {
    this.links = l;
    l.record(prior == null ? 64 : prior.saved.pages().size() + 64);
  }

  /** Leaves the output's page at {@code path} as it is; its links as the last build found them. */
  void keepPage(String path) {
    keep(path);
    keptPages.incrementAndGet();
    if (path.endsWith(".html")) {
      PageLinks l = priorLinks.get(path);
      if (l == null) throw new IllegalStateException("no links kept for " + path);
      links.kept(path, l);
    }
  }

  /** Leaves the output's file at {@code path} as it is. */
  void keep(String path) {
    if (!writer.keep(path)) throw new IllegalStateException("not in the output: " + path);
    kept.add(path);
  }

  /**
   * The data, calendar and feed files of the last build, to keep (no bytes), when what they are
   * made of is unchanged; else null.
   */
  List<OutputFile> keptData(Content content) {
    if (!outputSame
        || prior.site != loads.site()
        || prior.saved.data().isEmpty()
        || !prior.unchanged("plans", content.plans())
        || !prior.unchanged("projects", content.projects())
        || !prior.unchanged("hearings", content.hearings())
        || !prior.unchanged("reports", content.reports())) {
      return null;
    }
    return kept(prior.saved.data());
  }

  /** The data files made or kept, for the next state. */
  void data(List<OutputFile> files) {
    data = paths(files);
  }

  /**
   * The sitemap files of the last build, to keep, when the pages' groups are the same; else null.
   */
  List<OutputFile> keptSitemap(List<PageGroup> groups) {
    sitemapKey = BuildState.hash(RecordCodec.write(groups));
    if (!outputSame
        || prior.site != loads.site()
        || prior.saved.sitemap().isEmpty()
        || prior.saved.sitemapKey() != sitemapKey) {
      return null;
    }
    return kept(prior.saved.sitemap());
  }

  /** The sitemap files made or kept, for the next state. */
  void sitemap(List<OutputFile> files) {
    sitemap = paths(files);
  }

  /**
   * Writes the state of the build just committed; on failure removes it (the next build is then an
   * ordinary one).
   */
  void finish(
      Map<String, Map<String, String>> ui,
      RenderMemo memo,
      List<no.planvev.diag.Problem> problems,
      no.planvev.validate.Coverage coverage) {
    if (scan == null || links == null) {
      BuildState.remove(cacheDir, output);
      return;
    }
    try {
      byte[] chrome;
      try {
        chrome = memo.chromeInputs() == null ? null : RecordCodec.write(memo.chromeInputs());
      } catch (IllegalArgumentException e) {
        chrome = null;
      }
      byte[] replay;
      try {
        replay =
            RecordCodec.write(
                new Replay(
                    List.copyOf(problems),
                    coverage,
                    ui,
                    no.planvev.source.UiStrings.builtInRead()));
      } catch (IllegalArgumentException e) {
        replay = null; // a problem holds a value the codec cannot write: no replay
      }
      Map<String, SiteWriter.Stat> out = writer.committedStats();
      Map<String, Long> folders = writer.committedFolders(outputSame ? prior.folders() : null);
      if (out == null || loads.site() == null) {
        BuildState.remove(cacheDir, output);
        return;
      }
      BuildState.write(
          cacheDir,
          output,
          prior,
          new BuildState.Next(
              stamp,
              key,
              scan,
              out,
              folders,
              loads,
              chrome,
              replay,
              memo.sources(),
              links.recorded(),
              data,
              sitemapKey,
              sitemap));
    } catch (IOException | RuntimeException e) {
      BuildState.remove(cacheDir, output);
      if (!(e instanceof IllegalArgumentException) || Boolean.getBoolean("planvev.timings")) {
        warn.accept("planvev: cannot save the build state in " + cacheDir + " (" + e + ")");
      }
    }
  }

  /** The scan's entries of each folder directly in the content folder, by folder name. */
  private static Map<String, Map<String, Boolean>> sections(BuildState.Scan scan) {
    Map<String, Map<String, Boolean>> out = new java.util.HashMap<>();
    for (BuildState.FileStat f : scan.files().values()) {
      String p = f.path();
      int slash = p.indexOf('/');
      if (slash < 0) {
        if (f.size() < 0 && !p.isEmpty()) out.computeIfAbsent(p, k -> new java.util.HashMap<>());
      } else if (p.indexOf('/', slash + 1) < 0) {
        out.computeIfAbsent(p.substring(0, slash), k -> new java.util.HashMap<>())
            .put(p.substring(slash + 1), f.size() < 0);
      }
    }
    return out;
  }

  /** Files left in the output as they are (no bytes: see Builder's sink). */
  private static List<OutputFile> kept(List<String> paths) {
    List<OutputFile> out = new ArrayList<>(paths.size());
    for (String p : paths) out.add(new OutputFile(p, null));
    return out;
  }

  private static List<String> paths(List<OutputFile> files) {
    return files.stream().map(OutputFile::path).toList();
  }
}
