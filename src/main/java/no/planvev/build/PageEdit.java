package no.planvev.build;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import no.planvev.cache.RecordCodec;
import no.planvev.diag.Problem;
import no.planvev.diag.Problems;
import no.planvev.model.Content;
import no.planvev.model.Page;
import no.planvev.model.SiteConfig;
import no.planvev.output.SiteWriter;
import no.planvev.render.RenderException;
import no.planvev.render.RenderMemo;
import no.planvev.render.SiteRenderer;
import no.planvev.source.ContentLoader;
import no.planvev.source.UiStrings;
import no.planvev.validate.LinkChecker;
import no.planvev.validate.PageLinks;
import no.planvev.validate.SiteChecks;

/**
 * A build after edits to the texts of content pages alone ({@code pages/}), with the last build's
 * state: it makes again the pages of the edited units and leaves every other file of the output,
 * and every other unit, as that build left them, without reading the other units at all.
 *
 * <p>It is taken only when the result is the one a whole build gives: every changed content file
 * belongs to a page unit (none came or went); the page read again differs from the one the state
 * holds only in the texts of its bodies, title and summary, each in the same languages (address,
 * menu place, languages and files the same: what the rest of the site shows of a page), and its
 * title only when no other page shows it (no menu place, no redirect to it); neither read had a
 * problem, the last build reported none about it and no link problem; the chrome the state kept is
 * this site's; its pages are at the same paths; their links resolve; and the output is as the last
 * build left it. Data files, feeds, calendars and the sitemap show nothing of a page but its
 * address. Anything else and {@link #build} returns null before it has written anything: the
 * ordinary warm build runs then.
 */
final class PageEdit {

  /** Builds in this process that took this path (for tests). */
  static final java.util.concurrent.atomic.AtomicInteger taken =
      new java.util.concurrent.atomic.AtomicInteger();

  private final Path cacheDir;
  private final Path output;
  private final String stamp;
  private final BuildState.Saved saved;
  private final BuildState.Scan scan;

  /** The edited units by index in {@code saved.unitRefs}. */
  private final List<Integer> units;

  /** The paths (as messages name them) of the changed content files. */
  private final Set<String> files;

  private final CompletableFuture<Map<String, SiteWriter.Stat>> verified;

  /** The UI strings and their problems, the chrome, and page.ftlh compiled, on another core. */
  private final CompletableFuture<Prepared> prepared;

  private final RenderMemo memo = RenderMemo.forOneBuild();

  /** Whether a page was made through {@link #memo} (it then is not handed on). */
  private volatile boolean rendered;

  private record Prepared(Map<String, Map<String, String>> ui, Problems problems, Object chrome) {}

  private PageEdit(
      Path cacheDir,
      Path output,
      String stamp,
      BuildState.Saved saved,
      BuildState.Scan scan,
      List<Integer> units,
      Set<String> files,
      no.planvev.theme.Theme theme) {
    this.cacheDir = cacheDir;
    this.output = output;
    this.stamp = stamp;
    this.saved = saved;
    this.scan = scan;
    this.units = units;
    this.files = files;
    this.verified = BuildState.verifying(saved, output);
    this.prepared =
        Background.run(
            "planvev-prepare",
            () -> {
              long t0 = System.nanoTime();
              Problems problems = new Problems();
              // The UI strings as the last build had them (the state's key names their files).
              Map<String, Map<String, String>> ui = null;
              try {
                WarmBuild.Replay r = (WarmBuild.Replay) RecordCodec.read(saved.replay());
                UiStrings.remember(r.builtIn());
                ui = r.ui();
              } catch (RuntimeException e) {
                ui = null;
              }
              if (ui == null) ui = UiStrings.load(theme, problems);
              t0 = Timings.step("edit: UI strings (other core)", t0);
              Object chrome;
              try {
                chrome = RecordCodec.read(saved.chrome());
              } catch (RuntimeException e) {
                chrome = null;
              }
              long t1 = Timings.step("edit: chrome decoded (other core)", t0);
              Prepared ready = new Prepared(ui, problems, chrome);
              // The page template alone: the others compile only when the edit is left to the
              // ordinary build (memo()).
              memo.prepareOnly(theme, "page.ftlh");
              Timings.step("edit: page.ftlh compiled (other core)", t1);
              return ready;
            });
  }

  /**
   * The render memo this edit prepared, with every template compiled now, for the ordinary build
   * that runs when the edit cannot be built alone; null when a page was made through it.
   */
  RenderMemo memo() {
    try {
      prepared.join();
    } catch (java.util.concurrent.CompletionException e) {
      return null;
    }
    if (rendered) return null;
    memo.compileRest();
    return memo;
  }

  /**
   * The output as the last build left it (see {@link BuildState#verifyOutput}), being looked at.
   */
  CompletableFuture<Map<String, SiteWriter.Stat>> verified() {
    return verified;
  }

  /**
   * A build of the pages the changed files {@code changed} (absolute) belong to, when each is a
   * file of {@code content}'s {@code pages/} that the state lists and still there (none came or
   * went), and the state's units file is not mostly stale; else null.
   */
  static PageEdit of(
      Path cacheDir,
      Path output,
      String stamp,
      BuildState.Saved saved,
      BuildState.Scan scan,
      Set<Path> changed,
      Path content,
      no.planvev.theme.Theme theme) {
    if (changed.isEmpty() || saved.replay() == null || saved.chrome() == null) return null;
    // A units file mostly of units no longer used is made anew by the ordinary build.
    if (BuildState.unitsUsed(saved) * 2 + (1 << 20) < saved.unitsLength()) return null;
    Path root = content.toAbsolutePath().normalize();
    Set<String> files = new HashSet<>();
    for (Path p : changed) {
      if (!p.startsWith(root)) return null;
      String rel = root.relativize(p).toString().replace('\\', '/');
      BuildState.FileStat now = scan.files().get(rel);
      if (!rel.startsWith("pages/") || !rel.endsWith(".md") || now == null || now.size() < 0) {
        return null;
      }
      files.add(rel);
    }
    // The units a changed file's name belongs to (a page's key is its file name's stem).
    Set<String> keys = new HashSet<>();
    for (String f : files) keys.add(ContentLoader.pageKey(f.substring(f.lastIndexOf('/') + 1)));
    List<Integer> units = new ArrayList<>();
    List<BuildState.UnitRef> refs = saved.unitRefs();
    for (int i = 0; i < refs.size(); i++) {
      if (refs.get(i).section().equals("pages") && keys.contains(refs.get(i).key())) units.add(i);
    }
    // More pages than a hand edits at once (a script, a checkout): the ordinary build is as quick.
    if (units.size() != keys.size() || units.size() > 8) return null;
    return new PageEdit(cacheDir, output, stamp, saved, scan, units, files, theme);
  }

  /**
   * Makes the edited units' pages and commits them with the next state, returning the result; null
   * when this path cannot give the result a whole build would (then nothing was written).
   */
  BuildResult build(
      BuildOptions options,
      long t0,
      Consumer<String> warn,
      CompletableFuture<no.planvev.cache.BuildCache> cache)
      throws IOException {
    long started = System.nanoTime();
    Path contentDir = options.content();
    // The units: the site and the edited ones, read from their places in the units file.
    Object site;
    Map<Integer, Record> before = new HashMap<>();
    try (FileChannel ch =
        FileChannel.open(cacheDir.resolve(saved.units()), StandardOpenOption.READ)) {
      site = unit(ch, saved.site());
      for (int i : units) before.put(i, (Record) unit(ch, saved.unitRefs().get(i)));
    } catch (IOException | RuntimeException e) {
      return declined("the units file cannot be read");
    }
    if (!(site instanceof BuildState.SiteUnit s)) return declined("no site in the state");
    SiteConfig config = s.site();
    if (options.baseUrl() != null) config = config.withBaseUrl(options.baseUrl());
    long t = Timings.step("edit: units read", started);

    // The edited units read again; their problems (none is allowed) and the last build's.
    Map<Integer, Record> after = new HashMap<>();
    List<Page> pages = new ArrayList<>();
    Set<String> theirFiles = new HashSet<>();
    for (var e : before.entrySet()) {
      Record now;
      try {
        now = ContentLoader.rereadPageText(contentDir, s.site(), e.getValue());
      } catch (RuntimeException ex) {
        return declined("the page cannot be read again");
      }
      if (now == null) return declined("more than the page's texts changed");
      Page page = (Page) ContentLoader.Cache.value(now);
      Page was = (Page) ContentLoader.Cache.value(e.getValue());
      if (!page.title().equals(was.title()) && SiteRenderer.titleShownElsewhere(config, page)) {
        return declined("other pages show the page's title");
      }
      Content alone =
          new Content(config, List.of(), List.of(), List.of(), List.of(page), List.of(), List.of());
      if (!SiteChecks.ofUnit(page, alone, options.date()).isEmpty())
        return declined("the page has a problem");
      after.put(e.getKey(), now);
      pages.add(page);
      page.provenance().texts().values().forEach(theirFiles::add);
      page.body().parts().values().forEach(part -> theirFiles.add(part.path()));
    }
    if (!theirFiles.containsAll(files)) return declined("a changed file is not the page's");
    WarmBuild.Replay replay;
    try {
      replay = (WarmBuild.Replay) RecordCodec.read(saved.replay());
    } catch (RuntimeException e) {
      return declined("the state's report cannot be read");
    }
    for (Problem p : replay.problems()) {
      if (theirFiles.contains(p.pos().path()))
        return declined("the last build reported a problem in the page");
      if (String.valueOf(p.text().key()).startsWith("link."))
        return declined("the last build reported a link problem");
    }
    t = Timings.step("edit: pages read", t);

    // The pages, in the chrome the state kept.
    Prepared ready;
    try {
      ready = prepared.join();
    } catch (java.util.concurrent.CompletionException e) {
      return declined("the templates cannot be compiled");
    }
    Problems renderProblems = new Problems();
    if (ready.chrome() == null || ready.problems().hasErrors())
      return declined("the chrome or the UI strings cannot be used");
    t = Timings.step("edit: templates ready", t);
    rendered = true;
    // The pages made go to the page cache too, as an ordinary build's do.
    no.planvev.cache.BuildCache pageCache = cache.join();
    if (pageCache != null) memo.store(pageCache);
    SiteRenderer renderer = new SiteRenderer(options.theme(), ready.ui(), renderProblems, memo);
    Object chrome = ready.chrome();
    Map<String, byte[]> made = new java.util.TreeMap<>();
    for (var e : before.keySet().stream().sorted().toList()) {
      Page page = (Page) ContentLoader.Cache.value(after.get(e));
      List<SiteRenderer.PageJob> jobs = renderer.pageJobs(config, chrome, page, options.date());
      if (jobs == null) return declined("the chrome is not this site's");
      Set<String> itsPages = new HashSet<>();
      for (BuildState.PageRef p : saved.pages()) {
        if (p.unit() == e) itsPages.add(p.file());
      }
      if (jobs.size() != itsPages.size()) return declined("the page has other pages now");
      for (SiteRenderer.PageJob job : jobs) {
        if (!itsPages.contains(job.path())) return declined("the page is at another path now");
        try {
          made.put(job.path(), job.render().call());
        } catch (RenderException ex) {
          return declined("the page cannot be made");
        } catch (Exception ex) {
          throw new IllegalStateException("rendering " + job.path() + " failed", ex);
        }
      }
    }
    if (renderProblems.hasErrors()) return declined("the templates have a problem");
    t = Timings.step("edit: pages made", t);

    // Their links, against every file of the output and, for links with a fragment, the ids of
    // the pages they lead to: the other pages' links and ids are needed only then, or when the
    // made pages' ids changed (every fragment link is checked again then).
    Map<String, SiteWriter.Stat> known = verified.join();
    if (known == null) return declined("the output changed since the last build");
    boolean idsChanged = false;
    boolean fragments = false;
    Map<String, PageLinks> links = new HashMap<>();
    for (BuildState.PageRef p : saved.pages()) {
      byte[] bytes = made.get(p.file());
      if (bytes == null) continue;
      PageLinks now = LinkChecker.scan(bytes);
      idsChanged |= !java.util.Arrays.equals(now.ids(), p.ids());
      for (String l : now.links()) fragments |= l.indexOf('#') > 0;
      links.put(p.file(), now);
    }
    LinkChecker checker = new LinkChecker(saved.pages().size());
    PageLinks none = PageLinks.kept(new String[0], new String[0]);
    for (BuildState.PageRef p : saved.pages()) {
      PageLinks now = links.get(p.file());
      if (now != null) {
        checker.replace(p.file(), now);
      } else {
        checker.addShared(
            p.file(), idsChanged || fragments ? PageLinks.kept(p.links(), p.ids()) : none);
      }
    }
    Problems linkProblems = new Problems();
    Content alone =
        new Content(config, List.of(), List.of(), List.of(), pages, List.of(), List.of());
    checker.checkSome(made.keySet(), idsChanged, known.keySet(), alone, contentDir, linkProblems);
    if (!linkProblems.all().isEmpty()) return declined("a link does not resolve");
    t = Timings.step("edit: links checked", t);

    // Committed: from here on the build either finishes or fails as any build does.
    taken.incrementAndGet();
    Map<String, SiteWriter.Stat> out;
    Map<String, Long> folders;
    int kept = 0;
    try (SiteWriter writer = SiteWriter.open(output, known)) {
      for (var e : made.entrySet()) writer.write(e.getKey(), e.getValue());
      for (String p : known.keySet()) {
        if (made.containsKey(p)) continue;
        if (!writer.keep(p)) throw new IllegalStateException("not in the output: " + p);
        if (p.endsWith(".html")) kept++;
      }
      writer.commit();
      t = Timings.step("edit: committed", t);
      out = writer.committedStats();
      Map<String, Long> was = new HashMap<>(saved.folders().size() * 2);
      for (BuildState.FileStat f : saved.folders()) was.put(f.path(), f.modified());
      folders = writer.committedFolders(was);
    }
    WarmBuild.keptPages.set(kept);
    try {
      if (out == null) throw new IOException("the output holds links");
      BuildState.writeEdited(
          cacheDir, output, stamp, saved, scan, after, out, folders, links, files, known);
    } catch (IOException | RuntimeException e) {
      BuildState.remove(cacheDir, output);
      warn.accept("planvev: cannot save the build state in " + cacheDir + " (" + e + ")");
    }
    Timings.step("edit: state written", t);
    Problems problems = new Problems();
    replay.problems().forEach(problems::add);
    java.util.SortedSet<String> written = new TreeSet<>(known.keySet());
    written.addAll(made.keySet());
    return new BuildResult(
        problems,
        SiteFiles.empty(),
        Duration.ofNanos(System.nanoTime() - t0),
        replay.coverage(),
        written);
  }

  /** Why the last edit in this process was left to the ordinary build (for tests and timings). */
  static volatile String declined;

  private static BuildResult declined(String why) {
    declined = why;
    Timings.note("edit:      left to the ordinary build: " + why);
    return null;
  }

  /** The unit at {@code ref} in the units file. */
  private static Object unit(FileChannel ch, BuildState.UnitRef ref) throws IOException {
    if (ref.offset() < 0 || ref.length() < 0 || ref.offset() + ref.length() > ch.size()) {
      throw new RecordCodec.Damaged("unit out of the file");
    }
    ByteBuffer b = ByteBuffer.allocate(ref.length());
    while (b.hasRemaining() && ch.read(b, ref.offset() + b.position()) >= 0) {}
    byte[] bytes = b.array();
    java.util.zip.CRC32 c = new java.util.zip.CRC32();
    c.update(bytes, 0, bytes.length);
    if ((int) c.getValue() != ref.crc()) throw new RecordCodec.Damaged("unit checksum");
    return RecordCodec.read(bytes, 0, bytes.length);
  }
}
