package no.planvev.preview;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Turns the raw (still percent-encoded) path of a request into a site path, or says why not. The
 * site is a map, so nothing outside it can be reached anyway; these rules refuse tricks early and
 * plainly: {@code ..}, {@code .}, encoded slashes and backslashes, NUL and control characters,
 * empty segments (400), and dotfiles (404).
 */
sealed interface RequestPath {

  /** A site path to look up, e.g. {@code nb/index.html} for {@code /nb/}. */
  record Site(String path, boolean folder) implements RequestPath {}

  /** Not a valid path at all: 400. */
  record Bad(String why) implements RequestPath {}

  /** A path that can never be served (a dotfile): 404. */
  record Hidden() implements RequestPath {}

  static RequestPath parse(String raw) {
    if (raw == null || raw.isEmpty() || raw.charAt(0) != '/')
      return new Bad("path must start with /");
    String lower = raw.toLowerCase(Locale.ROOT);
    if (lower.contains("%2f") || lower.contains("%5c") || raw.indexOf('\\') >= 0) {
      return new Bad("encoded slash or backslash");
    }
    String decoded = decode(raw);
    if (decoded == null) return new Bad("malformed percent-encoding");
    if (decoded.equals("/")) return new Site("index.html", true);
    boolean folder = decoded.endsWith("/");
    String body = decoded.substring(1, folder ? decoded.length() - 1 : decoded.length());
    if (body.isEmpty()) return new Site("index.html", true);
    boolean hidden = false;
    for (String segment : body.split("/", -1)) {
      if (segment.isEmpty()) return new Bad("empty path segment");
      if (segment.equals(".") || segment.equals("..")) return new Bad("dot segment");
      for (int i = 0; i < segment.length(); i++) {
        char c = segment.charAt(i);
        if (c < 0x20 || c == 0x7f) return new Bad("control character");
      }
      if (segment.charAt(0) == '.') hidden = true;
    }
    if (hidden) return new Hidden();
    return folder ? new Site(body + "/index.html", true) : new Site(body, false);
  }

  /** Strict UTF-8 percent-decoding; null when malformed. */
  private static String decode(String raw) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        if (i + 2 >= raw.length()) return null;
        int hi = Character.digit(raw.charAt(i + 1), 16);
        int lo = Character.digit(raw.charAt(i + 2), 16);
        if (hi < 0 || lo < 0) return null;
        bytes.write(hi * 16 + lo);
        i += 2;
      } else if (c > 0x7f) {
        int cp = raw.codePointAt(i);
        byte[] utf8 = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
        bytes.write(utf8, 0, utf8.length);
        i += Character.charCount(cp) - 1;
      } else {
        bytes.write(c);
      }
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
