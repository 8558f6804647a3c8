package no.planvev.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import no.planvev.build.SiteFiles;
import org.junit.jupiter.api.Test;

/**
 * Live-reload streams each hold a server thread; past the cap they are refused with 503 and
 * Retry-After, and pages keep being answered however many a client opens.
 */
class StreamLimitTest {

  @Test
  void refusesStreamsBeyondTheCapAndKeepsServingPages() throws Exception {
    List<HttpResponse<Stream<String>>> open = new ArrayList<>();
    try (Fixtures.Served served =
        new Fixtures.Served(
            Fixtures.ok(new SiteFiles(Fixtures.generated("Forside"), new TreeMap<>())))) {
      int limit = EventHub.DEFAULT_LIMIT;
      int ok = 0;
      int refused = 0;
      // More than the ~190 streams that used to take every thread of the server.
      for (int i = 0; i < 200; i++) {
        HttpResponse<Stream<String>> r =
            Fixtures.CLIENT
                .sendAsync(
                    HttpRequest.newBuilder(served.uri("/__planvev/events?path=/nb/&lang=nb"))
                        .build(),
                    HttpResponse.BodyHandlers.ofLines())
                .get(10, TimeUnit.SECONDS);
        open.add(r);
        if (r.statusCode() == 200) {
          ok++;
        } else {
          assertEquals(503, r.statusCode());
          assertEquals("30", r.headers().firstValue("Retry-After").orElse(""));
          refused++;
        }
      }
      assertEquals(limit, ok);
      assertEquals(200 - limit, refused);
      assertEquals(limit, served.server.openStreams());
      HttpResponse<byte[]> page = served.get("/nb/");
      assertEquals(200, page.statusCode());
      assertTrue(new String(page.body(), StandardCharsets.UTF_8).contains("Forside"));
      HttpResponse<byte[]> more = served.get("/__planvev/events?path=/nb/&lang=nb");
      assertEquals(503, more.statusCode());
      assertTrue(
          new String(more.body(), StandardCharsets.UTF_8)
              .contains("Too many live-reload connections (at most 64)"));
    } finally {
      for (HttpResponse<Stream<String>> r : open) r.body().close();
    }
  }
}
