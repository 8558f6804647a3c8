package no.planvev.preview;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The {@code Content-Type} of a site file, by its name (and, for XML, whether it is an Atom feed).
 */
final class ContentTypes {

  static final String HTML = "text/html; charset=utf-8";
  static final String TEXT = "text/plain; charset=utf-8";
  static final String ATOM = "application/atom+xml; charset=utf-8";
  static final String EVENT_STREAM = "text/event-stream; charset=utf-8";
  static final String OCTETS = "application/octet-stream";

  /** Extension to type, from {@code content-types.properties} beside this class. */
  private static final Map<String, String> BY_EXTENSION = load("content-types.properties");

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

  private static Map<String, String> load(String resource) {
    Properties p = new Properties();
    try (InputStream in = ContentTypes.class.getResourceAsStream(resource)) {
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> out = new HashMap<>();
    p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
    return Map.copyOf(out);
  }

  /** Feeds are often named {@code feed.xml}; the root element tells. */
  private static boolean isAtom(byte[] head) {
    String start = new String(head, 0, Math.min(head.length, 1024), StandardCharsets.UTF_8);
    return start.contains("<feed") && start.contains("http://www.w3.org/2005/Atom");
  }
}
