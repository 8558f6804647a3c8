package no.planvev.preview;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryWatcher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Watches the content and template folders recursively (new and deleted folders included) and
 * reports changes, debounced. Editor droppings (dotfiles, {@code ~} backups, swap files) are
 * ignored; saving through them still changes the real file, which is seen.
 */
final class SourceWatcher implements AutoCloseable {

  /**
   * An editor's save (write, rename, touch: a few events) arrives within a few milliseconds on
   * inotify; 25 ms of quiet catches it without adding much to save-to-served latency.
   */
  static final Duration QUIET = Duration.ofMillis(25);

  /** A steady stream of changes (a {@code git checkout}) still rebuilds this often. */
  static final Duration MAX_WAIT = Duration.ofMillis(500);

  private final DirectoryWatcher watcher;
  private final Debouncer debouncer;

  private final ExecutorService loop;

  private SourceWatcher(DirectoryWatcher watcher, Debouncer debouncer, ExecutorService loop) {
    this.watcher = watcher;
    this.debouncer = debouncer;
    this.loop = loop;
  }

  /** Starts watching the folders of {@code roots} that exist; returns once they are registered. */
  static SourceWatcher start(List<Path> roots, Duration quiet, Consumer<Set<Path>> onChange)
      throws IOException {
    List<Path> existing =
        roots.stream()
            .map(p -> p.toAbsolutePath().normalize())
            .filter(Files::isDirectory)
            .distinct()
            .toList();
    Duration maxWait = MAX_WAIT.compareTo(quiet) > 0 ? MAX_WAIT : quiet.multipliedBy(10);
    Debouncer debouncer = new Debouncer(quiet, maxWait, onChange);
    DirectoryWatcher watcher;
    try {
      watcher =
          DirectoryWatcher.builder()
              .paths(existing)
              .fileHashing(false)
              .logger(org.slf4j.helpers.NOPLogger.NOP_LOGGER)
              .listener(
                  event -> {
                    if (event.eventType() == DirectoryChangeEvent.EventType.OVERFLOW
                        || (event.path() != null && !ignored(event.rootPath(), event.path()))) {
                      debouncer.changed(event.path() == null ? event.rootPath() : event.path());
                    }
                  })
              .build();
    } catch (IOException | RuntimeException e) {
      debouncer.close();
      throw e;
    }
    ExecutorService loop =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "planvev-watch");
              t.setDaemon(true);
              return t;
            });
    CompletableFuture<Void> running = watcher.watchAsync(loop);
    if (running.isCompletedExceptionally()) {
      debouncer.close();
      loop.shutdownNow();
      try {
        running.join();
      } catch (CompletionException e) {
        throw new IOException("cannot watch " + existing + ": " + e.getCause().getMessage(), e);
      }
    }
    return new SourceWatcher(watcher, debouncer, loop);
  }

  /** Whether a change under {@code root} is an editor's or a tool's, not the editor's content. */
  static boolean ignored(Path root, Path path) {
    Path rel = root != null && path.startsWith(root) ? root.relativize(path) : path;
    for (Path segment : rel) {
      if (segment.toString().startsWith(".")) return true;
    }
    Path name = path.getFileName();
    if (name == null) return false;
    String n = name.toString();
    return n.endsWith("~")
        || n.endsWith(".swp")
        || n.endsWith(".swx")
        || n.startsWith("#")
        || n.equals("4913");
  }

  @Override
  public void close() {
    debouncer.close();
    try {
      watcher.close();
    } catch (IOException e) {
      // Closing a watch service is best effort.
    }
    loop.shutdownNow();
  }
}
