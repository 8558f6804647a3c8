package no.planvev.model;

/**
 * MurmurHash3's 64-bit finalizer, which spreads every bit of its input over the whole result; the
 * last step of the digests of page bodies ({@link Body}) and of page values (render's ValueDigest).
 */
public final class Fmix {

  private Fmix() {}

  /** MurmurHash3's {@code fmix64}. */
  public static long fmix64(long k) {
    k ^= k >>> 33;
    k *= 0xFF51AFD7ED558CCDL;
    k ^= k >>> 33;
    k *= 0xC4CEB93FE53B5A63L;
    k ^= k >>> 33;
    return k;
  }
}
