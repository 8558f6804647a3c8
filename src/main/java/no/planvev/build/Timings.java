package no.planvev.build;

import java.util.Locale;

/**
 * Phase times of a build, printed to standard error when the JVM runs with {@code
 * -Dplanvev.timings=true} (docs/performance.md); silent and free otherwise.
 */
final class Timings {

  private static final boolean ON = Boolean.getBoolean("planvev.timings");

  private final long start = System.nanoTime();
  private long last = start;

  /** When the build began ({@link System#nanoTime}). */
  long started() {
    return start;
  }

  /** Prints how long the step {@code what} took since {@code t0} ({@link System#nanoTime}). */
  static long step(String what, long t0) {
    long now = System.nanoTime();
    if (ON) System.err.printf(Locale.ROOT, "planvev:   %-24s %7.1f ms%n", what, (now - t0) / 1e6);
    return now;
  }

  /** Prints {@code line} when timings are on. */
  static void note(String line) {
    if (ON) System.err.println("planvev: " + line);
  }

  /** Marks the end of the phase {@code name}. */
  void mark(String name) {
    if (!ON) return;
    long now = System.nanoTime();
    System.err.printf(
        Locale.ROOT,
        "planvev: %-10s %7.1f ms  (%7.1f ms since start)%n",
        name,
        (now - last) / 1e6,
        (now - start) / 1e6);
    last = now;
  }
}
