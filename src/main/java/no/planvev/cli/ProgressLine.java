package no.planvev.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import no.planvev.build.Progress;

/**
 * Shows how far a build is on one line of a terminal ({@code planvev: pages 4,200/20,000}),
 * rewritten in place a few times a second, from one second after the start on (a quick build shows
 * nothing), and cleared at the end so that only the summary stays. Off a terminal (a CI log, a
 * pipe) it shows nothing at all.
 */
final class ProgressLine implements Progress, AutoCloseable {

  static final long DELAY_NANOS = 1_000_000_000L;
  static final long EVERY_MILLIS = 250;

  private final PrintWriter err;
  private final long start;
  private final AtomicLong done = new AtomicLong();
  private volatile String phase = "";
  private volatile long total;
  private int shownWidth;
  private Thread ticker;

  ProgressLine(PrintWriter err, long startNanos) {
    this.err = err;
    this.start = startNanos;
  }

  /**
   * A progress line on {@code err} when this runs on a terminal, else {@link Progress#NONE} (in a
   * CI log the summary line is enough).
   */
  static Progress forTerminal(PrintWriter err, Map<String, String> env) {
    if (!onTerminal(env)) return Progress.NONE;
    ProgressLine line = new ProgressLine(err, System.nanoTime());
    line.ticker =
        new Thread(
            () -> {
              try {
                while (!Thread.currentThread().isInterrupted()) {
                  Thread.sleep(EVERY_MILLIS);
                  line.tick(System.nanoTime());
                }
              } catch (InterruptedException e) {
                // closed
              }
            },
            "planvev-progress");
    line.ticker.setDaemon(true);
    line.ticker.start();
    return line;
  }

  /** Clears the line of {@code progress} if it is one; does nothing for {@link Progress#NONE}. */
  static void close(Progress progress) {
    if (progress instanceof ProgressLine line) line.close();
  }

  /**
   * Standard error is a terminal: a console that (on Java 22 and later, where there is always a
   * console) says it is one, no {@code CI} variable, and not a dumb terminal.
   */
  static boolean onTerminal(Map<String, String> env) {
    if (env.containsKey("CI") || "dumb".equals(env.get("TERM"))) return false;
    Console c = System.console();
    if (c == null) return false;
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(c);
    } catch (ReflectiveOperationException e) {
      return true; // Java 17 to 21: a console means a terminal
    }
  }

  @Override
  public void phase(String name, long total) {
    this.total = total;
    done.set(0);
    this.phase = name;
  }

  @Override
  public void step() {
    done.incrementAndGet();
  }

  /** Shows the line as it is at {@code nowNanos}, once a second has passed since the start. */
  synchronized void tick(long nowNanos) {
    if (nowNanos - start < DELAY_NANOS || phase.isEmpty()) return;
    String text = "planvev: " + format(phase, done.get(), total);
    int pad = Math.max(0, shownWidth - text.length());
    err.print("\r" + text + " ".repeat(pad));
    err.flush();
    shownWidth = Math.max(shownWidth, text.length());
  }

  @Override
  public synchronized void close() {
    if (ticker != null) ticker.interrupt();
    if (shownWidth > 0) {
      err.print("\r" + " ".repeat(shownWidth) + "\r");
      err.flush();
      shownWidth = 0;
    }
  }

  /** {@code pages 4,200/20,000}; {@code reading} for a phase without a count. */
  static String format(String phase, long done, long total) {
    if (total <= 0) return phase;
    return String.format(Locale.ROOT, "%s %,d/%,d", phase, Math.min(done, total), total);
  }
}
