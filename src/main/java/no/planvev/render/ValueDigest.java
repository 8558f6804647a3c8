package no.planvev.render;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;

/**
 * SHA-256 of template values, fed without a string copy: each value is written with a tag and a
 * length, so that no two different values (a map and a list, "ab" + "c" and "a" + "bc") feed the
 * same bytes. Map order counts (it shows in a template's output).
 */
final class ValueDigest {

  private final MessageDigest sha;
  private final byte[] buf = new byte[8192];
  private int n;

  ValueDigest() {
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  void tag(char c) {
    if (n == buf.length) flush();
    buf[n++] = (byte) c;
  }

  void integer(int v) {
    if (n + 4 > buf.length) flush();
    buf[n++] = (byte) (v >>> 24);
    buf[n++] = (byte) (v >>> 16);
    buf[n++] = (byte) (v >>> 8);
    buf[n++] = (byte) v;
  }

  void string(String s) {
    tag('s');
    int len = s.length();
    integer(len);
    for (int i = 0; i < len; i++) {
      if (n + 2 > buf.length) flush();
      char c = s.charAt(i);
      buf[n++] = (byte) (c >>> 8);
      buf[n++] = (byte) c;
    }
  }

  /** Feeds {@code v}; false when it holds something else than maps, lists and plain leaves. */
  boolean value(Object v) {
    if (v instanceof String s) {
      string(s);
    } else if (v instanceof Map<?, ?> m) {
      tag('m');
      integer(m.size());
      for (var e : m.entrySet()) {
        if (!(e.getKey() instanceof String k)) return false;
        string(k);
        if (!value(e.getValue())) return false;
      }
    } else if (v instanceof List<?> l) {
      tag('l');
      integer(l.size());
      for (Object x : l) {
        if (!value(x)) return false;
      }
    } else if (v instanceof Boolean b) {
      tag(b ? 'T' : 'F');
    } else if (v == null) {
      tag('0');
    } else if (v instanceof Integer || v instanceof Long || v instanceof Short
        || v instanceof Byte) {
      tag('i');
      string(v.toString());
    } else if (v instanceof Double || v instanceof Float
        || v instanceof java.math.BigDecimal || v instanceof java.math.BigInteger) {
      tag(v.getClass().getSimpleName().charAt(0));
      string(v.toString());
    } else {
      return false;
    }
    return true;
  }

  byte[] digest() {
    flush();
    return sha.digest();
  }

  private void flush() {
    sha.update(buf, 0, n);
    n = 0;
  }
}
