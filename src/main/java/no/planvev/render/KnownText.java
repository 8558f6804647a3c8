package no.planvev.render;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Texts whose content is already fixed by a digest: the HTML of a Markdown text, fixed by its
 * {@link RenderCache#markdownKey} (the Markdown cache rests on the same rule: one key, one HTML).
 * {@link ValueDigest} feeds such a text, the very same {@code String} object, as its 16-byte key
 * instead of its thousands of characters; equal values still give equal digests whether or not the
 * text is known (known texts are tagged apart, so a known and an unknown text never feed the same
 * words), and a page is at worst rendered again. Held weakly, by identity: a text leaves when
 * nothing else holds it.
 */
final class KnownText {

  /** Shorter texts are cheaper to feed than to look up. */
  static final int MIN_LENGTH = 256;

  private static final ConcurrentHashMap<Ref, long[]> KEYS = new ConcurrentHashMap<>();
  private static final ReferenceQueue<String> GONE = new ReferenceQueue<>();

  private KnownText() {}

  /** Records that {@code text} is what {@code key} (a 32-byte digest) stands for. */
  static void put(String text, byte[] key) {
    if (text.length() < MIN_LENGTH) return;
    for (Object r; (r = GONE.poll()) != null; ) KEYS.remove(r);
    java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(key);
    KEYS.put(new Ref(text, GONE), new long[] {b.getLong(0), b.getLong(8)});
  }

  /** The key words recorded for this very object, or null. */
  static long[] of(String text) {
    if (text.length() < MIN_LENGTH || KEYS.isEmpty()) return null;
    return KEYS.get(new Ref(text, null));
  }

  private static final class Ref extends WeakReference<String> {
    private final int hash;

    Ref(String s, ReferenceQueue<String> q) {
      super(s, q);
      hash = System.identityHashCode(s);
    }

    @Override
    public int hashCode() {
      return hash;
    }

    @Override
    public boolean equals(Object o) {
      if (o == this) return true;
      if (!(o instanceof Ref r)) return false;
      String s = get();
      return s != null && s == r.get();
    }
  }
}
