package no.planvev.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A page's Markdown body in each language, kept as the place of the text in its file rather than as
 * the text: at 100,000 pages the bodies were most of the memory of a build. The loader checks each
 * body (Markdown limits, links out of the folder) and records where it lies and a digest of it;
 * {@link #text} reads it again when its page renders and drops it after, and throws {@link Changed}
 * when the file no longer holds the text that was checked. A body made in code holds its text.
 *
 * <p>Every reader of a page's body goes through {@link #text} or {@link #all}, so a new reader
 * cannot see a text that was not checked.
 */
public record Body(Map<String, Part> parts) {

  public static final Body EMPTY = new Body(Map.of());

  public Body {
    parts = Collections.unmodifiableMap(new LinkedHashMap<>(parts));
  }

  /**
   * One language's text. Read from a file: {@code root} (the content folder, absolute) and {@code
   * path} (the file under it, as messages name it), the text at char {@code offset} of the file as
   * read (UTF-8 without byte order mark, LF line ends), {@code length} chars with the 128-bit
   * digest {@code hash1}, {@code hash2}, and {@code text} null. Made in code: {@code text} and
   * nothing else.
   */
  public record Part(
      String root, String path, int offset, int length, long hash1, long hash2, String text) {

    /** A text held in memory. */
    public static Part of(String text) {
      return new Part(null, null, 0, text.length(), 0, 0, text);
    }

    /** A text found at {@code offset} of the file {@code path} under {@code root}. */
    public static Part at(String root, String path, int offset, String text) {
      long[] h = digest(text);
      return new Part(root, path, offset, text.length(), h[0], h[1], null);
    }
  }

  /** A body whose texts are held in memory (made in code). */
  public static Body of(LText text) {
    if (text == null || text.isEmpty()) return EMPTY;
    Map<String, Part> parts = new LinkedHashMap<>();
    text.values().forEach((lang, t) -> parts.put(lang, Part.of(t)));
    return new Body(parts);
  }

  /** One language's text held in memory. */
  public static Body of(String lang, String text) {
    return new Body(Map.of(lang, Part.of(text)));
  }

  public boolean isEmpty() {
    return parts.isEmpty();
  }

  public boolean has(String lang) {
    return parts.containsKey(lang);
  }

  /** This body with {@code translation}'s languages added (a translation's file wins). */
  public Body merge(Body translation) {
    if (translation == null || translation.isEmpty()) return this;
    Map<String, Part> m = new LinkedHashMap<>(parts);
    m.putAll(translation.parts);
    return new Body(m);
  }

  /**
   * The text shown in {@code lang} as {@link LText#resolve} picks it (this language, else the
   * default language, else the first), as a one-language text; empty when there is none. Reads the
   * file of that language only.
   */
  public LText text(String lang, String defaultLang) {
    String l = parts.containsKey(lang) ? lang : parts.containsKey(defaultLang) ? defaultLang : null;
    if (l == null) {
      if (parts.isEmpty()) return LText.EMPTY;
      l = parts.keySet().iterator().next();
    }
    return LText.of(l, read(parts.get(l)));
  }

  /** Every language's text (reads every file). */
  public LText all() {
    Map<String, String> m = new LinkedHashMap<>();
    parts.forEach((lang, p) -> m.put(lang, read(p)));
    return new LText(m);
  }

  /** The file a text was read from, by language (for messages); none for texts made in code. */
  public Map<String, String> files() {
    Map<String, String> m = new LinkedHashMap<>();
    parts.forEach(
        (lang, p) -> {
          if (p.path() != null) m.put(lang, p.path());
        });
    return m;
  }

  /** The file of a body changed after it was checked: the text there is not the one checked. */
  public static final class Changed extends RuntimeException {
    private final String path;

    Changed(String path) {
      super(path, null, false, false);
      this.path = path;
    }

    /** The file, as messages name it. */
    public String path() {
      return path;
    }
  }

  /** The last text read on each thread: a page reads its body for its HTML and its description. */
  private static final ThreadLocal<Object[]> LAST = new ThreadLocal<>();

  /** The text of {@code p}: the very text checked at load, or {@link Changed}. */
  static String read(Part p) {
    if (p.text() != null) return p.text();
    Object[] last = LAST.get();
    if (last != null && last[0] == p) return (String) last[1];
    String text;
    try {
      text = new String(Files.readAllBytes(Path.of(p.root(), p.path())), StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      throw new Changed(p.path());
    }
    // As the loader reads a file (source.TextFile): no byte order mark, LF line ends. A file that
    // is no longer valid UTF-8 decodes to other characters and fails the digest.
    if (text.startsWith("\uFEFF")) text = text.substring(1);
    if (text.indexOf('\r') >= 0) text = text.replace("\r\n", "\n");
    int end = p.offset() + p.length();
    if (p.offset() < 0 || end > text.length()) throw new Changed(p.path());
    String body = text.substring(p.offset(), end);
    long[] h = digest(body);
    if (h[0] != p.hash1() || h[1] != p.hash2()) throw new Changed(p.path());
    LAST.set(new Object[] {p, body});
    return body;
  }

  /**
   * A 128-bit digest of {@code s}: two 64-bit lanes of different mixing over every char, finished
   * with MurmurHash3's {@code fmix64} and the length. Not cryptographic: it tells whether a file
   * was edited, and authors control the content anyway.
   */
  static long[] digest(String s) {
    long a = 0x9E3779B97F4A7C15L;
    long b = 0xC2B2AE3D27D4EB4FL;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      a = (a ^ c) * 0x100000001B3L;
      b = Long.rotateLeft(b + c * 0x87C37B91114253D5L, 31) * 0x4CF5AD432745937FL;
    }
    return new long[] {Fmix.fmix64(a ^ n), Fmix.fmix64(b + n)};
  }
}
