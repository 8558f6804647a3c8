package no.planvev.preview;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Collects changed paths and hands them over once nothing has changed for a quiet period, so that
 * an editor's save (often several events) or a {@code git checkout} gives one rebuild. Changes that
 * arrive during a rebuild are kept for the next one. A steady stream of changes (a tool writing
 * many files) still gets a rebuild every {@code maxWait}. One thread, its own.
 */
final class Debouncer implements AutoCloseable {

  private final long quietNanos;
  private final long maxWaitNanos;
  private long firstChange;
  private final Consumer<Set<Path>> action;
  private final Thread thread;
  private final Set<Path> pending = new TreeSet<>();
  private long lastChange;
  private boolean closed;

  Debouncer(Duration quiet, Duration maxWait, Consumer<Set<Path>> action) {
    this.quietNanos = quiet.toNanos();
    this.maxWaitNanos = maxWait.toNanos();
    this.action = action;
    this.thread = new Thread(this::loop, "planvev-rebuild");
    this.thread.setDaemon(true);
    this.thread.start();
  }

  synchronized void changed(Path path) {
    long now = System.nanoTime();
    if (pending.isEmpty()) firstChange = now;
    pending.add(path);
    lastChange = now;
    notifyAll();
  }

  private void loop() {
    while (true) {
      Set<Path> batch;
      synchronized (this) {
        try {
          while (!closed && pending.isEmpty()) wait();
          if (closed) return;
          long left;
          while (!closed
              && (left =
                      Math.min(lastChange + quietNanos, firstChange + maxWaitNanos)
                          - System.nanoTime())
                  > 0) {
            wait(Math.max(1, left / 1_000_000), 0);
          }
          if (closed) return;
        } catch (InterruptedException e) {
          return;
        }
        batch = new TreeSet<>(pending);
        pending.clear();
      }
      try {
        action.accept(batch);
      } catch (RuntimeException e) {
        // The action reports its own failures; the loop must survive anything.
      }
    }
  }

  @Override
  public void close() {
    synchronized (this) {
      closed = true;
      notifyAll();
    }
    thread.interrupt();
  }
}
