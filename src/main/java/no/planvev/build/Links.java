package no.planvev.build;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import no.planvev.diag.Problems;
import no.planvev.model.Content;
import no.planvev.validate.LinkChecker;
import no.planvev.validate.PageLinks;

/**
 * The links of the pages of one build, taken from each page as it is rendered (on the worker that
 * rendered it) and checked once all are done; thread-safe. In the preview the checker and the pages
 * it has seen live on between builds: a page whose bytes are the very array seen last time (the
 * render memo kept it) is not scanned again, and only what changed is re-checked.
 */
final class Links {

  private final LinkChecker checker;

  /** Site path → the bytes scanned for it; null in a one-off build (nothing is kept). */
  private final Map<String, byte[]> seen;

  private final Set<String> current = ConcurrentHashMap.newKeySet();
  private volatile boolean stopped;

  /** Every page's links by site path, for a build state; null when not asked for. */
  private volatile Map<String, PageLinks> recorded;

  /** For a single build of about {@code pages} pages. */
  Links(int pages) {
    this(new LinkChecker(pages), null);
  }

  /** For the preview: {@code checker} and {@code seen} are kept between builds. */
  Links(LinkChecker checker, Map<String, byte[]> seen) {
    this.checker = checker;
    this.seen = seen;
  }

  /** Tells the page workers to stop: a write failed and the build is over. */
  void stop() {
    stopped = true;
  }

  boolean stopped() {
    return stopped;
  }

  /** From now on, keeps every page's links for {@link #recorded}. */
  void record(int expected) {
    recorded = new ConcurrentHashMap<>(expected * 4 / 3 + 16);
  }

  /** Every page's links so far by site path (after {@link #record}). */
  Map<String, PageLinks> recorded() {
    return recorded == null ? Map.of() : recorded;
  }

  /** The links of a page left in the output as it was, as an earlier build scanned them. */
  void kept(String path, PageLinks links) {
    if (!path.endsWith(".html")) return;
    Map<String, PageLinks> r = recorded;
    if (r != null) r.put(path, links);
    checker.addShared(path, links);
  }

  void add(String path, byte[] html) {
    if (!path.endsWith(".html")) return;
    if (seen == null) {
      PageLinks links = LinkChecker.scan(html);
      Map<String, PageLinks> r = recorded;
      if (r != null) r.put(path, links);
      checker.add(path, links);
      return;
    }
    current.add(path);
    if (seen.put(path, html) != html) checker.replace(path, LinkChecker.scan(html));
  }

  /** Checks every page's links against {@code files}, every file of the site. */
  void check(Set<String> files, Content content, Path contentDir, Problems problems) {
    // Every page of this build was put into seen, so pages are gone only when seen has more.
    if (seen != null && seen.size() > current.size()) {
      for (String path : Set.copyOf(seen.keySet())) {
        if (!current.contains(path)) {
          seen.remove(path);
          checker.remove(path);
        }
      }
    }
    checker.check(files, content, contentDir, problems);
  }
}
