package no.planvev.validate;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the link values and ids of one page in one pass over its UTF-8 bytes, with exactly the
 * semantics of the regular expressions the link check used before: a tag is {@code <} and an ASCII
 * letter up to the next {@code >} (so text inside comments and scripts is scanned too); in it an
 * attribute is white space, then {@code href}, {@code src}, {@code id} or {@code name} (lower
 * case), optional white space, {@code =}, optional white space and a value in double or single
 * quotes; {@code name} counts as an id on {@code <a } only. Every byte that matters is ASCII, so
 * UTF-8 needs no decoding except inside values.
 */
final class LinkScanner {

  private LinkScanner() {}

  static PageLinks scan(byte[] b) {
    List<String> links = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    int n = b.length;
    int i = 0;
    while (i < n) {
      int lt = indexOf(b, (byte) '<', i, n);
      if (lt < 0 || lt + 1 >= n) break;
      if (!isAsciiLetter(b[lt + 1])) {
        i = lt + 1;
        continue;
      }
      int gt = indexOf(b, (byte) '>', lt + 2, n);
      if (gt < 0) break;
      tag(b, lt, gt, links, ids);
      i = gt + 1;
    }
    return new PageLinks(unique(links), unique(ids));
  }

  /** The attributes of the tag {@code b[lt..gt]} ({@code gt} is its {@code >}). */
  private static void tag(byte[] b, int lt, int gt, List<String> links, List<String> ids) {
    boolean anchor = gt - lt >= 2 && (b[lt + 1] | 0x20) == 'a' && b[lt + 2] == ' ';
    int j = lt + 1;
    while (j < gt) {
      if (!isSpace(b[j])) {
        j++;
        continue;
      }
      int k = j + 1;
      int kind; // 0 href, 1 src, 2 id, 3 name
      if (at(b, k, gt, "href")) {
        kind = 0;
        k += 4;
      } else if (at(b, k, gt, "src")) {
        kind = 1;
        k += 3;
      } else if (at(b, k, gt, "id")) {
        kind = 2;
        k += 2;
      } else if (at(b, k, gt, "name")) {
        kind = 3;
        k += 4;
      } else {
        j++;
        continue;
      }
      while (k < gt && isSpace(b[k])) k++;
      if (k >= gt || b[k] != '=') {
        j++;
        continue;
      }
      k++;
      while (k < gt && isSpace(b[k])) k++;
      if (k >= gt || b[k] != '"' && b[k] != '\'') {
        j++;
        continue;
      }
      int close = indexOf(b, b[k], k + 1, gt);
      if (close < 0) {
        j++;
        continue;
      }
      String value = new String(b, k + 1, close - k - 1, StandardCharsets.UTF_8);
      if (value.indexOf('&') >= 0) value = LinkChecker.unescape(value);
      switch (kind) {
        case 0, 1 -> {
          if (matters(value)) links.add(value);
        }
        case 2 -> ids.add(value);
        default -> {
          if (anchor) ids.add(value);
        }
      }
      j = close + 1;
    }
  }

  /** Whether a link can ever be reported: internal, and not just {@code #} or {@code #top}. */
  static boolean matters(String href) {
    String h = LinkChecker.internal(href);
    return h != null && !h.equals("#") && !h.equals("#top");
  }

  private static boolean at(byte[] b, int k, int end, String word) {
    if (k + word.length() > end) return false;
    for (int x = 0; x < word.length(); x++) {
      if (b[k + x] != word.charAt(x)) return false;
    }
    return true;
  }

  private static int indexOf(byte[] b, byte c, int from, int end) {
    for (int x = from; x < end; x++) {
      if (b[x] == c) return x;
    }
    return -1;
  }

  private static boolean isAsciiLetter(byte c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  /** {@code \s} of java.util.regex: space, tab, line feed, vertical tab, form feed, return. */
  private static boolean isSpace(byte c) {
    return c == ' ' || c >= 0x09 && c <= 0x0D;
  }

  private static String[] unique(List<String> list) {
    if (list.isEmpty()) return PageLinks.NONE;
    String[] a = list.toArray(new String[0]);
    Arrays.sort(a);
    int w = 1;
    for (int r = 1; r < a.length; r++) {
      if (!a[r].equals(a[w - 1])) a[w++] = a[r];
    }
    return w == a.length ? a : Arrays.copyOf(a, w);
  }
}
