package no.planvev.preview;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import no.planvev.build.BuildResult;
import no.planvev.build.SiteFiles;
import no.planvev.diag.Problems;
import no.planvev.diag.SourcePos;

/** A hand-made site, a server around a swappable fake build, and HTTP helpers. */
final class Fixtures {

  private Fixtures() {}

  static String page(String lang, String title) {
    return "<!DOCTYPE html><html lang=\""
        + lang
        + "\"><head><meta charset=\"utf-8\"><title>"
        + title
        + "</title></head><body><main><h1>"
        + title
        + "</h1></main></body></html>";
  }

  /** The generated part of a small bilingual site. */
  static TreeMap<String, byte[]> generated(String frontTitle) {
    TreeMap<String, byte[]> g = new TreeMap<>();
    put(
        g,
        "index.html",
        "<!DOCTYPE html><html lang=\"nb\"><head><meta charset=\"utf-8\">"
            + "<meta http-equiv=\"refresh\" content=\"0; url=nb/\"><title>x</title></head>"
            + "<body><a href=\"nb/\">nb</a></body></html>");
    put(g, "404.html", page("nb", "Fant ikke siden / Page not found"));
    put(g, "nb/index.html", page("nb", frontTitle));
    put(g, "nb/404.html", page("nb", "Fant ikke siden"));
    put(g, "nb/horinger/x/index.html", page("nb", "Høring om æøå"));
    put(g, "nn/index.html", page("nn", "Framside"));
    put(g, "en/index.html", page("en", "Front page"));
    put(g, "en/404.html", page("en", "Page not found"));
    put(g, "nb/.secret", "do not serve");
    put(g, "static/planvev.css", "body{color:#000}");
    put(g, "static/planvev.js", "console.log(1)");
    put(g, "static/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
    put(
        g,
        "nb/feed.xml",
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
            + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title></feed>");
    put(g, "sitemap.xml", "<?xml version=\"1.0\" encoding=\"utf-8\"?><urlset/>");
    put(g, "nb/aktiviteter.ics", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
    put(g, "nb/aktiviteter.json", "{\"a\":1}");
    put(g, "nb/aktiviteter.csv", "a,b\r\n1,2\r\n");
    put(g, "robots.txt", "User-agent: *\n");
    return g;
  }

  private static void put(Map<String, byte[]> g, String path, String text) {
    g.put(path, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Copied files live in {@code dir}: a PDF and a PNG. */
  static TreeMap<String, Path> copied(Path dir) throws IOException {
    TreeMap<String, Path> c = new TreeMap<>();
    Path pdf = dir.resolve("uttalelse.pdf");
    if (!Files.exists(pdf)) {
      byte[] big = new byte[300_000];
      for (int i = 0; i < big.length; i++) big[i] = (byte) (i * 31);
      System.arraycopy("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 9);
      Files.write(pdf, big);
      Files.write(dir.resolve("kart.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
    }
    c.put("assets/uttalelse.pdf", pdf);
    c.put("assets/kart.png", dir.resolve("kart.png"));
    return c;
  }

  static BuildResult ok(SiteFiles site) {
    return new BuildResult(new Problems(), site, Duration.ofMillis(1));
  }

  static BuildResult failed(String path, int line, int column, String message) {
    Problems p = new Problems();
    p.error(new SourcePos(path, line, column), message);
    return new BuildResult(p, null, Duration.ofMillis(1));
  }

  /** A running server whose build is whatever the test sets. */
  static final class Served implements AutoCloseable {
    final AtomicReference<Rebuilder> build = new AtomicReference<>();
    final StringWriter log = new StringWriter();
    final PreviewServer server;

    private Served(PreviewServer server) {
      this.server = server;
    }

    /** A view of a server started elsewhere; closing it stops that server. */
    static Served view(PreviewServer server) {
      return new Served(server);
    }

    Served(BuildResult first) throws Exception {
      build.set(changed -> first);
      PrintWriter w = new PrintWriter(log, true);
      server =
          new PreviewServer(
              changed -> build.get().rebuild(changed),
              new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
              w,
              w,
              List.of(),
              "en");
      server.start();
      server.rebuild(java.util.Set.of());
    }

    void next(BuildResult result) {
      build.set(changed -> result);
      server.rebuild(java.util.Set.of());
    }

    int port() {
      return server.port();
    }

    URI uri(String path) {
      return URI.create("http://127.0.0.1:" + port() + path);
    }

    HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
      return CLIENT.send(
          HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    String text(String path) throws IOException, InterruptedException {
      return new String(get(path).body(), StandardCharsets.UTF_8);
    }

    /** Sends bytes as they are and returns the whole response (status line, headers, body). */
    String raw(String request) throws IOException {
      return Fixtures.raw(port(), request);
    }

    @Override
    public void close() {
      server.close();
    }
  }

  static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  static String raw(int port, String request) throws IOException {
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
      s.setSoTimeout(5000);
      OutputStream out = s.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = s.getInputStream();
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      in.transferTo(b);
      return b.toString(StandardCharsets.UTF_8);
    }
  }

  /** The status code of a raw response. */
  static int status(String response) {
    if (!response.startsWith("HTTP/1.1 ")) return -1;
    return Integer.parseInt(response.substring(9, 12));
  }

  /** Removes what the preview injected, giving back the page as built. */
  static String withoutInjection(String html) {
    int a = html.indexOf(Injection.START);
    int b = html.indexOf(Injection.END);
    if (a < 0 || b < 0) return html;
    return html.substring(0, a) + html.substring(b + Injection.END.length());
  }
}
