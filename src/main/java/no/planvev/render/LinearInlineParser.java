package no.planvev.render;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.InlineParserFactory;
import com.vladsch.flexmark.parser.core.delimiter.Delimiter;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * flexmark's inline parser without its quadratic step. flexmark's {@code match} and {@code
 * matchWithGroups} take the match's bounds through {@link Matcher#toMatchResult()}, which copies
 * the whole paragraph into a new string on every call (JDK 17). The inline parser matches at every
 * link destination, bracket and space it tries, and reference definitions are parsed the same way,
 * so a paragraph of {@code n} characters cost {@code n²}: 20,000 times {@code [a](b} took 19 s,
 * 10,000 reference definitions 49 s. These overrides read the same bounds from the matcher itself;
 * what they return is unchanged.
 *
 * <p>A link destination may hold balanced parentheses; flexmark follows them to the end of the run
 * of non-space characters and gives up there when they do not balance, so an unclosed {@code [a](b}
 * repeated made every attempt read to the end of the paragraph. CommonMark's own parsers give up
 * after {@value #MAX_PAREN_DEPTH} levels of parentheses; so does this one, before flexmark reads
 * further. No real URL nests that deep.
 *
 * <p>When a link closes, flexmark resolves the emphasis inside it by walking its delimiter stack
 * down to the link's opening bracket; with no emphasis inside, that walk misses the bracket and
 * goes down to the paragraph's first delimiter, so a paragraph with {@code *emphasis*} and a link
 * on each of its lines cost lines². There is nothing to resolve then, and this parser says so at
 * once.
 */
final class LinearInlineParser extends InlineParserImpl {

  static final InlineParserFactory FACTORY = LinearInlineParser::new;

  /** As commonmark.js and cmark: deeper parentheses end a link destination attempt. */
  static final int MAX_PAREN_DEPTH = 32;

  LinearInlineParser(
      DataHolder options,
      BitSet specialCharacters,
      BitSet delimiterCharacters,
      Map<Character, DelimiterProcessor> delimiterProcessors,
      LinkRefProcessorData linkRefProcessors,
      List<InlineParserExtensionFactory> inlineParserExtensions) {
    super(
        options,
        specialCharacters,
        delimiterCharacters,
        delimiterProcessors,
        linkRefProcessors,
        inlineParserExtensions);
  }

  @Override
  public BasedSequence match(Pattern re) {
    Matcher m = find(re);
    return m == null ? null : input.subSequence(m.start(), m.end());
  }

  @Override
  public BasedSequence[] matchWithGroups(Pattern re) {
    Matcher m = find(re);
    if (m == null) return null;
    BasedSequence[] groups = new BasedSequence[m.groupCount() + 1];
    for (int i = 0; i < groups.length; i++) {
      groups[i] = m.start(i) < 0 ? null : input.subSequence(m.start(i), m.end(i));
    }
    return groups;
  }

  @Override
  public void processDelimiters(Delimiter stackBottom) {
    if (stackBottom != null && lastDelimiter == stackBottom) return;
    super.processDelimiters(stackBottom);
  }

  @Override
  public BasedSequence parseLinkDestination() {
    if (tooDeep(input, index)) return null;
    return super.parseLinkDestination();
  }

  /** True when the non-space run at {@code from} opens more than 32 unescaped parentheses. */
  static boolean tooDeep(CharSequence s, int from) {
    int depth = 0;
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c <= ' ') return false;
      if (c == '\\') {
        i++;
      } else if (c == '(') {
        if (++depth > MAX_PAREN_DEPTH) return true;
      } else if (c == ')') {
        if (--depth < 0) return false;
      }
    }
    return false;
  }

  /** As flexmark: a match found from the current index on moves the index past it. */
  private Matcher find(Pattern re) {
    if (index >= input.length()) return null;
    Matcher m = re.matcher(input);
    m.region(index, input.length());
    if (!m.find()) return null;
    index = m.end();
    return m;
  }
}
