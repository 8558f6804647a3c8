package no.planvev.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import no.planvev.diag.Problems;
import no.planvev.model.Content;
import no.planvev.source.ContentLoader;
import no.planvev.source.UiStrings;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The demo site in content/, read by the real loader, renders cleanly. */
class DemoSiteTest {

  @Test
  void demoSiteRendersWithoutProblemsAndWithWorkingLinks() throws Exception {
    Problems problems = new Problems();
    Content content = ContentLoader.load(Path.of("content"), problems);
    var ui = UiStrings.load(TestSites.THEME, problems);
    assertEquals(List.of(), problems.all());
    assertEquals(TestSites.ui(), ui, "the loader reads our UI string files as the tests do");
    SiteRenderer r = new SiteRenderer(TestSites.THEME, ui, problems);
    Map<String, Document> pages = new TreeMap<>();
    for (SiteRenderer.PageJob job : r.pages(content, TestSites.TODAY)) {
      pages.put(job.path(), Jsoup.parse(new String(job.render().call(), StandardCharsets.UTF_8)));
    }
    assertEquals(List.of(), problems.all());
    assertTrue(pages.size() > 20, pages.keySet().toString());
    SiteRendererTest.checkHeadings(pages);
    var files =
        r.staticFiles(content).stream()
            .map(SiteRenderer.StaticFile::path)
            .collect(Collectors.toSet());
    files.addAll(SiteRendererTest.machinePaths(content));
    SiteRendererTest.checkLinks(pages, files);
  }
}
