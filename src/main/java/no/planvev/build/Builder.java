package no.planvev.build;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.planvev.model.Content;
import no.planvev.model.SiteConfig;
import no.planvev.model.SourcePos;
import no.planvev.output.SiteWriter;
import no.planvev.render.RenderException;
import no.planvev.render.SiteRenderer;
import no.planvev.source.ContentLoader;
import no.planvev.source.UiStrings;
import no.planvev.validate.Problems;

/** Load, validate, render, write. Pages are rendered in parallel; output order is fixed. */
public final class Builder {

  private Builder() {}

  /** Builds the site in memory; nothing is written. */
  public static BuildResult render(BuildOptions options) {
    long t0 = System.nanoTime();
    Problems problems = new Problems();
    SiteFiles site = SiteFiles.empty();
    Map<String, Map<String, String>> ui = UiStrings.load(options.templates(), problems);
    Content content = ContentLoader.load(options.content(), problems);
    if (content != null && !problems.hasErrors()) {
      if (options.baseUrl() != null) content = withBaseUrl(content, options.baseUrl());
      site = renderSite(content, options, ui, problems);
    }
    if (options.strict()) problems.promoteWarnings();
    if (problems.hasErrors()) site = SiteFiles.empty();
    return new BuildResult(problems, site, Duration.ofNanos(System.nanoTime() - t0));
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
      Map<String, Map<String, String>> ui, Problems problems) {
    SiteRenderer renderer = new SiteRenderer(options.templates(), ui, problems);
    List<SiteRenderer.PageJob> jobs = renderer.pages(content, options.date());
    Map<String, byte[]> generated = new TreeMap<>();
    List<byte[]> results = jobs.parallelStream().map(job -> {
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
    Map<String, java.nio.file.Path> copied = new TreeMap<>();
    for (SiteRenderer.StaticFile f : renderer.staticFiles(content)) copied.put(f.path(), f.source());
    duplicatesAcross(generated, copied, problems);
    return new SiteFiles(new TreeMap<>(generated), new TreeMap<>(copied));
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
