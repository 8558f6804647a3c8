package no.planvev.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import no.planvev.cache.BuildCache;
import no.planvev.diag.Problems;
import no.planvev.diag.SourcePos;
import no.planvev.model.Content;
import no.planvev.model.Urls;
import no.planvev.output.OutputFile;
import no.planvev.output.OutputFolder;
import no.planvev.output.PageGroup;
import no.planvev.output.SiteWriter;
import no.planvev.output.atom.AtomWriter;
import no.planvev.output.ics.IcsWriter;
import no.planvev.output.json.JsonData;
import no.planvev.output.sitemap.SitemapWriter;
import no.planvev.render.RenderException;
import no.planvev.render.RenderMemo;
import no.planvev.render.RouteKind;
import no.planvev.render.SiteRenderer;
import no.planvev.source.ContentLoader;
import no.planvev.source.IoReason;
import no.planvev.source.UiStrings;
import no.planvev.theme.Theme;
import no.planvev.validate.Coverage;
import no.planvev.validate.SiteChecks;
import no.planvev.words.Words;

/**
 * Load, validate, render, write. Pages are rendered on all cores and, in a build, written to the
 * staging folder as soon as each is rendered (nothing waits in memory); each page's links are taken
 * on the same pass and checked at the end. Output bytes never depend on the order.
 */
public final class Builder {

  private Builder() {}

  /** Builds the site in memory; nothing is written. Pages are rendered on all cores. */
  public static BuildResult render(BuildOptions options) {
    return render(options, Progress.NONE);
  }

  /** As {@link #render(BuildOptions)}, telling {@code progress} how far it is. */
  public static BuildResult render(BuildOptions options, Progress progress) {
    return render(options, null, null, true, progress);
  }

  /**
   * Builds the site in memory, reusing what {@code memo} kept from earlier builds (the preview
   * keeps one between rebuilds); {@code changed} are the files and folders changed since the last
   * build with this memo. The result is the same as a build from scratch.
   */
  public static BuildResult render(BuildOptions options, BuildMemo memo, Set<Path> changed) {
    return render(options, memo, changed, true, Progress.NONE);
  }

  /** As {@link #render(BuildOptions)}; {@code parallel} false renders one page at a time. */
  static BuildResult render(BuildOptions options, boolean parallel) {
    return render(options, null, null, parallel, Progress.NONE);
  }

  private static BuildResult render(
      BuildOptions options,
      BuildMemo memo,
      Set<Path> changed,
      boolean parallel,
      Progress progress) {
    long t0 = System.nanoTime();
    Problems problems = new Problems();
    Timings t = new Timings();
    RenderMemo renderMemo = memo == null ? RenderMemo.forOneBuild() : memo.render;
    Loaded loaded = load(options, problems, t, renderMemo, memo, null, changed, progress);
    Content content = loaded.content();
    Map<String, byte[]> generated = new ConcurrentHashMap<>();
    SortedMap<String, Path> copied = new TreeMap<>();
    if (content != null && !problems.hasErrors()) {
      try {
        copied =
            produce(
                loaded,
                options,
                problems,
                memo,
                renderMemo,
                parallel,
                generated::put,
                t,
                progress,
                null);
      } catch (IOException e) {
        throw new UncheckedIOException(e); // only a sink that writes can fail
      }
    }
    if (options.strict()) problems.promoteWarnings();
    SiteFiles site =
        problems.hasErrors()
            ? SiteFiles.empty()
            : new SiteFiles(
                memo == null ? new TreeMap<>(generated) : memo.sorted(generated), copied);
    BuildResult result =
        new BuildResult(
            problems,
            site,
            Duration.ofNanos(System.nanoTime() - t0),
            content == null ? null : Coverage.of(content));
    t.mark("result");
    return result;
  }

  /**
   * Builds the site and, when there are no errors, replaces the output folder with it. Pages go to
   * a staging folder as they are rendered; on any error the staging folder is dropped and the
   * output stays as it was. The result lists the files written, without their bytes. An output that
   * must not be replaced (see {@link OutputFolder}) is refused before anything is read.
   */
  public static BuildResult build(BuildOptions options) throws IOException {
    return build(options, Progress.NONE);
  }

  /** As {@link #build(BuildOptions)}, telling {@code progress} how far it is. */
  public static BuildResult build(BuildOptions options, Progress progress) throws IOException {
    return build(options, progress, (Path) null, null);
  }

  /**
   * As {@link #build(BuildOptions, Progress)}, with the build cache in {@code cacheDir} (none when
   * null; see {@link BuildCache}); {@code warn} gets a line when the cache is ignored.
   */
  public static BuildResult build(
      BuildOptions options,
      Progress progress,
      Path cacheDir,
      java.util.function.Consumer<String> warn)
      throws IOException {
    Timings t = new Timings();
    String stamp = CacheStamp.of();
    // The page cache's index is read on another core while the state is read.
    CompletableFuture<BuildCache> opening =
        cacheDir == null
            ? CompletableFuture.completedFuture(null)
            : Background.run("planvev-cache-open", () -> BuildCache.open(cacheDir, stamp, warn));
    boolean[] ok = {false};
    BuildCache cache = null;
    RenderMemo prepared = null;
    try {
      WarmBuild warm = null;
      if (cacheDir != null) {
        Path output = outputFolder(options);
        warm = WarmBuild.start(cacheDir, output, options, stamp, warn);
        // Nothing changed, or only pages' texts: done without the ordinary build.
        BuildResult done = warm.unchanged(t.started());
        String what = "nothing changed";
        if (done == null) {
          done = warm.edited(options, t.started(), opening);
          what = "page edit";
        }
        if (done != null) {
          cache = opening.join();
          if (cache != null) cache.usedInPart();
          t.mark(what);
          ok[0] = done.ok();
          return done;
        }
        prepared = warm.preparedMemo();
        warm = warm.afterEdit();
      }
      cache = opening.join();
      t.mark("state read");
      BuildResult r = build(options, progress, cache, warm, t, prepared);
      ok[0] = r.ok();
      return r;
    } finally {
      if (cache == null) cache = opening.join();
      if (cache != null) {
        long t0 = System.nanoTime();
        cache.close(ok[0]);
        Timings.note(
            String.format(
                java.util.Locale.ROOT,
                "cache      %d found, %d made, saved in %.1f ms",
                cache.hits(),
                cache.misses(),
                (System.nanoTime() - t0) / 1e6));
      }
    }
  }

  /** The output folder, once {@link OutputFolder} allows it to be replaced. */
  private static Path outputFolder(BuildOptions options) throws IOException {
    return OutputFolder.check(
            options.output(),
            options.content(),
            options.theme().overrideDir().orElse(null),
            options.force())
        .folder();
  }

  /** As {@link #build(BuildOptions, Progress)}, with {@code cache} (which the caller closes). */
  static BuildResult build(BuildOptions options, Progress progress, BuildCache cache)
      throws IOException {
    return build(options, progress, cache, null, new Timings(), null);
  }

  /** As above, with the state of the last build when {@code warm} is not null (see BuildState). */
  private static BuildResult build(
      BuildOptions options,
      Progress progress,
      BuildCache cache,
      WarmBuild warm,
      Timings t,
      RenderMemo prepared)
      throws IOException {
    long t0 = t.started();
    // Checked once: a build with the state has checked it already.
    Path output = warm != null ? warm.output() : outputFolder(options);
    SiteWriter.recover(output);
    Problems problems = new Problems();
    // A page edit that could not be built alone may have compiled the templates already.
    RenderMemo renderMemo = prepared != null ? prepared : RenderMemo.forOneBuild();
    if (cache != null) renderMemo.store(cache);
    // With the last build's state, few pages miss the output and the page cache. When no content
    // file changed, often none: templates then compile only when a page needs them. After an edit
    // the edited pages need them: they compile on another core while the content loads.
    if (warm != null && warm.warm()) {
      if (warm.changed.isEmpty()) renderMemo.compileLazily();
      if (cache != null) cache.usedInPart();
    }
    Loaded loaded =
        load(
            options,
            problems,
            t,
            renderMemo,
            null,
            warm == null ? null : warm.loads,
            warm == null ? null : warm.changed,
            progress);
    Content content = loaded.content();
    Coverage coverage = content == null ? null : Coverage.of(content);
    SortedSet<String> written = new TreeSet<>();
    if (content != null && !problems.hasErrors()) {
      try (SiteWriter writer = warm != null ? warm.openWriter() : SiteWriter.open(output)) {
        if (warm != null) warm.opened(writer, renderMemo);
        Set<String> paths = ConcurrentHashMap.newKeySet();
        SortedMap<String, Path> copied =
            produce(
                loaded,
                options,
                problems,
                null,
                renderMemo,
                true,
                (path, bytes) -> {
                  writer.write(path, bytes);
                  paths.add(path);
                },
                t,
                progress,
                warm);
        if (options.strict()) problems.promoteWarnings();
        if (!problems.hasErrors()) {
          progress.phase("files", copied.size());
          copyAll(writer, copied, options.content(), problems, progress);
        }
        if (!problems.hasErrors()) {
          progress.phase("saving", 0);
          writer.commit();
          t.mark("commit");
          if (warm != null) {
            warm.finish(loaded.ui(), renderMemo, problems.all(), coverage);
            t.mark("state");
          }
          written.addAll(paths);
          written.addAll(copied.keySet());
          if (warm != null) written.addAll(warm.kept());
        }
      }
    }
    if (options.strict()) problems.promoteWarnings();
    return new BuildResult(
        problems, SiteFiles.empty(), Duration.ofNanos(System.nanoTime() - t0), coverage, written);
  }

  /**
   * Content, the theme and its UI strings, and the checks on content; content null when it cannot
   * be read.
   */
  private record Loaded(Content content, Theme theme, Map<String, Map<String, String>> ui) {}

  private static Loaded load(
      BuildOptions options,
      Problems problems,
      Timings t,
      RenderMemo renderMemo,
      BuildMemo memo,
      ContentLoader.Cache loads,
      Set<Path> changed,
      Progress progress) {
    progress.phase("reading", 0);
    // Templates compile, and Markdown warms up, on another core while the content is read.
    Theme theme = options.theme();
    Thread prepare = new Thread(() -> renderMemo.prepare(theme), "planvev-prepare");
    prepare.setDaemon(true);
    prepare.start();
    Map<String, Map<String, String>> ui = UiStrings.load(theme, problems);
    Content content =
        memo != null
            ? ContentLoader.load(options.content(), problems, memo.loads, changed)
            : loads != null
                ? ContentLoader.load(options.content(), problems, loads, changed)
                : ContentLoader.load(options.content(), problems);
    t.mark("load");
    if (content != null && !problems.hasErrors()) {
      if (options.baseUrl() != null) content = withBaseUrl(content, options.baseUrl());
      progress.phase("checking", 0);
      SiteChecks.check(
          content, options.content(), options.date(), problems, memo == null ? null : memo.checks);
      t.mark("checks");
    }
    // The preparation ends before the build goes on or stops: it writes into the build cache,
    // and nothing may touch the cache (or its folder) once the build has returned.
    try {
      prepare.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return new Loaded(content, theme, ui);
  }

  /** Where generated files go as they are made: memory, or the staging folder. */
  @FunctionalInterface
  private interface Sink {
    void accept(String path, byte[] bytes) throws IOException;
  }

  /**
   * Renders every page (on all cores when {@code parallel}) and the machine files into {@code
   * sink}, checks the links of the pages, and returns the files to copy. Problems go to {@code
   * problems}; after an error, what reached the sink must not be published.
   */
  private static SortedMap<String, Path> produce(
      Loaded loaded,
      BuildOptions options,
      Problems problems,
      BuildMemo memo,
      RenderMemo renderMemo,
      boolean parallel,
      Sink sink,
      Timings t,
      Progress progress,
      WarmBuild warm)
      throws IOException {
    Content content = loaded.content();
    List<OutputFile> keptData = warm == null ? null : warm.keptData(content);
    CompletableFuture<List<OutputFile>> data =
        keptData != null
            ? CompletableFuture.completedFuture(keptData)
            : dataFiles(content, loaded.ui(), options, memo);
    SiteRenderer renderer = new SiteRenderer(loaded.theme(), loaded.ui(), problems, renderMemo);
    List<SiteRenderer.PageJob> jobs = renderer.pages(content, options.date());
    SortedMap<String, Path> copied = new TreeMap<>();
    for (SiteRenderer.StaticFile f : renderer.staticFiles(content))
      copied.put(f.path(), f.source());
    t.mark("prepare");
    progress.phase("pages", jobs.size());

    Links links = memo == null ? new Links(jobs.size()) : new Links(memo.links, memo.scanned);
    if (warm != null) warm.links(links);
    Sink out =
        warm == null
            ? sink
            : new Sink() {
              @Override
              public void accept(String path, byte[] bytes) throws IOException {
                if (bytes == null) {
                  warm.keep(path);
                } else if (bytes == RenderMemo.ON_DISK) {
                  warm.keepPage(path);
                } else {
                  sink.accept(path, bytes);
                }
              }
            };
    // Only their paths are kept once written: the sitemap alone is 74 MB at 100,000 pages.
    List<String> machine;
    if (parallel) {
      // Pages on a pool of their own, one thread a core; the machine files meanwhile here.
      ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
      try {
        Future<?> pages =
            pool.submit(
                () ->
                    jobs.parallelStream()
                        .forEach(
                            job -> {
                              page(job, out, links, problems);
                              progress.step();
                            }));
        machine = write(machineFiles(content, options, jobs, memo, data, warm), out);
        t.mark("machine");
        await(pages);
      } finally {
        // After a failed write the staging folder is deleted: no page may still be writing.
        links.stop();
        pool.shutdown();
        awaitQuiet(pool);
      }
    } else {
      jobs.forEach(
          job -> {
            page(job, out, links, problems);
            progress.step();
          });
      machine = write(machineFiles(content, options, jobs, memo, data, warm), out);
    }
    Set<String> all = new HashSet<>(2 * (jobs.size() + machine.size() + copied.size()));
    for (SiteRenderer.PageJob job : jobs) all.add(job.path());
    all.addAll(machine);
    duplicatesAcross(all, copied, problems);
    all.addAll(copied.keySet());
    t.mark("pages");
    progress.phase("links", 0);
    if (!problems.hasErrors()) links.check(all, content, options.content(), problems);
    t.mark("links");
    return copied;
  }

  /** Writes {@code files} and gives their paths. */
  private static List<String> write(List<OutputFile> files, Sink sink) throws IOException {
    List<String> paths = new ArrayList<>(files.size());
    for (OutputFile f : files) {
      sink.accept(f.path(), f.bytes());
      paths.add(f.path());
    }
    return paths;
  }

  private static void page(SiteRenderer.PageJob job, Sink sink, Links links, Problems problems) {
    if (links.stopped()) return;
    byte[] bytes;
    try {
      bytes = job.render().call();
    } catch (RenderException e) {
      problems.add(e.problem());
      return;
    } catch (Exception e) {
      throw new IllegalStateException("rendering " + job.path() + " failed", e);
    }
    try {
      sink.accept(job.path(), bytes);
    } catch (IOException e) {
      links.stop();
      throw new UncheckedIOException(e);
    }
    if (bytes != RenderMemo.ON_DISK) links.add(job.path(), bytes);
  }

  private static void await(Future<?> f) throws IOException {
    try {
      f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof UncheckedIOException u) throw u.getCause();
      if (c instanceof RuntimeException r) throw r;
      if (c instanceof Error err) throw err;
      throw new IllegalStateException(c);
    }
  }

  private static void awaitQuiet(ForkJoinPool pool) {
    try {
      pool.awaitTermination(10, java.util.concurrent.TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Data, calendars, feeds and the sitemap: everything that is not an HTML page. */
  /**
   * The data, calendar and feed files, made on a thread of their own from the moment the content is
   * checked: they need nothing else, and their libraries take a while to start.
   */
  private static CompletableFuture<List<OutputFile>> dataFiles(
      Content content, Map<String, Map<String, String>> ui, BuildOptions options, BuildMemo memo) {
    Supplier<List<OutputFile>> make =
        () -> {
          Urls urls = new Urls(content.site());
          Words words = Words.of(ui);
          List<OutputFile> files = new ArrayList<>();
          files.addAll(JsonData.write(content, urls, options.date(), words));
          files.addAll(IcsWriter.write(content, urls, options.date(), words));
          files.addAll(AtomWriter.write(content, urls, options.date(), words));
          return files;
        };
    return Background.run(
        "planvev-data", memo == null ? make : () -> memo.data(content, options.date(), make));
  }

  /** Everything that is not an HTML page: the data files and the sitemap. */
  private static List<OutputFile> machineFiles(
      Content content,
      BuildOptions options,
      List<SiteRenderer.PageJob> jobs,
      BuildMemo memo,
      CompletableFuture<List<OutputFile>> data,
      WarmBuild warm) {
    Urls urls = new Urls(content.site());
    List<PageGroup> groups = pageGroups(jobs);
    Supplier<List<OutputFile>> sitemap =
        () -> SitemapWriter.write(content, urls, options.date(), groups);
    List<OutputFile> files = new ArrayList<>();
    try {
      files.addAll(data.join());
    } catch (java.util.concurrent.CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      if (e.getCause() instanceof Error err) throw err;
      throw e;
    }
    if (warm != null) {
      warm.data(files);
      List<OutputFile> kept = warm.keptSitemap(groups);
      List<OutputFile> made = kept != null ? kept : sitemap.get();
      warm.sitemap(made);
      files.addAll(made);
      return files;
    }
    files.addAll(
        memo == null ? sitemap.get() : memo.sitemap(content, options.date(), groups, sitemap));
    return files;
  }

  /**
   * Every page in all its languages, for hreflang alternates in the sitemap; not embed pages (they
   * are parts of other sites' pages, marked noindex).
   */
  private static List<PageGroup> pageGroups(List<SiteRenderer.PageJob> jobs) {
    Map<String, Map<String, String>> groups = new TreeMap<>();
    for (SiteRenderer.PageJob job : jobs) {
      // Not the root, not-found pages, nor embed pages.
      if (job.kind() != RouteKind.PAGE || !job.listed()) continue;
      String path =
          job.path().endsWith("/index.html")
              ? job.path().substring(0, job.path().length() - "index.html".length())
              : job.path();
      groups.computeIfAbsent(job.group(), g -> new TreeMap<>()).put(job.lang(), path);
    }
    return groups.values().stream().map(PageGroup::new).toList();
  }

  /**
   * Copies the assets and static files; one that cannot be read (gone since it was listed, no
   * permission) is a content problem named by its path, not a failed write of the site.
   */
  static void copyAll(
      SiteWriter writer, Map<String, Path> copied, Path contentDir, Problems problems)
      throws IOException {
    copyAll(writer, copied, contentDir, problems, Progress.NONE);
  }

  /** As above, counting each file copied in {@code progress}. */
  static void copyAll(
      SiteWriter writer,
      Map<String, Path> copied,
      Path contentDir,
      Problems problems,
      Progress progress)
      throws IOException {
    Path root = contentDir.toAbsolutePath().normalize();
    for (var e : copied.entrySet()) {
      try {
        writer.copy(e.getKey(), e.getValue());
        progress.step();
      } catch (IOException failed) {
        IOException reading = unreadable(e.getValue());
        if (reading == null) throw failed;
        Path src = e.getValue().toAbsolutePath().normalize();
        String name =
            src.startsWith(root)
                ? root.relativize(src).toString().replace('\\', '/')
                : src.toString();
        problems.error(
            SourcePos.file(name),
            no.planvev.diag.Message.of("asset.unreadable", name, IoReason.of(reading)));
      }
    }
  }

  /** Why {@code file} cannot be read, or null when it can. */
  private static IOException unreadable(Path file) {
    try (var in = Files.newInputStream(file)) {
      in.read();
      return null;
    } catch (IOException e) {
      return e;
    }
  }

  private static void duplicatesAcross(
      Set<String> generated, Map<String, Path> copied, Problems problems) {
    for (String path : copied.keySet()) {
      if (generated.contains(path)) {
        problems.error(
            SourcePos.file("assets"), no.planvev.diag.Message.of("asset.overwritesPage", path));
      }
    }
  }

  private static Content withBaseUrl(Content c, String baseUrl) {
    return new Content(
        c.site().withBaseUrl(baseUrl),
        c.plans(),
        c.projects(),
        c.hearings(),
        c.pages(),
        c.assets(),
        c.reports());
  }
}
