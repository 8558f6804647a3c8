package no.planvev.build;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import no.planvev.model.Content;
import no.planvev.output.OutputFile;
import no.planvev.output.PageGroup;
import no.planvev.render.RenderMemo;
import no.planvev.source.ContentLoader;
import no.planvev.validate.LinkChecker;
import no.planvev.validate.SiteChecks;

/**
 * What the preview keeps from one build to the next so that a one-file edit costs little: the
 * content read from every unchanged file ({@link ContentLoader.Cache}), rendered pages and Markdown
 * ({@link RenderMemo}), the links of every page ({@link LinkChecker}), and the data, calendar and
 * feed files, which are made again only when what they are made from changed. Used by one build at
 * a time.
 */
public final class BuildMemo {

  final RenderMemo render = new RenderMemo();
  final ContentLoader.Cache loads = new ContentLoader.Cache();
  final LinkChecker links = new LinkChecker();
  final SiteChecks.Memo checks = new SiteChecks.Memo();
  final Map<String, byte[]> scanned = new ConcurrentHashMap<>();
  private Object dataKey;
  private List<OutputFile> data;
  private Object sitemapKey;
  private List<OutputFile> sitemap;
  private TreeMap<String, byte[]> lastSorted;
  private java.util.Set<String> lastPaths;

  public BuildMemo() {}

  /**
   * {@code files} sorted by path. Sorting twenty thousand paths on every save is a good part of a
   * preview rebuild; when the paths are those of the last build, their order is reused.
   */
  synchronized SortedMap<String, byte[]> sorted(Map<String, byte[]> files) {
    boolean same =
        lastSorted != null
            && lastSorted.size() == files.size()
            && lastPaths.containsAll(files.keySet());
    TreeMap<String, byte[]> next;
    if (same) {
      next = new TreeMap<>(lastSorted); // linear: built from a sorted map
      next.replaceAll((path, old) -> files.get(path));
    } else {
      next = new TreeMap<>(files);
      lastPaths = new java.util.HashSet<>(files.keySet());
    }
    lastSorted = next;
    return next;
  }

  /** The render memo, for tests (what was rendered, Markdown hits). */
  public RenderMemo render() {
    return render;
  }

  /**
   * Data, calendars and feeds: they read the site, plans, projects, hearings, reports, the date.
   */
  synchronized List<OutputFile> data(Content c, LocalDate date, Supplier<List<OutputFile>> make) {
    Object key =
        List.of(
            c.site(),
            new Refs(c.plans()),
            new Refs(c.projects()),
            new Refs(c.hearings()),
            new Refs(c.reports()),
            date);
    if (!key.equals(dataKey)) {
      data = make.get();
      dataKey = key;
    }
    return data;
  }

  /** The sitemap and robots.txt: they read the site, the pages' paths and the date. */
  synchronized List<OutputFile> sitemap(
      Content c, LocalDate date, List<PageGroup> groups, Supplier<List<OutputFile>> make) {
    Object key = List.of(c.site(), groups, date);
    if (!key.equals(sitemapKey)) {
      sitemap = make.get();
      sitemapKey = key;
    }
    return sitemap;
  }

  /**
   * A list compared by the identity of its elements: the content loader gives the same object for
   * an unchanged file, so equal references mean unchanged sources, at no cost.
   */
  private record Refs(List<?> items) {
    @Override
    public boolean equals(Object o) {
      if (!(o instanceof Refs r) || r.items.size() != items.size()) return false;
      for (int i = 0; i < items.size(); i++) {
        if (items.get(i) != r.items.get(i)) return false;
      }
      return true;
    }

    @Override
    public int hashCode() {
      return items.size();
    }
  }
}
