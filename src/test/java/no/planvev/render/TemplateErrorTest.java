package no.planvev.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import no.planvev.diag.Problem;
import no.planvev.diag.Problems;
import no.planvev.diag.Severity;
import no.planvev.model.Content;
import no.planvev.theme.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateErrorTest {

  @TempDir Path dir;

  /** An override folder, empty: each test writes the one template it breaks. */
  Path copyTemplates() {
    return dir;
  }

  SiteRenderer.PageJob job(SiteRenderer r, String path) {
    return r.pages(TestSites.site(), TestSites.TODAY).stream()
        .filter(j -> j.path().equals(path))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void runtimeErrorIsAProblemAtTemplateLineAndColumn() throws Exception {
    Path t = copyTemplates();
    Files.writeString(
        t.resolve("page.ftlh"),
        """
        <#import "lib.ftlh" as l>
        <@l.page title=p.title.text>
        <h1>${p.nosuch.field}</h1>
        </@l.page>
        """);
    SiteRenderer r = new SiteRenderer(Theme.over(t), TestSites.ui(), new Problems());
    RenderException e =
        assertThrows(RenderException.class, () -> job(r, "nb/om/index.html").render().call());
    Problem p = e.problem();
    assertEquals(t.toString().replace('\\', '/') + "/page.ftlh:3:7", p.pos().toString());
    assertEquals(Severity.ERROR, p.severity());
    assertTrue(p.message().contains("nosuch"), p.message());
    // Other pages still render.
    job(r, "nb/index.html").render().call();
  }

  @Test
  void syntaxErrorIsReportedWhenCompilingAndAgainByThePagesUsingIt() throws Exception {
    Path t = copyTemplates();
    Files.writeString(t.resolve("hearings.ftlh"), "<#import \"lib.ftlh\" as l>\n<#if x>\n");
    Problems problems = new Problems();
    SiteRenderer r = new SiteRenderer(Theme.over(t), TestSites.ui(), problems);
    assertEquals(1, problems.all().size(), problems.all().toString());
    Problem p = problems.all().get(0);
    assertTrue(
        p.pos().toString().startsWith(t.toString().replace('\\', '/') + "/hearings.ftlh:"),
        p.toString());
    assertTrue(p.pos().line() > 0, p.toString());
    RenderException e =
        assertThrows(RenderException.class, () -> job(r, "en/hearings/index.html").render().call());
    assertEquals(p, e.problem());
  }

  @Test
  void languageWithoutUiStringsFallsBackToTheDefaultAndWarns() throws Exception {
    Map<String, Map<String, String>> ui = Map.of("nb", TestSites.ui().get("nb"));
    Problems problems = new Problems();
    SiteRenderer r = new SiteRenderer(TestSites.THEME, ui, problems);
    Content c = TestSites.site();
    String html =
        new String(
            job(r, "en/index.html").render().call(), java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(html.contains("Hopp til hovedinnhold"));
    assertEquals(1, problems.count(Severity.WARNING));
    assertEquals("i18n/en.yaml", problems.all().get(0).pos().path());
    assertTrue(c.site().languageCodes().contains("en"));
  }

  @Test
  void everyUiKeyIsInEveryLanguage() {
    var ui = TestSites.ui();
    assertEquals(ui.get("nb").keySet(), ui.get("en").keySet());
    assertEquals(ui.get("nb").keySet(), ui.get("nn").keySet());
  }
}
