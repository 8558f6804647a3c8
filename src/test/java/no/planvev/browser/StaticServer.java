package no.planvev.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * A tiny static file server for tests: serves one folder on 127.0.0.1 at an ephemeral port, so
 * pages load over http as they would on a real host (relative links, same-origin rules).
 */
final class StaticServer implements AutoCloseable {

  private static final Map<String, String> TYPES =
      Map.ofEntries(
          Map.entry("html", "text/html; charset=utf-8"),
          Map.entry("css", "text/css; charset=utf-8"),
          Map.entry("js", "text/javascript; charset=utf-8"),
          Map.entry("json", "application/json"),
          Map.entry("xml", "application/xml"),
          Map.entry("atom", "application/atom+xml"),
          Map.entry("ics", "text/calendar; charset=utf-8"),
          Map.entry("txt", "text/plain; charset=utf-8"),
          Map.entry("svg", "image/svg+xml"),
          Map.entry("png", "image/png"),
          Map.entry("jpg", "image/jpeg"),
          Map.entry("jpeg", "image/jpeg"),
          Map.entry("webp", "image/webp"),
          Map.entry("ico", "image/x-icon"),
          Map.entry("woff2", "font/woff2"),
          Map.entry("pdf", "application/pdf"));

  private final Path root;
  private final HttpServer server;

  private StaticServer(Path root, HttpServer server) {
    this.root = root;
    this.server = server;
  }

  /** Starts serving {@code root}; close to stop. */
  static StaticServer serve(Path root) {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      StaticServer s = new StaticServer(root.toAbsolutePath().normalize(), server);
      server.createContext("/", s::handle);
      server.start();
      return s;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The http URL of a site path such as {@code nb/} or {@code nb/404.html}. */
  String url(String sitePath) {
    String p = sitePath.startsWith("/") ? sitePath.substring(1) : sitePath;
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + p;
  }

  static String contentType(String fileName) {
    int dot = fileName.lastIndexOf('.');
    String ext = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    return TYPES.getOrDefault(ext, "application/octet-stream");
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        send(exchange, 405, "text/plain; charset=utf-8", "method not allowed");
        return;
      }
      URI uri = exchange.getRequestURI();
      String path = uri.getPath(); // decoded: æøå and %20 arrive as characters
      if (path == null || path.contains("\0")) {
        send(exchange, 400, "text/plain; charset=utf-8", "bad path");
        return;
      }
      Path file = root.resolve(path.substring(1)).normalize();
      if (!file.startsWith(root)) {
        send(exchange, 404, "text/plain; charset=utf-8", "not found");
        return;
      }
      if (Files.isDirectory(file)) {
        if (!path.endsWith("/")) {
          exchange.getResponseHeaders().set("Location", uri.getRawPath() + "/");
          send(exchange, 301, "text/plain; charset=utf-8", "moved");
          return;
        }
        file = file.resolve("index.html");
      }
      if (!Files.isRegularFile(file)) {
        send(exchange, 404, "text/plain; charset=utf-8", "not found");
        return;
      }
      byte[] body = Files.readAllBytes(file);
      exchange.getResponseHeaders().set("Content-Type", contentType(file.getFileName().toString()));
      exchange.getResponseHeaders().set("Cache-Control", "no-store");
      if (method.equals("HEAD")) {
        exchange.sendResponseHeaders(200, -1);
      } else {
        exchange.sendResponseHeaders(200, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    }
  }

  private static void send(HttpExchange exchange, int status, String type, String text)
      throws IOException {
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  Path root() {
    return root;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
