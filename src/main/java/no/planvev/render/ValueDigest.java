package no.planvev.render;

import static no.planvev.model.Fmix.fmix64;

import java.util.List;
import java.util.Map;

/**
 * A 128-bit digest of template values, fed without string copies: each value is written with a tag
 * and a length, so that no two different values (a map and a list, "ab" + "c" and "a" + "bc") feed
 * the same sequence. Map order counts (it shows in a template's output). Two 64-bit lanes, each a
 * multiply-rotate mix over 64-bit words (four characters at a time), finished with MurmurHash3's
 * fmix64: not cryptographic, but an accidental collision is out of reach, and it runs at several
 * hundred MB/s with the launcher's C1-only JIT, where SHA-256 has no intrinsic and managed under 10
 * MB/s on the shared machine.
 */
final class ValueDigest {

  private static final long C1 = 0x87c37b91114253d5L;
  private static final long C2 = 0x4cf5ad432745937fL;
  private static final long C3 = 0x9e3779b97f4a7c15L;
  private static final long C4 = 0xc2b2ae3d27d4eb4fL;

  private long h1 = 0x243f6a8885a308d3L;
  private long h2 = 0x13198a2e03707344L;
  private long words;
  private final char[] chars = new char[1024];

  private void mix(long k) {
    h1 = Long.rotateLeft(h1 ^ (k * C1), 31) * C2 + 0x52dce729L;
    h2 = (Long.rotateLeft(h2 + k * C3, 27) ^ h1) * C4 + 0x38495ab5L;
    words++;
  }

  void tag(char c) {
    mix(0x1_0000_0000_0000L | c);
  }

  void integer(int v) {
    mix(0x2_0000_0000_0000L ^ (v & 0xffffffffL) << 8);
  }

  void string(String s) {
    long[] known = KnownText.of(s);
    if (known != null) {
      // A text fixed by its own digest (KnownText): that digest stands for it.
      mix(0x4_0000_0000_0000L);
      mix(known[0]);
      mix(known[1]);
      return;
    }
    int len = s.length();
    mix(0x3_0000_0000_0000L ^ (long) len << 16);
    char[] b = chars;
    for (int from = 0; from < len; from += b.length) {
      int n = Math.min(b.length, len - from);
      s.getChars(from, from + n, b, 0);
      int i = 0;
      for (; i + 4 <= n; i += 4) {
        mix(b[i] | (long) b[i + 1] << 16 | (long) b[i + 2] << 32 | (long) b[i + 3] << 48);
      }
      long k = 0;
      for (int shift = 0; i < n; i++, shift += 16) k |= (long) b[i] << shift;
      if (k != 0 || (n & 3) != 0) mix(k ^ 0xff00_0000_0000_0000L);
    }
  }

  /**
   * Feeds {@code v}; false when it holds something else than records, maps, lists and plain leaves.
   * A record is its class's name and its components in declaration order (a null component fed as
   * null).
   */
  boolean value(Object v) {
    if (v instanceof String s) {
      string(s);
    } else if (v instanceof Record r) {
      tag('r');
      string(r.getClass().getName());
      for (Components.Component c : Components.of(r.getClass())) {
        if (!value(c.of(r))) return false;
      }
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
    } else if (v instanceof Integer
        || v instanceof Long
        || v instanceof Short
        || v instanceof Byte) {
      tag('i');
      string(v.toString());
    } else if (v instanceof Double
        || v instanceof Float
        || v instanceof java.math.BigDecimal
        || v instanceof java.math.BigInteger) {
      tag(v.getClass().getSimpleName().charAt(0));
      string(v.toString());
    } else {
      return false;
    }
    return true;
  }

  /** 32 bytes: the two lanes, each finished twice (with the count of words fed). */
  byte[] digest() {
    long a = fmix64(h1 + words);
    long b = fmix64(h2 ^ a);
    java.nio.ByteBuffer out = java.nio.ByteBuffer.allocate(32);
    out.putLong(a).putLong(b).putLong(fmix64(a ^ C3)).putLong(fmix64(b + C4));
    return out.array();
  }
}
