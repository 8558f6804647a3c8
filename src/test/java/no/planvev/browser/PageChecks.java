package no.planvev.browser;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Checks of one page beyond axe-core: heading outline, {@code lang}, the footer's accessibility
 * statement link (on the parsed HTML), and in the browser no horizontal scrolling, the skip link
 * and the keyboard tab order. Each returns the problems found, empty when the page passes.
 */
final class PageChecks {

  /** A short description of an element in the page, for messages; defined in every script. */
  private static final String DESCRIBE =
      "function pvDescribe(e) {"
          + " if (!e) return 'nothing';"
          + " let s = e.tagName.toLowerCase();"
          + " if (e.id) s += '#' + e.id;"
          + " if (e.classList && e.classList.length) s += '.' + [...e.classList].join('.');"
          + " const href = e.getAttribute && e.getAttribute('href'); if (href) s += '[href=\"' + href + '\"]';"
          + " const t = (e.textContent || '').trim().replace(/\\s+/g, ' ');"
          + " if (t && e !== document.body && e !== document.documentElement)"
          + "   s += ' \"' + (t.length > 40 ? t.slice(0, 40) + '…' : t) + '\"';"
          + " return s; }\n";

  /** What the keyboard can reach, in DOM order, as the browser decides (tabIndex, rendering). */
  private static final String FOCUSABLES =
      "function pvFocusables() {"
          + " const sel = 'a[href],area[href],button,input,select,textarea,summary,iframe,[tabindex],"
          + "[contenteditable]';"
          + " return [...document.querySelectorAll(sel)].filter(e => e.tabIndex >= 0 && !e.disabled"
          + "   && !(e.tagName === 'INPUT' && e.type === 'hidden')"
          + "   && e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden'"
          // A closed <details> keeps its content's boxes (content-visibility: hidden) but no Tab
          // stop.
          + "   && (!e.checkVisibility || e.checkVisibility())); }\n";

  private PageChecks() {}

  /** Exactly one {@code h1}, and no heading more than one level below the one before it. */
  static List<String> headings(Document doc) {
    List<String> problems = new ArrayList<>();
    List<Element> all = doc.select("h1, h2, h3, h4, h5, h6");
    long h1 = all.stream().filter(h -> h.nameIs("h1")).count();
    if (h1 != 1) {
      problems.add("expected exactly one <h1>, found " + h1);
    }
    int previous = 1; // a heading before the h1 (a site header's h2) is not a skip
    for (Element h : all) {
      int level = h.tagName().charAt(1) - '0';
      if (level > previous + 1) {
        problems.add(
            "heading level skipped: <h"
                + level
                + "> \""
                + h.text()
                + "\" follows <h"
                + previous
                + ">");
      }
      previous = level;
    }
    return problems;
  }

  /** {@code <html lang>} is the page's language (its folder, for a site page). */
  static List<String> lang(Document doc, String expected) {
    String lang = doc.selectFirst("html") == null ? "" : doc.selectFirst("html").attr("lang");
    return lang.equals(expected)
        ? List.of()
        : List.of("<html lang=\"" + lang + "\"> but the page is in \"" + expected + "\"");
  }

  /** A link in the {@code <footer>} whose resolved URL {@code isStatement} accepts. */
  static List<String> footerStatementLink(
      Document doc, String pageUrl, Predicate<URI> isStatement) {
    org.jsoup.select.Elements footers = doc.select("footer");
    if (footers.isEmpty()) return List.of("no <footer>");
    for (Element a : footers.select("a[href]")) {
      try {
        if (isStatement.test(URI.create(pageUrl).resolve(a.attr("href")))) return List.of();
      } catch (IllegalArgumentException notAUri) {
        // Not a link to the statement, then.
      }
    }
    return List.of("no link to the accessibility statement in the <footer>");
  }

  /** On the loaded page: nothing wider than the viewport (WCAG 1.4.10 Reflow at 320 px). */
  @SuppressWarnings("unchecked")
  static List<String> noHorizontalScroll(Browser browser) {
    Map<String, Object> r =
        (Map<String, Object>)
            browser.js(
                DESCRIBE
                    + "const d = document.documentElement;"
                    + "const cw = d.clientWidth;"
                    + "const wide = [...document.body.querySelectorAll('*')].filter(e => {"
                    + "  const b = e.getBoundingClientRect(); return b.width > 0 && b.right > cw + 0.5; })"
                    + "  .filter((e, i, all) => !all.some(o => o !== e && e.contains(o)));"
                    // Text that does not wrap (a long compound word, a URL) overflows its box, not
                    // the box.
                    + "const spilling = [...document.body.querySelectorAll('*')].filter(e =>"
                    + "  e.scrollWidth > e.clientWidth + 1 && e.clientWidth > 0"
                    + "  && getComputedStyle(e).overflowX === 'visible'"
                    + "  && e.getBoundingClientRect().left + e.scrollWidth > cw + 0.5)"
                    + "  .filter((e, i, all) => !all.some(o => o !== e && e.contains(o)));"
                    + "return {scroll: d.scrollWidth, client: cw, wide: wide.concat(spilling).slice(0, 5).map(e =>"
                    + "  pvDescribe(e) + ' (' + Math.round(e.getBoundingClientRect().width) + 'px box, '"
                    + "  + e.scrollWidth + 'px content)')};");
    long scroll = ((Number) r.get("scroll")).longValue();
    long client = ((Number) r.get("client")).longValue();
    if (scroll <= client) return List.of();
    return List.of(
        "scrolls horizontally at "
            + client
            + " px: scrollWidth "
            + scroll
            + "; too wide: "
            + r.get("wide"));
  }

  /**
   * On a freshly loaded page: the first Tab focuses a same-page link whose target exists in or is
   * {@code <main>}, and activating it moves focus there (the next Tab lands inside the target).
   */
  static List<String> skipLink(Browser browser) {
    return skipLink(browser, false);
  }

  /**
   * As {@link #skipLink(Browser)}; with {@code focusTarget}, activating the link must put the focus
   * itself on the target (which then needs {@code tabindex="-1"}), as screen readers follow focus.
   */
  @SuppressWarnings("unchecked")
  static List<String> skipLink(Browser browser, boolean focusTarget) {
    browser.tab();
    Map<String, Object> first =
        (Map<String, Object>)
            browser.js(
                DESCRIBE
                    + "const a = document.activeElement;"
                    + "const href = a && a.getAttribute('href');"
                    + "let target = null;"
                    + "if (a && a.tagName === 'A' && href && href.startsWith('#') && href.length > 1)"
                    + "  target = document.getElementById(decodeURIComponent(href.slice(1)));"
                    + "return {focused: pvDescribe(a), link: !!(a && a.tagName === 'A' && href"
                    + "  && href.startsWith('#')), href: href, target: !!target,"
                    + "  inMain: !!(target && (target.tagName === 'MAIN' || target.closest('main')))};");
    String focused = (String) first.get("focused");
    if (!Boolean.TRUE.equals(first.get("link"))) {
      return List.of("the first focusable element is not a skip link: " + focused);
    }
    if (!Boolean.TRUE.equals(first.get("target"))) {
      return List.of("the skip link " + focused + " points at no element");
    }
    if (!Boolean.TRUE.equals(first.get("inMain"))) {
      return List.of("the skip link " + focused + " does not lead to <main>");
    }
    browser.enter();
    // Following an in-page link moves the focus to its target when the target can take focus
    // (tabindex="-1"), else only the sequential focus navigation starting point: then the next
    // Tab must land on the first focusable element at or after the target's start.
    Map<String, Object> after =
        (Map<String, Object>)
            browser.js(
                DESCRIBE
                    + FOCUSABLES
                    + "const t = document.getElementById(decodeURIComponent(arguments[0].slice(1)));"
                    + "const next = pvFocusables().find(e => t.contains(e)"
                    + "  || (t.compareDocumentPosition(e) & Node.DOCUMENT_POSITION_FOLLOWING));"
                    + "if (next) next.setAttribute('data-pv-next', '');"
                    + "return {onTarget: document.activeElement === t, next: next ? pvDescribe(next) : null};",
                first.get("href"));
    if (Boolean.TRUE.equals(after.get("onTarget"))) return List.of();
    if (focusTarget) {
      return List.of(
          "the skip link "
              + focused
              + " did not move the focus to its target (focus"
              + " is on "
              + browser.js(DESCRIBE + "return pvDescribe(document.activeElement);")
              + "); give the target tabindex=\"-1\"");
    }
    if (after.get("next") == null) {
      return List.of(
          "the skip link "
              + focused
              + " did not focus its target and nothing"
              + " focusable follows it; give the target tabindex=\"-1\"");
    }
    browser.tab();
    Map<String, Object> now =
        (Map<String, Object>)
            browser.js(
                DESCRIBE
                    + "const a = document.activeElement;"
                    + "return {ok: a && a.hasAttribute('data-pv-next'), what: pvDescribe(a)};");
    if (Boolean.TRUE.equals(now.get("ok"))) return List.of();
    return List.of(
        "after the skip link "
            + focused
            + " the next Tab went to "
            + now.get("what")
            + ", not to "
            + after.get("next")
            + " (the first focusable element in its target)");
  }

  /**
   * On a freshly loaded page: Tab visits every focusable element exactly in DOM order, and each
   * shows a focus ring (an outline or a box-shadow). Returns the problems and fills {@code reached}
   * with what Tab visited.
   */
  @SuppressWarnings("unchecked")
  static List<String> tabOrder(Browser browser, List<String> reached) {
    List<String> expected =
        (List<String>)
            browser.js(
                DESCRIBE
                    + FOCUSABLES
                    + "const els = pvFocusables();"
                    + "els.forEach((e, i) => e.setAttribute('data-pv-tab', i));"
                    + "return els.map(pvDescribe);");
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < expected.size(); i++) {
      browser.tab();
      Map<String, Object> now =
          (Map<String, Object>)
              browser.js(
                  DESCRIBE
                      + "const a = document.activeElement;"
                      + "const st = a ? getComputedStyle(a) : null;"
                      + "const ring = !!st && ((st.outlineStyle !== 'none' && parseFloat(st.outlineWidth) > 0)"
                      + "  || (st.boxShadow && st.boxShadow !== 'none'));"
                      + "return {index: a ? a.getAttribute('data-pv-tab') : null, what: pvDescribe(a),"
                      + "  ring: ring};");
      reached.add((String) now.get("what"));
      if (!Boolean.TRUE.equals(now.get("ring"))) {
        problems.add(
            "Tab #"
                + (i + 1)
                + " focused "
                + now.get("what")
                + " with no visible focus"
                + " indicator (no outline or box-shadow; WCAG 2.4.7)");
      }
      String index = (String) now.get("index");
      if (!String.valueOf(i).equals(index)) {
        problems.add(
            "Tab #"
                + (i + 1)
                + " focused "
                + now.get("what")
                + ", expected "
                + expected.get(i)
                + " (the next focusable element in DOM order)");
        break;
      }
    }
    return problems;
  }
}
