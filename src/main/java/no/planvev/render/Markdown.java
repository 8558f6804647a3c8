package no.planvev.render;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.html.MutableAttributes;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Markdown to safe HTML; the only flexmark user. Raw HTML is escaped, links and images may only use
 * http, https, mailto, tel or a relative URL (anything else is unlinked), tables are supported and
 * headings get ids.
 *
 * <p>Heading rule: a body is placed under a heading of level {@code base - 1} (the page's h1 for a
 * page body, so {@code base = 2}). The body's highest heading level becomes {@code base}, the
 * others shift by the same amount, and no heading goes more than one level deeper than the one
 * before it (so a body's {@code #} and {@code ##} become h2 and h3, and {@code #} then {@code ###}
 * become h2 then h3). Levels past 6 stay 6.
 *
 * <p>The HTML depends only on the source and {@code base}, so results are memoised: an instance
 * that lives across preview rebuilds renders an unchanged body once. The memo is bounded (it is
 * emptied when it grows past {@link #MAX_ENTRIES}, or {@link #ONE_BUILD_ENTRIES} in a single build,
 * where it only catches a text shown twice close together, such as a body shown as the fallback of
 * the next job's language; 20,000 held a tenth of the bodies and their HTML at 100,000 pages).
 */
final class Markdown {

  private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");
  private static final List<String> SAFE_SCHEMES = List.of("http", "https", "mailto", "tel");

  static final int MAX_ENTRIES = 20_000;

  /** The bound of the memo of a single build ({@link RenderMemo#forOneBuild}). */
  static final int ONE_BUILD_ENTRIES = 1_000;

  private final Parser parser;
  private final HtmlRenderer renderer;
  private final Map<Key, String> memo;
  private final boolean stock;
  private final int maxEntries;
  private final AtomicLong hits = new AtomicLong();
  private final AtomicLong misses = new AtomicLong();

  /** The build cache on disk, when a build has one (see {@link RenderCache}). */
  volatile RenderCache store;

  private record Key(String markdown, int base) {}

  Markdown() {
    this(true);
  }

  /** Without the memo ({@code memoise = false}) every call renders: for benchmarks. */
  Markdown(boolean memoise) {
    this(memoise, false, MAX_ENTRIES);
  }

  /** With a memo of at most {@code maxEntries} texts. */
  Markdown(int maxEntries) {
    this(true, false, maxEntries);
  }

  /**
   * flexmark as it comes — its own inline, heading and text parsers and renderers, no plain-text
   * shortcut, no memo — with the same options and the same sanitising: what the tests compare the
   * fast paths with (they must give the same bytes).
   */
  static Markdown stock() {
    return new Markdown(false, true, 0);
  }

  private Markdown(boolean memoise, boolean stock, int maxEntries) {
    this.stock = stock;
    this.maxEntries = maxEntries;
    memo = memoise ? new ConcurrentHashMap<>() : null;
    MutableDataSet options = new MutableDataSet();
    options.set(
        Parser.EXTENSIONS, List.of(stock ? TablesExtension.create() : new SharedTablesExtension()));
    options.set(HtmlRenderer.ESCAPE_HTML, true);
    options.set(HtmlRenderer.SUPPRESS_HTML, false);
    options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
    options.set(HtmlRenderer.RENDER_HEADER_ID, true);
    options.set(HtmlRenderer.SOFT_BREAK, "\n");
    options.set(TablesExtension.WITH_CAPTION, false);
    options.set(TablesExtension.CLASS_NAME, "table");
    if (stock) {
      parser = Parser.builder(options).build();
    } else {
      // flexmark's inline and heading parsers with their quadratic steps taken out (see each
      // class).
      options.set(Parser.HEADING_PARSER, false);
      parser =
          Parser.builder(options)
              .customBlockParserFactory(new LinearHeadingFactory())
              .customInlineParserFactory(LinearInlineParser.FACTORY)
              // flexmark adds its reference-definition pass only for its own inline parser.
              .paragraphPreProcessorFactory(new ReferencePreProcessorFactory())
              .build();
    }
    HtmlRenderer.Builder rb = HtmlRenderer.builder(options);
    if (!stock) rb.nodeRendererFactory(FastTextRenderer.FACTORY);
    renderer =
        rb.attributeProviderFactory(
                new IndependentAttributeProviderFactory() {
                  @Override
                  public AttributeProvider apply(LinkResolverContext context) {
                    return Markdown::sanitizeAttributes;
                  }
                })
            .build();
  }

  /** Block Markdown as HTML, headings starting at {@code base} (2..6). */
  String toHtml(String markdown, int base) {
    if (memo == null) return render(markdown, base);
    Key key = new Key(markdown, base);
    String html = memo.get(key);
    if (html != null) {
      hits.incrementAndGet();
      return html;
    }
    misses.incrementAndGet();
    RenderCache disk = store;
    byte[] stored = disk == null ? null : RenderCache.markdownKey(markdown, base);
    html = stored == null ? null : disk.markdown(stored);
    if (html == null) {
      html = render(markdown, base);
      if (stored != null) disk.putMarkdown(stored, html);
    }
    if (stored != null) KnownText.put(html, stored);
    if (memo.size() >= maxEntries) memo.clear();
    memo.put(key, html);
    return html;
  }

  /** Bodies served from the memo so far. */
  long hits() {
    return hits.get();
  }

  /** Bodies parsed and rendered so far. */
  long misses() {
    return misses.get();
  }

  /**
   * A text the Markdown library could not render. Content is checked against the limits of {@code
   * source.MarkdownLimits} before it gets here; this is the last line of defence, for a shape those
   * limits do not foresee, so that it becomes a problem at the text and not a crash.
   */
  static final class TooComplex extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient String markdown;

    TooComplex(String markdown, Throwable cause) {
      super("Markdown too complex to render", cause, false, false);
      this.markdown = markdown;
    }

    /** The text that failed. */
    String markdown() {
      return markdown;
    }
  }

  private String render(String markdown, int base) {
    try {
      Document doc = parser.parse(markdown);
      List<Heading> headings = new ArrayList<>();
      List<Node> links = new ArrayList<>();
      collect(doc, headings, links);
      shiftHeadings(headings, base);
      unlinkUnsafe(links);
      return renderer.render(doc);
    } catch (StackOverflowError | RuntimeException e) {
      // The parser and renderer keep no state between documents, so they stay usable.
      throw new TooComplex(markdown, e);
    }
  }

  /** Inline Markdown (one paragraph) as HTML without the surrounding {@code <p>}. */
  String inlineHtml(String markdown) {
    String plain = stock ? null : PlainInline.html(markdown);
    if (plain != null) return plain;
    String html = toHtml(markdown, 6).strip();
    if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 1) < 0) {
      return html.substring(3, html.length() - 4);
    }
    return html;
  }

  /** True when a link target is relative or uses a scheme we allow on our pages. */
  static boolean isSafeUrl(String url) {
    StringBuilder sb = new StringBuilder();
    for (char c : url.toCharArray()) {
      if (c > ' ' && c != 0x7f) sb.append(c);
    }
    var m = SCHEME.matcher(sb);
    if (!m.find()) return !sb.toString().contains(":") || sb.indexOf(":") > firstOf(sb, "/?#");
    return SAFE_SCHEMES.contains(m.group(1).toLowerCase(Locale.ROOT));
  }

  private static int firstOf(CharSequence s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) return i;
    }
    return Integer.MAX_VALUE;
  }

  private static void shiftHeadings(List<Heading> headings, int base) {
    int min = 1;
    if (!headings.isEmpty()) {
      min = Integer.MAX_VALUE;
      for (Heading h : headings) min = Math.min(min, h.getLevel());
    }
    int prev = base - 1;
    for (Heading h : headings) {
      int level = Math.min(Math.min(prev + 1, base + h.getLevel() - min), 6);
      h.setLevel(level);
      prev = level;
    }
  }

  /** {@code links}: the body's links, autolinks, images and references in document order. */
  private static void unlinkUnsafe(List<Node> links) {
    for (Node n : links) {
      if (n instanceof Link l && !isSafeUrl(l.getUrl().unescape())) {
        unwrap(n);
      } else if (n instanceof AutoLink l && !isSafeUrl(l.getUrl().unescape())) {
        n.insertBefore(new Text(l.getText()));
        n.unlink();
      } else if (n instanceof Image i && !isSafeUrl(i.getUrl().unescape())) {
        n.insertBefore(new Text(i.getText()));
        n.unlink();
      } else if (n instanceof Reference r && !isSafeUrl(r.getUrl().unescape())) {
        r.setUrl(BasedSequence.of("#"));
      }
    }
  }

  private static void unwrap(Node n) {
    Node child = n.getFirstChild();
    while (child != null) {
      Node next = child.getNext();
      n.insertBefore(child);
      child = next;
    }
    n.unlink();
  }

  /** Second line of defence: reference links and anything else the tree pass did not see. */
  private static void sanitizeAttributes(
      Node node, AttributablePart part, MutableAttributes attrs) {
    sanitize(attrs, "href");
    sanitize(attrs, "src");
  }

  private static void sanitize(MutableAttributes attrs, String name) {
    var a = attrs.get(name);
    if (a != null && !isSafeUrl(a.getValue())) {
      attrs.replaceValue(name, "#");
    }
  }

  /** One pre-order walk: every heading, and every node that can carry a URL, in document order. */
  private static void collect(Node node, List<Heading> headings, List<Node> links) {
    for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
      if (c instanceof Heading h) {
        headings.add(h);
      } else if (c instanceof Link
          || c instanceof AutoLink
          || c instanceof Image
          || c instanceof Reference) {
        links.add(c);
      }
      collect(c, headings, links);
    }
  }
}
