package no.planvev.build;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/** Work a build starts on another core while it goes on with something else. */
final class Background {

  private Background() {}

  /**
   * Runs {@code work} on a daemon thread of its own named {@code name}: the process may end without
   * waiting for work a build turned out not to need.
   */
  static <T> CompletableFuture<T> run(String name, Supplier<T> work) {
    return CompletableFuture.supplyAsync(
        work,
        task -> {
          Thread t = new Thread(task, name);
          t.setDaemon(true);
          t.start();
        });
  }
}
