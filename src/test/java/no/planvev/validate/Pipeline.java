package no.planvev.validate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import no.planvev.model.Content;
import no.planvev.render.RenderException;
import no.planvev.render.SiteRenderer;
import no.planvev.source.ContentLoader;
import no.planvev.source.UiStrings;

/** Load, check, render in memory and link-check, as a build does; for tests of validate. */
final class Pipeline {

  static final Path TEMPLATES = Path.of("templates");

  private Pipeline() {}

  static Problems check(Path contentDir, LocalDate today) throws Exception {
    Problems problems = new Problems();
    var ui = UiStrings.load(TEMPLATES, problems);
    Content content = ContentLoader.load(contentDir, problems);
    if (content == null || problems.hasErrors()) return problems;
    SiteChecks.check(content, contentDir, today, problems);
    if (problems.hasErrors()) return problems;
    SiteRenderer r = new SiteRenderer(TEMPLATES, ui, problems);
    Map<String, byte[]> generated = new TreeMap<>();
    for (SiteRenderer.PageJob job : r.pages(content, today)) {
      try {
        generated.put(job.path(), job.render().call());
      } catch (RenderException e) {
        problems.add(e.problem());
      }
    }
    Set<String> copied = r.staticFiles(content).stream().map(SiteRenderer.StaticFile::path)
        .collect(Collectors.toSet());
    LinkChecker.check(generated, copied, content, contentDir, problems);
    return problems;
  }
}
