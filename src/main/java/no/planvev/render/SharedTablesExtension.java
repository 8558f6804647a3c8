package no.planvev.render;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.tables.internal.TableParagraphPreProcessor;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.dependency.Dependent;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;
import java.util.List;

/**
 * flexmark's tables extension with one table pre-processor per parser instead of one per document.
 * flexmark builds a new {@code TableParagraphPreProcessor} for every document that has a paragraph,
 * and each one formats and compiles its header-separator regular expression again (about 5 % of a
 * page's Markdown time, most of a one-line summary's). The pre-processor keeps no state between
 * calls (its fields are the parser options and that pattern; everything else is local to {@code
 * preProcessBlock}), so one instance serves every document and thread. It is built from the first
 * document's properties, which are the parser's options: {@link Markdown} passes no per-document
 * options. Rendering is the tables extension's own.
 *
 * <p>The shared processor also answers the common case itself: flexmark's returns 0 (no table) as
 * soon as a paragraph's first line has no {@code |}, but finds that out char by char through its
 * sequence classes; {@link PipeGate} asks the source string, and hands every other paragraph to
 * flexmark's processor unchanged.
 */
final class SharedTablesExtension
    implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

  private final TablesExtension tables = (TablesExtension) TablesExtension.create();

  @Override
  public void parserOptions(MutableDataHolder options) {
    tables.parserOptions(options);
  }

  @Override
  public void extend(Parser.Builder builder) {
    builder.paragraphPreProcessorFactory(new SharedFactory(TableParagraphPreProcessor.Factory()));
  }

  @Override
  public void rendererOptions(MutableDataHolder options) {
    tables.rendererOptions(options);
  }

  @Override
  public void extend(HtmlRenderer.Builder builder, String rendererType) {
    tables.extend(builder, rendererType);
  }

  /** The table factory's ordering, with the processor it makes kept after the first call. */
  private static final class SharedFactory implements ParagraphPreProcessorFactory, InPlaceOf {
    private final ParagraphPreProcessorFactory factory;
    private volatile ParagraphPreProcessor shared;

    SharedFactory(ParagraphPreProcessorFactory factory) {
      this.factory = factory;
    }

    @Override
    public ParagraphPreProcessor apply(ParserState state) {
      ParagraphPreProcessor p = shared;
      if (p == null) {
        p = new PipeGate(factory.apply(state));
        shared = p;
      }
      return p;
    }

    @Override
    public Dependent original() {
      return factory;
    }
  }

  /** No table can start in a paragraph whose first line has no pipe; the rest go to flexmark. */
  private record PipeGate(ParagraphPreProcessor tables) implements ParagraphPreProcessor {
    @Override
    public int preProcessBlock(Paragraph block, ParserState state) {
      List<BasedSequence> lines = block.getContentLines();
      if (!lines.isEmpty()
          && lines.get(0) instanceof SubSequence first
          && first.getBase() instanceof String source) {
        int end = first.getEndOffset();
        int i = first.getStartOffset();
        while (i < end && source.charAt(i) != '|') i++;
        if (i == end) return 0;
      }
      return tables.preProcessBlock(block, state);
    }
  }
}
