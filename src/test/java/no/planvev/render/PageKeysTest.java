package no.planvev.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import no.planvev.diag.Problems;
import org.junit.jupiter.api.Test;

/**
 * Every page's values (records all the way down) make a build cache key: a second build with a
 * fresh memo finds every page in the cache and gives the same bytes.
 */
class PageKeysTest {

  /** A build cache in memory that counts what it is asked. */
  private static final class Store implements RenderCache {
    final Map<String, byte[]> pages = new ConcurrentHashMap<>();
    final AtomicInteger hits = new AtomicInteger();
    final AtomicInteger puts = new AtomicInteger();

    @Override
    public String markdown(byte[] key) {
      return null;
    }

    @Override
    public void putMarkdown(byte[] key, String html) {}

    @Override
    public byte[] page(byte[] key) {
      byte[] b = pages.get(java.util.HexFormat.of().formatHex(key));
      if (b != null) hits.incrementAndGet();
      return b;
    }

    @Override
    public void putPage(byte[] key, byte[] bytes) {
      puts.incrementAndGet();
      pages.put(java.util.HexFormat.of().formatHex(key), bytes);
    }
  }

  private static Map<String, byte[]> build(Store store) throws Exception {
    RenderMemo memo = RenderMemo.forOneBuild();
    memo.store(store);
    Problems problems = new Problems();
    SiteRenderer r = new SiteRenderer(TestSites.THEME, TestSites.ui(), problems, memo);
    Map<String, byte[]> out = new TreeMap<>();
    for (SiteRenderer.PageJob job : r.pages(TestSites.site(), TestSites.TODAY)) {
      out.put(job.path(), job.render().call());
    }
    assertEquals(List.of(), problems.all());
    return out;
  }

  @Test
  void everyPageIsKeptAndFoundAgain() throws Exception {
    Store store = new Store();
    Map<String, byte[]> first = build(store);
    assertEquals(first.size(), store.puts.get(), "every page has a key");
    Map<String, byte[]> second = build(store);
    assertEquals(first.size(), store.hits.get(), "every page is found");
    assertEquals(first.keySet(), second.keySet());
    first.forEach((path, bytes) -> assertArrayEquals(bytes, second.get(path), path));
  }
}
