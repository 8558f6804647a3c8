package no.planvev.preview;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import no.planvev.build.SiteFiles;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Blocker;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * Answers every request from the current {@link ServedSite}: pages (with the live script and, after
 * a failed build, the overlay), files, 404 pages, the event stream and the preview's own script.
 * Refuses foreign {@code Host} headers, tricks in paths and dotfiles.
 */
final class PreviewHandler extends Handler.Abstract {

  static final HttpField NO_STORE = new HttpField(HttpHeader.CACHE_CONTROL, "no-store");
  static final HttpField NOSNIFF = new HttpField("X-Content-Type-Options", "nosniff");
  private static final long KEEP_ALIVE_SECONDS = 15;

  private final Supplier<ServedSite> current;
  private final EventHub hub;
  private volatile AllowedHosts hosts;

  PreviewHandler(Supplier<ServedSite> current, EventHub hub) {
    this.current = current;
    this.hub = hub;
  }

  /** Set once the port is known; until then every request is refused. */
  void allow(AllowedHosts hosts) {
    this.hosts = hosts;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    try {
      HttpFields.Mutable headers = response.getHeaders();
      headers.put(NO_STORE);
      headers.put(NOSNIFF);
      if (!hostAllowed(request)) {
        text(
            response,
            callback,
            403,
            "Forbidden: this preview only answers to its own address.\n",
            false);
        return true;
      }
      String method = request.getMethod();
      boolean head = "HEAD".equals(method);
      if (!head && !"GET".equals(method)) {
        headers.put(HttpHeader.ALLOW, "GET, HEAD");
        text(response, callback, 405, "Method not allowed\n", false);
        return true;
      }
      String raw = request.getHttpURI().getPath();
      if (raw != null && raw.startsWith(LiveScript.PREFIX)) {
        own(request, response, callback, raw, head);
      } else {
        site(request, response, callback, raw, head);
      }
    } catch (Throwable t) {
      // Never let a request take the server down; report it plainly if nothing was sent yet.
      if (!response.isCommitted()) {
        try {
          response.reset();
          response.getHeaders().put(NO_STORE);
          response.getHeaders().put(NOSNIFF);
          text(response, callback, 500, "Internal error in the preview server: " + t + "\n", false);
          return true;
        } catch (Throwable ignored) {
          // fall through
        }
      }
      callback.failed(t);
    }
    return true;
  }

  private boolean hostAllowed(Request request) {
    AllowedHosts allowed = hosts;
    if (allowed == null) return false;
    List<String> values = request.getHeaders().getValuesList(HttpHeader.HOST);
    if (values.size() != 1 || !allowed.allows(values.get(0))) return false;
    // An absolute-form target (GET http://other/ HTTP/1.1) names the host too.
    HttpURI uri = request.getHttpURI();
    if (uri.isAbsolute() && uri.getHost() != null) {
      String host = uri.getHost();
      if (host.indexOf(':') >= 0 && !host.startsWith("[")) host = "[" + host + "]";
      return allowed.allows(uri.getPort() > 0 ? host + ":" + uri.getPort() : host);
    }
    return true;
  }

  private void own(Request request, Response response, Callback callback, String raw, boolean head)
      throws IOException {
    switch (raw) {
      case LiveScript.JS_PATH ->
          send(
              response,
              callback,
              200,
              "text/javascript; charset=utf-8",
              LiveScript.JS.getBytes(StandardCharsets.UTF_8),
              head);
      case LiveScript.CSS_PATH ->
          send(
              response,
              callback,
              200,
              "text/css; charset=utf-8",
              LiveScript.CSS.getBytes(StandardCharsets.UTF_8),
              head);
      case LiveScript.EVENTS_PATH -> {
        if (head) {
          send(response, callback, 200, ContentTypes.EVENT_STREAM, new byte[0], true);
        } else {
          events(request, response, callback);
        }
      }
      default -> text(response, callback, 404, "Not found\n", head);
    }
  }

  private void site(Request request, Response response, Callback callback, String raw, boolean head)
      throws IOException {
    ServedSite served = current.get();
    if (served.site() == null) {
      // No build has succeeded yet: there is nothing to show but the problems.
      if (served.hasErrors()) {
        send(
            response,
            callback,
            503,
            ContentTypes.HTML,
            Injection.placeholder(served.errors()),
            head);
      } else {
        response.getHeaders().put(HttpHeader.RETRY_AFTER, "1");
        text(response, callback, 503, "The site is being built; try again in a moment.\n", head);
      }
      return;
    }
    RequestPath path = RequestPath.parse(raw);
    if (path instanceof RequestPath.Bad bad) {
      text(response, callback, 400, "Bad request: " + bad.why() + "\n", head);
    } else if (path instanceof RequestPath.Hidden) {
      notFound(response, callback, served, "", head);
    } else if (path instanceof RequestPath.Site site) {
      if (served.contains(site.path())) {
        file(response, callback, served, site.path(), 200, site.path(), head);
      } else if (!site.folder() && served.contains(site.path() + "/index.html")) {
        String query = request.getHttpURI().getQuery();
        response
            .getHeaders()
            .put(HttpHeader.LOCATION, raw + "/" + (query == null ? "" : "?" + query));
        text(response, callback, 302, "Moved to " + raw + "/\n", head);
      } else {
        notFound(response, callback, served, site.path(), head);
      }
    }
  }

  /** The site's 404 page in the language of the path ({@code nb/...} → {@code nb/404.html}). */
  private void notFound(
      Response response, Callback callback, ServedSite served, String wanted, boolean head)
      throws IOException {
    int slash = wanted.indexOf('/');
    String localized = slash > 0 ? wanted.substring(0, slash) + "/404.html" : null;
    if (localized != null && served.contains(localized)) {
      file(response, callback, served, localized, 404, wanted, head);
    } else if (served.contains("404.html")) {
      file(response, callback, served, "404.html", 404, wanted, head);
    } else {
      text(response, callback, 404, "Not found\n", head);
    }
  }

  /**
   * Sends one site file with {@code status}; {@code page} is the path the browser asked for, which
   * an HTML page's live script watches.
   */
  private void file(
      Response response,
      Callback callback,
      ServedSite served,
      String sitePath,
      int status,
      String page,
      boolean head)
      throws IOException {
    SiteFiles site = served.site();
    byte[] bytes = site.generated().get(sitePath);
    Path source = bytes == null ? site.copied().get(sitePath) : null;
    boolean html = ContentTypes.isHtml(sitePath);
    if (source != null && (html || sitePath.endsWith(".xml"))) {
      try {
        bytes = ServedSite.read(source);
      } catch (IOException e) {
        // Deleted since the build; the next build will drop it.
        text(response, callback, 404, "Not found\n", head);
        return;
      }
    }
    if (bytes != null) {
      String type = ContentTypes.of(sitePath, bytes);
      if (html) bytes = Injection.inject(bytes, page, served.hash(page), served.errors());
      send(response, callback, status, type, bytes, head);
      return;
    }
    stream(response, callback, status, sitePath, source, head);
  }

  /** Copied files (PDFs, images) go straight from their source, not through memory. */
  private static void stream(
      Response response, Callback callback, int status, String sitePath, Path source, boolean head)
      throws IOException {
    InputStream in;
    long size;
    try {
      // The build resolved every link it may follow; a file that has become a link since (the
      // last good site is served while a rebuild fails) is not followed.
      in = ServedSite.open(source);
      size = Files.size(source);
    } catch (IOException e) {
      text(response, callback, 404, "Not found\n", head);
      return;
    }
    try (in) {
      response.setStatus(status);
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, ContentTypes.of(sitePath, null));
      response.getHeaders().put(HttpHeader.CONTENT_LENGTH, size);
      if (head) {
        response.write(true, BufferUtil.EMPTY_BUFFER, callback);
        return;
      }
      try (OutputStream outStream = Content.Sink.asOutputStream(response)) {
        in.transferTo(outStream);
      }
      callback.succeeded();
    } catch (IOException e) {
      callback.failed(e);
    }
  }

  /**
   * The event stream of one page: at once the current state, then one event per build, and a
   * comment every few seconds so that a closed tab is noticed.
   */
  private void events(Request request, Response response, Callback callback) {
    Fields query = Request.extractQueryParameters(request);
    String page = value(query, "path");
    String lang = value(query, "lang");
    EventHub.Subscription sub = hub.subscribe();
    if (sub == null) {
      // Too many open streams: this tab goes without live reload; pages are still answered.
      response.getHeaders().put(HttpHeader.RETRY_AFTER, "30");
      text(
          response,
          callback,
          503,
          "Too many live-reload connections (at most "
              + hub.limit()
              + "); close some preview tabs. Pages are still served; reload by hand.\n",
          false);
      return;
    }
    response.setStatus(200);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, ContentTypes.EVENT_STREAM);
    request.addFailureListener(t -> sub.close());
    try {
      String first = "retry: 1000\n\n" + message(current.get(), page, lang);
      writeBlocking(response, first);
      while (true) {
        ServedSite next = sub.next(KEEP_ALIVE_SECONDS, TimeUnit.SECONDS);
        if (sub.closed()) break;
        writeBlocking(response, next == null ? ": keep-alive\n\n" : message(next, page, lang));
      }
      response.write(true, BufferUtil.EMPTY_BUFFER, callback);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      callback.failed(e);
    } catch (IOException e) {
      callback.failed(e);
    } finally {
      hub.unsubscribe(sub);
    }
  }

  private static String value(Fields fields, String name) {
    String v = fields.getValue(name);
    return v == null ? "" : v;
  }

  /** One server-sent event for one page: {@code errors} with the overlay, or {@code build}. */
  static String message(ServedSite served, String page, String lang) {
    if (served.hasErrors()) {
      return "event: errors\ndata: {\"build\":"
          + served.buildId()
          + ",\"html\":"
          + Json.string(Overlay.html(served.errors(), lang))
          + "}\n\n";
    }
    if (served.site() == null) return "";
    return "event: build\ndata: {\"build\":"
        + served.buildId()
        + ",\"hash\":"
        + Json.string(served.hash(page))
        + "}\n\n";
  }

  private static void writeBlocking(Response response, String text) throws IOException {
    if (text.isEmpty()) return;
    try (Blocker.Callback blocker = Blocker.callback()) {
      response.write(false, ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), blocker);
      blocker.block();
    }
  }

  private static void send(
      Response response, Callback callback, int status, String type, byte[] body, boolean head) {
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
    response.write(true, head ? BufferUtil.EMPTY_BUFFER : ByteBuffer.wrap(body), callback);
  }

  private static void text(
      Response response, Callback callback, int status, String body, boolean head) {
    send(
        response, callback, status, ContentTypes.TEXT, body.getBytes(StandardCharsets.UTF_8), head);
  }
}
