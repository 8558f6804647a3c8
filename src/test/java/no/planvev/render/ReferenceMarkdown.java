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
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.html.MutableAttributes;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The original flexmark setup of {@link Markdown} (before the performance work), kept verbatim
 * and without the memo: the reference that the optimised renderer must match byte for byte.
 */
final class ReferenceMarkdown {

  private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");
  private static final List<String> SAFE_SCHEMES = List.of("http", "https", "mailto", "tel");

  private final Parser parser;
  private final HtmlRenderer renderer;
  ReferenceMarkdown() {
    MutableDataSet options = new MutableDataSet();
    options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
    options.set(HtmlRenderer.ESCAPE_HTML, true);
    options.set(HtmlRenderer.SUPPRESS_HTML, false);
    options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
    options.set(HtmlRenderer.RENDER_HEADER_ID, true);
    options.set(HtmlRenderer.SOFT_BREAK, "\n");
    options.set(TablesExtension.WITH_CAPTION, false);
    options.set(TablesExtension.CLASS_NAME, "table");
    parser = Parser.builder(options).build();
    renderer = HtmlRenderer.builder(options)
        .attributeProviderFactory(new IndependentAttributeProviderFactory() {
          @Override
          public AttributeProvider apply(LinkResolverContext context) {
            return ReferenceMarkdown::sanitizeAttributes;
          }
        })
        .build();
  }

  /** Block Markdown as HTML, headings starting at {@code base} (2..6). */
  String toHtml(String markdown, int base) {
    return render(markdown, base);
  }

  private String render(String markdown, int base) {
    Document doc = parser.parse(markdown);
    shiftHeadings(doc, base);
    unlinkUnsafe(doc);
    return renderer.render(doc);
  }

  /** Inline Markdown (one paragraph) as HTML without the surrounding {@code <p>}. */
  String inlineHtml(String markdown) {
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

  private static void shiftHeadings(Document doc, int base) {
    List<Heading> headings = new ArrayList<>();
    collect(doc, Heading.class, headings);
    int min = headings.stream().mapToInt(Heading::getLevel).min().orElse(1);
    int prev = base - 1;
    for (Heading h : headings) {
      int level = Math.min(Math.min(prev + 1, base + h.getLevel() - min), 6);
      h.setLevel(level);
      prev = level;
    }
  }

  private static void unlinkUnsafe(Document doc) {
    List<Node> links = new ArrayList<>();
    collect(doc, Node.class, links);
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
  private static void sanitizeAttributes(Node node, AttributablePart part, MutableAttributes attrs) {
    for (String name : List.of("href", "src")) {
      var a = attrs.get(name);
      if (a != null && !isSafeUrl(a.getValue())) {
        attrs.replaceValue(name, "#");
      }
    }
  }

  private static <T extends Node> void collect(Node node, Class<T> type, List<T> out) {
    for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
      if (type.isInstance(c)) out.add(type.cast(c));
      collect(c, type, out);
    }
  }
}
