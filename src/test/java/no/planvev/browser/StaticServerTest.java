package no.planvev.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaticServerTest {

  @TempDir Path root;

  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> get(StaticServer server, String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(server.url(path))).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Test
  void servesIndexHtmlForFoldersWithUtf8ContentType() throws Exception {
    Files.createDirectories(root.resolve("nb/høringer"));
    Files.writeString(root.resolve("nb/høringer/index.html"), "<p>Høring</p>");
    try (StaticServer server = StaticServer.serve(root)) {
      HttpResponse<String> r = get(server, "nb/h%C3%B8ringer/");
      assertEquals(200, r.statusCode());
      assertEquals("text/html; charset=utf-8", r.headers().firstValue("Content-Type").get());
      assertEquals("<p>Høring</p>", r.body());
    }
  }

  @Test
  void redirectsAFolderWithoutSlash() throws Exception {
    Files.createDirectories(root.resolve("en"));
    Files.writeString(root.resolve("en/index.html"), "x");
    try (StaticServer server = StaticServer.serve(root)) {
      HttpResponse<String> r = get(server, "en");
      assertEquals(301, r.statusCode());
      assertEquals("/en/", r.headers().firstValue("Location").get());
    }
  }

  @Test
  void refusesPathsOutsideTheRootAndMissingFiles() throws Exception {
    Path site = Files.createDirectories(root.resolve("site"));
    Files.writeString(root.resolve("secret.txt"), "no");
    try (StaticServer server = StaticServer.serve(site)) {
      assertEquals("HTTP/1.1 404 Not Found", rawStatusLine(server, "/../secret.txt"));
      assertEquals("HTTP/1.1 404 Not Found", rawStatusLine(server, "/%2e%2e/secret.txt"));
      assertEquals(404, get(server, "missing.html").statusCode());
    }
  }

  /** Sends the path as is: HTTP clients would normalize the dots away. */
  private static String rawStatusLine(StaticServer server, String rawPath) throws Exception {
    URI base = URI.create(server.url(""));
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket
          .getOutputStream()
          .write(
              ("GET " + rawPath + " HTTP/1.1\r\nHost: x\r\n" + "Connection: close\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
      return new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
          .readLine();
    }
  }

  @Test
  void namesContentTypesOfSiteFiles() {
    assertEquals("text/css; charset=utf-8", StaticServer.contentType("site.css"));
    assertEquals("image/svg+xml", StaticServer.contentType("logo.SVG"));
    assertEquals("application/pdf", StaticServer.contentType("uttalelse.pdf"));
    assertEquals("application/octet-stream", StaticServer.contentType("README"));
  }
}
