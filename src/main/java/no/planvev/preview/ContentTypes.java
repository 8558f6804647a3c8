package no.planvev.preview;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code Content-Type} of a site file, by its name (and, for XML, whether it is an Atom feed).
 */
final class ContentTypes {

  static final String HTML = "text/html; charset=utf-8";
  static final String TEXT = "text/plain; charset=utf-8";
  static final String ATOM = "application/atom+xml; charset=utf-8";
  static final String EVENT_STREAM = "text/event-stream; charset=utf-8";
  static final String OCTETS = "application/octet-stream";

  private static final Map<String, String> BY_EXTENSION =
      Map.ofEntries(
          Map.entry("html", HTML),
          Map.entry("htm", HTML),
          Map.entry("css", "text/css; charset=utf-8"),
          Map.entry("js", "text/javascript; charset=utf-8"),
          Map.entry("mjs", "text/javascript; charset=utf-8"),
          Map.entry("json", "application/json"),
          Map.entry("webmanifest", "application/manifest+json"),
          Map.entry("xml", "application/xml; charset=utf-8"),
          Map.entry("atom", ATOM),
          Map.entry("rss", "application/rss+xml; charset=utf-8"),
          Map.entry("ics", "text/calendar; charset=utf-8"),
          Map.entry("csv", "text/csv; charset=utf-8"),
          Map.entry("txt", TEXT),
          Map.entry("md", "text/markdown; charset=utf-8"),
          Map.entry("svg", "image/svg+xml; charset=utf-8"),
          Map.entry("pdf", "application/pdf"),
          Map.entry("png", "image/png"),
          Map.entry("jpg", "image/jpeg"),
          Map.entry("jpeg", "image/jpeg"),
          Map.entry("gif", "image/gif"),
          Map.entry("webp", "image/webp"),
          Map.entry("avif", "image/avif"),
          Map.entry("ico", "image/vnd.microsoft.icon"),
          Map.entry("woff", "font/woff"),
          Map.entry("woff2", "font/woff2"),
          Map.entry(
              "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
          Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
          Map.entry("odt", "application/vnd.oasis.opendocument.text"),
          Map.entry("zip", "application/zip"));

  private ContentTypes() {}

  /** The type for {@code sitePath}; {@code head} is the start of the file, when known. */
  static String of(String sitePath, byte[] head) {
    String ext = extension(sitePath);
    if (ext.equals("xml") && head != null && isAtom(head)) return ATOM;
    return BY_EXTENSION.getOrDefault(ext, OCTETS);
  }

  static boolean isHtml(String sitePath) {
    return HTML.equals(BY_EXTENSION.get(extension(sitePath)));
  }

  private static String extension(String sitePath) {
    String name = sitePath.substring(sitePath.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** Feeds are often named {@code feed.xml}; the root element tells. */
  private static boolean isAtom(byte[] head) {
    String start = new String(head, 0, Math.min(head.length, 1024), StandardCharsets.UTF_8);
    return start.contains("<feed") && start.contains("http://www.w3.org/2005/Atom");
  }
}
