package no.planvev.render;

import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.dependency.Dependent;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.mappers.SpecialLeadInHandler;
import java.util.List;

/**
 * flexmark's heading parser without its quadratic step. For every line that follows a paragraph
 * line, flexmark's heading factory asks for the paragraph's whole text so far (built anew each
 * time) only to see whether there is a paragraph, so a paragraph of {@code n} lines cost {@code
 * n²}: 10,000 reference definitions in a row took seconds, and a long table too. This factory hands
 * flexmark's own heading factory a view of the matched block whose paragraph text is a cheap
 * stand-in: empty when there is a paragraph, null when not, which is all that factory reads of it
 * (a setext heading takes its text from the paragraph's lines). Everything else is flexmark's, and
 * the factory takes the core heading factory's place and order ({@code Parser.HEADING_PARSER} is
 * off).
 */
final class LinearHeadingFactory implements CustomBlockParserFactory, InPlaceOf {

  private final HeadingParser.Factory core = new HeadingParser.Factory();

  @Override
  public BlockParserFactory apply(DataHolder options) {
    BlockParserFactory factory = core.apply(options);
    return (state, matched) -> factory.tryStart(state, new CheapParagraph(matched));
  }

  @Override
  public SpecialLeadInHandler getLeadInHandler(DataHolder options) {
    return core.getLeadInHandler(options);
  }

  @Override
  public Dependent original() {
    return core;
  }

  /** The matched block as it is, but for a paragraph text that costs nothing to make. */
  private record CheapParagraph(MatchedBlockParser matched) implements MatchedBlockParser {

    @Override
    public BlockParser getBlockParser() {
      return matched.getBlockParser();
    }

    @Override
    public BasedSequence getParagraphContent() {
      return matched.getBlockParser().isParagraphParser() ? BasedSequence.EMPTY : null;
    }

    @Override
    public List<BasedSequence> getParagraphLines() {
      return matched.getParagraphLines();
    }

    @Override
    public List<Integer> getParagraphEolLengths() {
      return matched.getParagraphEolLengths();
    }

    @Override
    public MutableDataHolder getParagraphDataHolder() {
      return matched.getParagraphDataHolder();
    }
  }
}
