package no.planvev.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import no.planvev.build.SiteFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bounded burst of requests while the site is rebuilt over and over: no error, no mix. */
class LoadTest {

  @TempDir Path assets;

  @Test
  void fourClientsTimesTwoHundredRequestsDuringRebuildsSeeNoErrors() throws Exception {
    SiteFiles a = new SiteFiles(Fixtures.generated("Versjon A"), Fixtures.copied(assets));
    SiteFiles b = new SiteFiles(Fixtures.generated("Versjon B"), Fixtures.copied(assets));
    List<String> paths =
        List.of(
            "/nb/",
            "/en/",
            "/static/planvev.css",
            "/nb/feed.xml",
            "/assets/uttalelse.pdf",
            "/nb/mangler",
            "/nb",
            "/__planvev/live.js");
    ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
    AtomicInteger done = new AtomicInteger();
    AtomicBoolean stop = new AtomicBoolean();
    try (var served = new Fixtures.Served(Fixtures.ok(a))) {
      Thread editor =
          new Thread(
              () -> {
                int i = 0;
                while (!stop.get()) {
                  int k = i++ % 3;
                  served.next(
                      k == 0
                          ? Fixtures.ok(b)
                          : k == 1 ? Fixtures.failed("site.yaml", 2, 1, "broken") : Fixtures.ok(a));
                  try {
                    Thread.sleep(2); // about as often as a fast typist saves, many times over
                  } catch (InterruptedException e) {
                    return;
                  }
                }
              });
      editor.start();
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
                      HttpResponse<byte[]> r = served.get(path);
                      int s = r.statusCode();
                      if (s >= 500) problems.add(path + " gave " + s);
                      if (path.equals("/nb/")) {
                        String html = new String(r.body(), StandardCharsets.UTF_8);
                        boolean isA = html.contains("<h1>Versjon A</h1>");
                        boolean isB = html.contains("<h1>Versjon B</h1>");
                        if (s != 200 || isA == isB || !html.contains(Injection.END)) {
                          problems.add(path + ": " + s + " " + html);
                        }
                      }
                      if (path.equals("/assets/uttalelse.pdf") && r.body().length != 300_000) {
                        problems.add(path + ": " + r.body().length + " bytes");
                      }
                      done.incrementAndGet();
                    } catch (Exception e) {
                      problems.add(path + ": " + e);
                    }
                  }
                }));
      }
      for (Future<?> f : clients) f.get();
      pool.shutdown();
      stop.set(true);
      editor.join();
    }
    assertTrue(problems.isEmpty(), problems.toString());
    assertEquals(800, done.get());
  }
}
