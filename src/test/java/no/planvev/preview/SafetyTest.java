package no.planvev.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import no.planvev.build.SiteFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Attacks sent as raw bytes, since HttpClient normalises paths and will not set Host. */
class SafetyTest {

  @TempDir static Path assets;
  static Fixtures.Served served;

  @BeforeAll
  static void start() throws Exception {
    served =
        new Fixtures.Served(
            Fixtures.ok(new SiteFiles(Fixtures.generated("Forside"), Fixtures.copied(assets))));
  }

  @AfterAll
  static void stop() {
    served.close();
  }

  private String get(String target, String host) throws Exception {
    return served.raw(
        "GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
  }

  private String local() {
    return "127.0.0.1:" + served.port();
  }

  @Test
  void answersToLoopbackNamesWithItsPort() throws Exception {
    for (String host :
        List.of(
            "127.0.0.1:" + served.port(),
            "localhost:" + served.port(),
            "LOCALHOST:" + served.port(),
            "[::1]:" + served.port())) {
      assertEquals(200, Fixtures.status(get("/nb/", host)), host);
    }
  }

  @Test
  void refusesForeignHostHeaders() throws Exception {
    for (String host :
        List.of(
            "evil.example",
            "evil.example:" + served.port(),
            "localhost",
            "localhost:1",
            "127.0.0.1",
            "localhost.evil.example:" + served.port(),
            "127.0.0.1.nip.io:" + served.port(),
            "0.0.0.0:" + served.port())) {
      String response = get("/nb/", host);
      assertEquals(403, Fixtures.status(response), host);
      assertFalse(response.contains("Forside"), host);
      assertTrue(response.toLowerCase().contains("cache-control: no-store"), host);
    }
  }

  @Test
  void refusesMissingOrDoubleHost() throws Exception {
    String none = served.raw("GET /nb/ HTTP/1.1\r\nConnection: close\r\n\r\n");
    assertTrue(List.of(400, 403).contains(Fixtures.status(none)), none);
    String two =
        served.raw(
            "GET /nb/ HTTP/1.1\r\nHost: "
                + local()
                + "\r\nHost: evil.example\r\n"
                + "Connection: close\r\n\r\n");
    assertTrue(List.of(400, 403).contains(Fixtures.status(two)), two);
    assertFalse(two.contains("Forside"));
  }

  @Test
  void refusesAbsoluteTargetsNamingAnotherHost() throws Exception {
    String r = get("http://evil.example/nb/", local());
    assertTrue(List.of(400, 403).contains(Fixtures.status(r)), r);
    assertFalse(r.contains("Forside"));
  }

  @Test
  void eventStreamIsGuardedToo() throws Exception {
    assertEquals(403, Fixtures.status(get("/__planvev/events?path=nb/index.html", "evil.example")));
  }

  @Test
  void neverServesOutsideTheSiteNorDotfiles() throws Exception {
    List<String> attacks =
        List.of(
            "/../pom.xml",
            "/nb/../../pom.xml",
            "/%2e%2e/pom.xml",
            "/nb/%2e%2e/%2e%2e/pom.xml",
            "/%2E%2E%2Fpom.xml",
            "/nb%2f..%2f..%2fpom.xml",
            "/..%5cpom.xml",
            "/nb/%00index.html",
            "/nb/index.html%00",
            "/.%2e/pom.xml",
            "//etc/passwd",
            "/./nb/",
            "/nb/./index.html",
            "/.git/config",
            "/nb/.secret",
            "/%2esecret",
            "/nb/%2esecret",
            "/.env",
            "/static/%c0%ae%c0%ae/pom.xml",
            "/%ff",
            "/nb\\..\\..\\pom.xml");
    for (String target : attacks) {
      String r = get(target, local());
      int status = Fixtures.status(r);
      assertTrue(status == 400 || status == 404, target + " gave " + status);
      assertFalse(r.contains("<artifactId>"), target);
      assertFalse(r.contains("do not serve"), target);
      assertFalse(r.contains("root:"), target);
    }
  }

  @Test
  void errorResponsesAreUncachedPlainAndWithoutDetails() throws Exception {
    String r = get("/%2e%2e/pom.xml", local());
    assertTrue(r.toLowerCase().contains("cache-control: no-store"), r);
    assertTrue(r.toLowerCase().contains("x-content-type-options: nosniff"), r);
    assertFalse(r.contains("at org.eclipse"), r);
    assertFalse(r.toLowerCase().contains("server: jetty"), r);
  }

  @Test
  void sendsNoCorsHeaders() throws Exception {
    String r =
        served.raw(
            "GET /nb/aktiviteter.json HTTP/1.1\r\nHost: "
                + local()
                + "\r\nOrigin: http://evil.example\r\nConnection: close\r\n\r\n");
    assertEquals(200, Fixtures.status(r));
    assertFalse(r.toLowerCase().contains("access-control-"), r);
    String preflight =
        served.raw(
            "OPTIONS /nb/aktiviteter.json HTTP/1.1\r\nHost: "
                + local()
                + "\r\nOrigin: http://evil.example\r\nAccess-Control-Request-Method: GET\r\n"
                + "Connection: close\r\n\r\n");
    assertEquals(405, Fixtures.status(preflight));
    assertFalse(preflight.toLowerCase().contains("access-control-"));
  }
}
