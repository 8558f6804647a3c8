package no.planvev.validate;

import java.util.Arrays;

/**
 * What the link check needs of one generated page: its internal link values ({@code href} and
 * {@code src}, entity-unescaped, each once, sorted) and its ids ({@code id}, and {@code name} on
 * {@code <a>}; each once, sorted). External links are dropped when the page is scanned. Immutable
 * once made; {@link LinkChecker#add} may swap its strings for equal shared ones.
 */
public final class PageLinks {

  static final String[] NONE = new String[0];

  final String[] links;
  final String[] ids;

  PageLinks(String[] links, String[] ids) {
    this.links = links;
    this.ids = ids;
  }

  /** Scans one page (UTF-8 bytes); same as {@link LinkChecker#scan}. */
  public static PageLinks of(byte[] html) {
    return LinkScanner.scan(html);
  }

  /**
   * Links and ids a build state kept from an earlier build ({@link #links()}, {@link #ids()}).
   *
   * @throws IllegalArgumentException when either is not sorted or holds a null
   */
  public static PageLinks kept(String[] links, String[] ids) {
    for (String[] a : new String[][] {links, ids}) {
      for (int i = 0; i < a.length; i++) {
        if (a[i] == null || (i > 0 && a[i - 1].compareTo(a[i]) >= 0)) {
          throw new IllegalArgumentException("not a kept page's links");
        }
      }
    }
    return new PageLinks(links.length == 0 ? NONE : links, ids.length == 0 ? NONE : ids);
  }

  /** The page's internal links, sorted (a build state keeps them; not to be changed). */
  public String[] links() {
    return links;
  }

  /** The page's ids, sorted (a build state keeps them; not to be changed). */
  public String[] ids() {
    return ids;
  }

  boolean hasId(String id) {
    return Arrays.binarySearch(ids, id) >= 0;
  }

  boolean sameIds(PageLinks other) {
    return Arrays.equals(ids, other.ids);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PageLinks p && Arrays.equals(links, p.links) && Arrays.equals(ids, p.ids);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(links) + Arrays.hashCode(ids);
  }

  @Override
  public String toString() {
    return "links " + Arrays.toString(links) + ", ids " + Arrays.toString(ids);
  }
}
