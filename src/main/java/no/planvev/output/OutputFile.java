package no.planvev.output;

import java.nio.charset.StandardCharsets;

/** One file of the built site: a path relative to the site root, and its bytes. */
public record OutputFile(String path, byte[] bytes) {

  public OutputFile {
    if (path == null || path.isEmpty() || path.startsWith("/")) {
      throw new IllegalArgumentException("not a site path: " + path);
    }
  }

  /** A text file, encoded as UTF-8. */
  public static OutputFile utf8(String path, String text) {
    return new OutputFile(path, text.getBytes(StandardCharsets.UTF_8));
  }

  /** The bytes decoded as UTF-8 (for tests and logs). */
  public String text() {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
