package no.planvev.preview;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import no.planvev.TestFiles;
import no.planvev.build.BuildOptions;
import no.planvev.build.BuildResult;
import no.planvev.build.Builder;
import no.planvev.build.SiteFiles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code planvev serve} on a copy of the demo content, with the real build and file watching: edits
 * show up, broken edits show the overlay over the last good page, fixes bring the new page, and
 * what is served is what a full build makes.
 */
class PreviewEndToEndTest {

  static final LocalDate DATE = LocalDate.of(2026, 11, 23);
  static final String PAGE = "nb/om/index.html";

  @TempDir Path dir;
  Path content;
  PreviewCommand.Running running;
  final StringWriter log = new StringWriter();

  @BeforeEach
  void start() throws Exception {
    content = dir.resolve("content");
    TestFiles.copyTree(Path.of("content"), content);
    PrintWriter w = new PrintWriter(log, true);
    // As `planvev serve` runs it: incremental rebuilds, checked below against full builds.
    Object started =
        PreviewCommand.startIncremental(
            no.planvev.cli.Cli.serveOptions(
                List.of(
                    "--port",
                    "0",
                    "--content",
                    content.toString(),
                    "--templates",
                    "templates",
                    "--date",
                    DATE.toString()),
                Map.of()),
            w,
            w);
    running = assertInstanceOf(PreviewCommand.Running.class, started, log.toString());
    assertTrue(running.server().current().site() != null, log.toString());
  }

  @AfterEach
  void stop() {
    if (running != null) running.close();
  }

  private URI uri(String sitePath) throws Exception {
    return new URI("http", null, "127.0.0.1", running.server().port(), "/" + sitePath, null, null);
  }

  private HttpResponse<byte[]> get(String sitePath) throws Exception {
    return Fixtures.CLIENT.send(
        HttpRequest.newBuilder(uri(sitePath)).build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private Document page(String sitePath) throws Exception {
    return Jsoup.parse(new String(get(sitePath).body(), StandardCharsets.UTF_8));
  }

  private EventStream.Event await(EventStream events, Predicate<EventStream.Event> wanted)
      throws InterruptedException {
    for (int i = 0; i < 20; i++) {
      EventStream.Event e = events.poll(60_000); // generous: CI machines are often loaded
      if (e == null) break;
      if (wanted.test(e)) return e;
    }
    throw new AssertionError("the expected event did not come; log:\n" + log);
  }

  private void edit(String rel, String from, String to) throws IOException {
    Path f = content.resolve(rel);
    String text = Files.readString(f);
    assertTrue(text.contains(from), rel + " has no '" + from + "'");
    Files.writeString(f, text.replace(from, to));
  }

  @Test
  void anEditIsServedAfterOneEventAndABrokenEditShowsTheOverlayOverTheLastGoodPage()
      throws Exception {
    try (var events = new EventStream(servedView(), PAGE, "nb")) {
      String before = page(PAGE).selectFirst("h1").text();
      String firstHash = events.next().data();

      edit(
          "pages/om.nb.md",
          "title: Om regionrådet og dette nettstedet",
          "title: Om regionrådet – endret");
      EventStream.Event changed =
          await(events, e -> e.name().equals("build") && !e.data().equals(firstHash));
      assertTrue(changed.data().contains("\"hash\""));
      assertEquals("Om regionrådet – endret", page(PAGE).selectFirst("h1").text(), before);

      edit("pages/om.nb.md", "menu: 10", "menu: ti");
      // On a loaded machine the watcher may see the file half written (empty) first; the
      // preview then reports that, and the next event the finished edit.
      EventStream.Event broken =
          await(events, e -> e.name().equals("errors") && e.data().contains("pages/om.nb.md:3:"));
      Document shown = page(PAGE);
      assertEquals("Om regionrådet – endret", shown.selectFirst("h1").text(), "last good page");
      assertNotNull(shown.selectFirst("#planvev-overlay[role=alertdialog]"));
      assertTrue(shown.selectFirst("#planvev-overlay code").text().startsWith("pages/om.nb.md:3:"));
      assertEquals("Nettstedet kan ikke bygges", shown.selectFirst("#planvev-overlay h2").text());

      edit("pages/om.nb.md", "menu: ti", "menu: 10");
      edit("pages/om.nb.md", "title: Om regionrådet – endret", "title: Om regionrådet – rettet");
      await(events, e -> e.name().equals("build"));
      Document fixed = page(PAGE);
      assertEquals("Om regionrådet – rettet", fixed.selectFirst("h1").text());
      assertNull(fixed.selectFirst("#planvev-overlay"));
    }
    assertServedEqualsAFullBuild();
  }

  @Test
  void aBodyPastTheMarkdownLimitsOrTooDeepToRenderShowsTheOverlayAtItsFile() throws Exception {
    try (var events = new EventStream(servedView(), PAGE, "nb")) {
      String firstHash = events.next().data();
      edit("pages/om.nb.md", "## Vest-Finnmark regionråd", ">".repeat(1000) + " x");
      EventStream.Event limit = await(events, e -> e.name().equals("errors"));
      assertTrue(limit.data().contains("pages/om.nb.md:6:51"), limit.data());
      Document shown = page(PAGE);
      assertTrue(
          shown.selectFirst("#planvev-overlay code").text().startsWith("pages/om.nb.md:6:51"),
          shown.selectFirst("#planvev-overlay").text());
      assertTrue(
          shown.selectFirst("#planvev-overlay").text().contains(" 50 "),
          shown.selectFirst("#planvev-overlay").text());

      // Past no limit, but deeper than the stack: the problem is still at the page's file.
      edit(
          "pages/om.nb.md",
          ">".repeat(1000) + " x",
          "*a ".repeat(40_000) + "b" + " c*".repeat(40_000));
      EventStream.Event deep =
          await(events, e -> e.name().equals("errors") && !e.data().equals(limit.data()));
      assertTrue(deep.data().contains("pages/om.nb.md"), deep.data());
      shown = page(PAGE);
      assertTrue(
          shown.selectFirst("#planvev-overlay code").text().startsWith("pages/om.nb.md"),
          shown.selectFirst("#planvev-overlay").text());
      assertTrue(
          shown.selectFirst("#planvev-overlay").text().contains("'body'"),
          shown.selectFirst("#planvev-overlay").text());
      assertFalse(shown.selectFirst("#planvev-overlay").text().contains("internal"));

      edit(
          "pages/om.nb.md",
          "*a ".repeat(40_000) + "b" + " c*".repeat(40_000),
          "## Vest-Finnmark regionråd");
      await(events, e -> e.name().equals("build") && !e.data().equals(firstHash));
      assertNull(page(PAGE).selectFirst("#planvev-overlay"));
    }
    assertServedEqualsAFullBuild();
  }

  @Test
  void aNewProjectFolderAppearsAndADeletedOneGoes() throws Exception {
    String path = "nb/prosjekter/bredband/index.html";
    assertEquals(404, get(path).statusCode());
    try (var events = new EventStream(servedView(), path, "nb")) {
      assertTrue(events.next().data().contains("\"hash\":\"\""));
      Path project = Files.createDirectories(content.resolve("projects/bredband"));
      Files.writeString(
          project.resolve("project.yaml"),
          "title: Bredbånd til alle\nperiod: 2027-01/2027-12\nstatus: planned\n");
      await(events, e -> e.name().equals("build") && !e.data().contains("\"hash\":\"\""));
      assertEquals(200, get(path).statusCode());
      assertEquals("Bredbånd til alle", page(path).selectFirst("h1").text());

      Files.delete(project.resolve("project.yaml"));
      Files.delete(project);
      await(events, e -> e.name().equals("build") && e.data().contains("\"hash\":\"\""));
      assertEquals(404, get(path).statusCode());
    }
    assertServedEqualsAFullBuild();
  }

  @Test
  void fourClientsTimesTwoHundredRequestsWhileFilesAreEditedSeeNoErrors() throws Exception {
    List<String> paths =
        List.of(
            PAGE,
            "nb/",
            "en/",
            "static/planvev.css",
            "assets/eksempel-uttalelse.pdf",
            "nb/feeds/hearings.atom",
            "nb/mangler/",
            "sitemap.xml");
    ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<?>> clients = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      int offset = t;
      clients.add(
          pool.submit(
              () -> {
                for (int n = 0; n < 200; n++) {
                  String path = paths.get((n + offset) % paths.size());
                  try {
                    int status = get(path).statusCode();
                    if (status >= 500 || (status != 200 && !path.contains("mangler"))) {
                      problems.add(path + " gave " + status);
                    }
                  } catch (Exception e) {
                    problems.add(path + ": " + e);
                  }
                }
              }));
    }
    Path about = content.resolve("pages/om.nb.md");
    String original = Files.readString(about);
    long firstBuild = running.server().current().buildId();
    for (int i = 0; !clients.stream().allMatch(Future::isDone); i++) {
      Files.writeString(
          about,
          i % 3 == 1
              ? original.replace("menu: 10", "menu: ti")
              : original.replace(
                  "Vest-Finnmark regionråd er", "Vest-Finnmark regionråd (" + i + ") er"));
      Thread.sleep(40);
    }
    for (Future<?> f : clients) f.get();
    pool.shutdown();
    assertTrue(problems.isEmpty(), problems + "\n" + log);
    // Saves every 40 ms never leave a quiet period; rebuilds happen anyway.
    for (int i = 0; i < 100 && running.server().current().buildId() == firstBuild; i++) {
      Thread.sleep(100);
    }
    assertTrue(running.server().current().buildId() > firstBuild, log.toString());
  }

  /** Every file served equals the same file from a fresh full build, byte for byte. */
  private void assertServedEqualsAFullBuild() throws Exception {
    BuildResult full =
        Builder.render(
            new BuildOptions(
                content, Path.of("templates"), dir.resolve("site"), null, DATE, false));
    assertTrue(full.ok(), full.problems().all().toString());
    SiteFiles site = full.site();
    // Wait until the preview has caught up with the files as they are now.
    SiteFiles served = running.server().current().site();
    for (int i = 0;
        i < 100 && !site.generated().keySet().equals(served.generated().keySet());
        i++) {
      Thread.sleep(100);
      served = running.server().current().site();
    }
    assertEquals(site.generated().keySet(), served.generated().keySet());
    assertEquals(site.copied().keySet(), served.copied().keySet());
    for (var e : site.generated().entrySet()) {
      byte[] body = get(e.getKey()).body();
      if (e.getKey().endsWith(".html")) {
        assertEquals(
            new String(e.getValue(), StandardCharsets.UTF_8),
            Fixtures.withoutInjection(new String(body, StandardCharsets.UTF_8)),
            e.getKey());
      } else {
        assertArrayEquals(e.getValue(), body, e.getKey());
      }
    }
    for (var e : site.copied().entrySet()) {
      assertArrayEquals(Files.readAllBytes(e.getValue()), get(e.getKey()).body(), e.getKey());
    }
  }

  /** Lets the SSE test client talk to the running command's server. */
  private Fixtures.Served servedView() {
    return Fixtures.Served.view(running.server());
  }
}
