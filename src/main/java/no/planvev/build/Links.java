package no.planvev.build;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import no.planvev.model.Content;
import no.planvev.validate.LinkChecker;
import no.planvev.validate.Problems;

/** The links of the pages of one build, taken as each page is rendered; thread-safe. */
final class Links {

  private final Map<String, byte[]> pages = new ConcurrentHashMap<>();
  private volatile boolean stopped;

  /** Tells the page workers to stop: a write failed and the build is over. */
  void stop() {
    stopped = true;
  }

  boolean stopped() {
    return stopped;
  }

  void add(String path, byte[] html) {
    if (path.endsWith(".html")) pages.put(path, html);
  }

  /** Checks every page's links against {@code files}, every file of the site. */
  void check(Set<String> files, Content content, Path contentDir, Problems problems) {
    LinkChecker.check(pages, files, content, contentDir, problems);
  }
}
