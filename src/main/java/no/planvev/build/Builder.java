package no.planvev.build;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.planvev.model.Content;
import no.planvev.model.SiteConfig;
import no.planvev.model.SourcePos;
import no.planvev.model.Urls;
import no.planvev.output.OutputFile;
import no.planvev.output.PageGroup;
import no.planvev.output.SiteWriter;
import no.planvev.output.atom.AtomWriter;
import no.planvev.output.ics.IcsWriter;
import no.planvev.output.json.JsonData;
import no.planvev.output.sitemap.SitemapWriter;
import no.planvev.render.RenderException;
import no.planvev.render.SiteRenderer;
import no.planvev.source.ContentLoader;
import no.planvev.source.UiStrings;
import no.planvev.validate.Coverage;
import no.planvev.validate.LinkChecker;
import no.planvev.validate.Problems;
import no.planvev.validate.SiteChecks;

/** Load, validate, render, write. Pages are rendered in parallel; output order is fixed. */
public final class Builder {

  private Builder() {}

  /** Builds the site in memory; nothing is written. Pages are rendered on all cores. */
  public static BuildResult render(BuildOptions options) {
    return render(options, new SiteRenderer.Memo(), true);
  }

  /**
   * Builds the site in memory, reusing rendered Markdown and unchanged pages from earlier builds
   * kept in {@code memo} (the preview keeps one between rebuilds); the result is the same.
   */
  public static BuildResult render(BuildOptions options, SiteRenderer.Memo memo) {
    return render(options, memo, true);
  }

  /** As {@link #render(BuildOptions)}; {@code parallel} false renders one page at a time. */
  static BuildResult render(BuildOptions options, boolean parallel) {
    return render(options, new SiteRenderer.Memo(), parallel);
  }

  private static BuildResult render(BuildOptions options, SiteRenderer.Memo memo,
      boolean parallel) {
    long t0 = System.nanoTime();
    Problems problems = new Problems();
    SiteFiles site = SiteFiles.empty();
    Map<String, Map<String, String>> ui = UiStrings.load(options.templates(), problems);
    Content content = ContentLoader.load(options.content(), problems);
    if (content != null && !problems.hasErrors()) {
      if (options.baseUrl() != null) content = withBaseUrl(content, options.baseUrl());
      SiteChecks.check(content, options.content(), options.date(), problems);
    }
    if (content != null && !problems.hasErrors()) {
      site = renderSite(content, options, ui, problems, memo, parallel);
      if (!problems.hasErrors()) {
        LinkChecker.check(site.generated(), site.copied().keySet(), content, options.content(),
            problems);
      }
    }
    if (options.strict()) problems.promoteWarnings();
    if (problems.hasErrors()) site = SiteFiles.empty();
    return new BuildResult(problems, site, Duration.ofNanos(System.nanoTime() - t0),
        content == null ? null : Coverage.of(content));
  }

  /** Builds the site and, when there are no errors, replaces the output folder with it. */
  public static BuildResult build(BuildOptions options) throws IOException {
    SiteWriter.recover(options.output());
    BuildResult result = render(options);
    if (!result.ok()) return result;
    try (SiteWriter writer = SiteWriter.open(options.output())) {
      for (var e : result.site().generated().entrySet()) writer.write(e.getKey(), e.getValue());
      for (var e : result.site().copied().entrySet()) writer.copy(e.getKey(), e.getValue());
      writer.commit();
    }
    return result;
  }

  private static SiteFiles renderSite(Content content, BuildOptions options,
      Map<String, Map<String, String>> ui, Problems problems, SiteRenderer.Memo memo,
      boolean parallel) {
    SiteRenderer renderer = new SiteRenderer(options.templates(), ui, problems, memo);
    List<SiteRenderer.PageJob> jobs = renderer.pages(content, options.date());
    Map<String, byte[]> generated = new TreeMap<>();
    var stream = parallel ? jobs.parallelStream() : jobs.stream();
    List<byte[]> results = stream.map(job -> {
      try {
        return job.render().call();
      } catch (RenderException e) {
        problems.add(e.problem());
        return null;
      } catch (Exception e) {
        throw new IllegalStateException("rendering " + job.path() + " failed", e);
      }
    }).toList();
    for (int i = 0; i < jobs.size(); i++) {
      if (results.get(i) != null) generated.put(jobs.get(i).path(), results.get(i));
    }
    for (OutputFile f : machineFiles(content, options, jobs)) generated.put(f.path(), f.bytes());
    Map<String, java.nio.file.Path> copied = new TreeMap<>();
    for (SiteRenderer.StaticFile f : renderer.staticFiles(content)) copied.put(f.path(), f.source());
    duplicatesAcross(generated, copied, problems);
    return new SiteFiles(new TreeMap<>(generated), new TreeMap<>(copied));
  }

  /** Data, calendars, feeds and the sitemap: everything that is not an HTML page. */
  private static List<OutputFile> machineFiles(Content content, BuildOptions options,
      List<SiteRenderer.PageJob> jobs) {
    Urls urls = new Urls(content.site());
    List<OutputFile> files = new ArrayList<>();
    files.addAll(JsonData.write(content, urls, options.date()));
    files.addAll(IcsWriter.write(content, urls, options.date()));
    files.addAll(AtomWriter.write(content, urls, options.date()));
    files.addAll(SitemapWriter.write(content, urls, options.date(), pageGroups(jobs)));
    return files;
  }

  /** Every page in all its languages, for hreflang alternates in the sitemap; not embed pages
   *  (they are parts of other sites' pages, marked noindex). */
  private static List<PageGroup> pageGroups(List<SiteRenderer.PageJob> jobs) {
    Map<String, Map<String, String>> groups = new TreeMap<>();
    for (SiteRenderer.PageJob job : jobs) {
      if (job.path().endsWith("404.html") || job.path().equals("index.html")) continue;
      if (job.group().startsWith("embed-")) continue;
      String path = job.path().endsWith("/index.html")
          ? job.path().substring(0, job.path().length() - "index.html".length()) : job.path();
      groups.computeIfAbsent(job.group(), g -> new TreeMap<>()).put(job.lang(), path);
    }
    return groups.values().stream().map(PageGroup::new).toList();
  }

  private static void duplicatesAcross(Map<String, byte[]> generated,
      Map<String, java.nio.file.Path> copied, Problems problems) {
    for (String path : copied.keySet()) {
      if (generated.containsKey(path)) {
        problems.error(SourcePos.file("assets"), "the asset " + path
            + " would overwrite a generated page: rename it");
      }
    }
  }

  private static Content withBaseUrl(Content c, String baseUrl) {
    SiteConfig s = c.site();
    SiteConfig site = new SiteConfig(s.title(), s.description(), baseUrl, s.languages(),
        s.publisher(), s.accessibilityStatement(), s.sections());
    return new Content(site, c.plans(), c.projects(), c.hearings(), c.pages(), c.assets());
  }
}
