package no.planvev.preview;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import no.planvev.TestFiles;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code planvev serve} in a site with a templates/ folder beside its content that overrides one
 * template: the folder is watched, and saving the override reloads the page.
 */
class ThemeOverrideReloadTest {

  static final String PAGE = "nb/om/index.html";

  @TempDir Path dir;
  PreviewCommand.Running running;
  final StringWriter log = new StringWriter();

  @AfterEach
  void stop() {
    if (running != null) running.close();
  }

  private String h1() throws Exception {
    URI uri = new URI("http", null, "127.0.0.1", running.server().port(), "/" + PAGE, null, null);
    HttpResponse<String> r =
        Fixtures.CLIENT.send(
            HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    return Jsoup.parse(r.body()).selectFirst("h1").outerHtml();
  }

  @Test
  void savingAnOverrideBesideTheContentReloadsThePage() throws Exception {
    Path content = dir.resolve("content");
    TestFiles.copyTree(Path.of("content"), content);
    Path override = Files.createDirectories(dir.resolve("templates")).resolve("page.ftlh");
    String builtIn = Files.readString(Path.of("templates/page.ftlh"));
    Files.writeString(override, builtIn);
    PrintWriter w = new PrintWriter(log, true);
    Object started =
        PreviewCommand.startIncremental(
            no.planvev.cli.Cli.serveOptions(
                List.of("--port", "0", "--content", content.toString(), "--date", "2026-11-23"),
                Map.of()),
            w,
            w);
    running = assertInstanceOf(PreviewCommand.Running.class, started, log.toString());
    assertTrue(log.toString().contains(" and " + dir.resolve("templates")), log.toString());
    assertTrue(h1().startsWith("<h1>"), h1());

    try (var events = new EventStream(Fixtures.Served.view(running.server()), PAGE, "nb")) {
      String first = events.next().data();
      Files.writeString(override, builtIn.replace("<h1>", "<h1 class=\"ours\">"));
      for (int i = 0; i < 20; i++) {
        EventStream.Event e = events.poll(20_000);
        if (e == null) break;
        if (e.name().equals("build") && !e.data().equals(first)) {
          assertTrue(h1().startsWith("<h1 class=\"ours\">"), h1());
          return;
        }
      }
    }
    throw new AssertionError("no reload after saving the override; log:\n" + log);
  }
}
