package no.planvev.render;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.SubSequence;
import java.util.Set;

/**
 * Renders {@link Text} nodes as flexmark's core renderer does ({@code
 * html.text(Escaping.normalizeEOL(chars.unescape()))}), without its cost for the common case.
 * {@code unescape} only changes text holding a backslash or {@code &}, and {@code normalizeEOL}
 * only text holding a {@code \r}; for any other text both return the characters unchanged, so the
 * text is taken straight from the source string (flexmark copies it char by char, then runs a
 * regular expression and a second copy over it). Text with any of the three goes the core way.
 */
final class FastTextRenderer implements NodeRenderer {

  static final NodeRendererFactory FACTORY =
      new NodeRendererFactory() {
        @Override
        public NodeRenderer apply(DataHolder options) {
          return INSTANCE;
        }
      };

  private static final FastTextRenderer INSTANCE = new FastTextRenderer();

  private final Set<NodeRenderingHandler<?>> handlers =
      Set.of(new NodeRenderingHandler<>(Text.class, FastTextRenderer::render));

  @Override
  public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
    return handlers;
  }

  private static void render(Text node, NodeRendererContext context, HtmlWriter html) {
    BasedSequence chars = node.getChars();
    String s =
        chars instanceof SubSequence && chars.getBase() instanceof String base
            ? base.substring(chars.getStartOffset(), chars.getEndOffset())
            : chars.toString();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' || c == '&' || c == '\r') {
        html.text(Escaping.normalizeEOL(chars.unescape()));
        return;
      }
    }
    html.text(s);
  }
}
