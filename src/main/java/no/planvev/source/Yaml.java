package no.planvev.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.planvev.diag.Message;
import no.planvev.diag.Problems;
import no.planvev.diag.SourcePos;
import no.planvev.source.YNode.Entry;
import no.planvev.source.YNode.Kind;
import no.planvev.source.YNode.YList;
import no.planvev.source.YNode.YMap;
import no.planvev.source.YNode.YScalar;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * The only user of Jackson YAML: streams one YAML document into a {@link YNode} tree with a
 * position for every key and value. YAML 1.2 rules, so {@code no} and {@code 0150} stay text.
 */
final class Yaml {

  private static final Message ALIAS = Message.of("yaml.alias");

  /** The longest value (and line) we read: 100 KB of text is more than any field needs. */
  static final int MAX_SCALAR = 100 * 1024;

  private static final YAMLFactory FACTORY = YAMLFactory.builder().build();

  private final String path;
  private final int lineOffset;
  private final String[] lines;
  private final JsonParser parser;

  private Yaml(String text, String path, int lineOffset, JsonParser parser) {
    this.path = path;
    this.lineOffset = lineOffset;
    this.lines = text.split("\n", -1);
    this.parser = parser;
  }

  /**
   * Reads {@code text} (lines counted from {@code lineOffset + 1} in {@code path}). An empty
   * document is an empty mapping at line 1. Returns null after adding a problem.
   */
  static YNode read(String text, String path, int lineOffset, Problems problems) {
    // The YAML scanner slows down badly on very long lines (4 MB: over ten seconds); refuse first.
    int lineNo = 1;
    int lineStart = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i < text.length() && !allowed(text.charAt(i))) {
        // The parser reports these at the start of the document; point at the character.
        problems.error(
            new SourcePos(path, lineNo + lineOffset, i - lineStart + 1),
            Message.of(
                "yaml.control",
                String.format(java.util.Locale.ROOT, "U+%04X", (int) text.charAt(i))));
        return null;
      }
      if (i == text.length() || text.charAt(i) == '\n') {
        if (i - lineStart > MAX_SCALAR) {
          problems.error(
              new SourcePos(path, lineNo + lineOffset, 1),
              Message.of("yaml.lineTooLong", (i - lineStart + 1023) / 1024, MAX_SCALAR / 1024));
          return null;
        }
        lineNo++;
        lineStart = i + 1;
      }
    }
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), text)) {
      Yaml y = new Yaml(text, path, lineOffset, p);
      JsonToken first = p.nextToken();
      if (first == null) {
        return new YMap(new SourcePos(path, lineOffset + 1, 1), Map.of());
      }
      YNode root = y.value(first);
      JsonToken next = p.nextToken();
      if (next != null) {
        problems.error(y.pos(), Message.of("yaml.secondDocument"));
        return null;
      }
      return root;
    } catch (Abort a) {
      problems.error(a.pos, a.message);
      return null;
    } catch (JacksonException e) {
      SourcePos at = errorPos(e, path, lineOffset);
      // A quote left open swallows the lines after it, so the parser trips over a later one.
      SourcePos quote = unclosedQuote(text, path, lineOffset, at.line());
      if (quote != null) {
        problems.error(quote, Message.of("yaml.unclosedQuote"));
      } else {
        problems.error(at, errorMessage(e));
      }
      return null;
    }
  }

  /** Whether YAML 1.2 allows the character in a document (tab, line breaks, printable text). */
  private static boolean allowed(char c) {
    if (c < 0x20) return c == '\t' || c == '\n' || c == '\r';
    if (c >= 0x7F && c <= 0x9F) return c == 0x85;
    return c != 0xFFFE && c != 0xFFFF;
  }

  /**
   * Deepest nesting of mappings and lists we read: content needs fewer than ten, and the parser's
   * own limit (500) stops with no position; ours points at the value that goes too deep.
   */
  static final int MAX_DEPTH = 100;

  private int depth;

  private YNode value(JsonToken t) {
    SourcePos pos = pos();
    if ((t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) && ++depth > MAX_DEPTH) {
      throw new Abort(pos, Message.of("yaml.tooDeep", MAX_DEPTH));
    }
    try {
      return valueAt(t, pos);
    } finally {
      if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) depth--;
    }
  }

  private YNode valueAt(JsonToken t, SourcePos pos) {
    YAMLParser y = (YAMLParser) parser;
    if (y.isCurrentAlias()) throw new Abort(pos, ALIAS);
    switch (t) {
      case START_OBJECT -> {
        String anchor = y.getObjectId();
        if (anchor != null) throw new Abort(pos, ALIAS);
        Map<String, Entry> entries = new LinkedHashMap<>();
        while (parser.nextToken() != JsonToken.END_OBJECT) {
          String key = parser.currentName();
          SourcePos keyPos = pos();
          if (y.getObjectId() != null || y.isCurrentAlias()) throw new Abort(keyPos, ALIAS);
          YNode v = value(parser.nextToken());
          Entry old = entries.get(key);
          if (old != null) {
            throw new Abort(keyPos, Message.of("yaml.duplicateKey", key, old.keyPos().line()));
          }
          entries.put(key, new Entry(key, keyPos, v));
        }
        return new YMap(pos, entries);
      }
      case START_ARRAY -> {
        if (y.getObjectId() != null) throw new Abort(pos, ALIAS);
        List<YNode> items = new ArrayList<>();
        JsonToken i;
        while ((i = parser.nextToken()) != JsonToken.END_ARRAY) {
          items.add(value(i));
        }
        return new YList(pos, items);
      }
      default -> {
        Kind kind =
            switch (t) {
              case VALUE_NUMBER_INT -> Kind.INT;
              case VALUE_NUMBER_FLOAT -> Kind.FLOAT;
              case VALUE_TRUE, VALUE_FALSE -> Kind.BOOL;
              case VALUE_NULL -> Kind.NULL;
              default -> Kind.STRING;
            };
        String text = parser.getString();
        if (text != null && text.length() > MAX_SCALAR)
          throw new Abort(pos, tooLong(text.length()));
        return new YScalar(pos, text == null ? "" : text, kind, quotedAt(pos));
      }
    }
  }

  private static Message tooLong(int chars) {
    return Message.of("yaml.tooLong", (chars + 1023) / 1024, MAX_SCALAR / 1024);
  }

  private boolean quotedAt(SourcePos pos) {
    int i = pos.line() - lineOffset - 1;
    if (i < 0 || i >= lines.length) return false;
    String line = lines[i];
    int c = pos.column() - 1;
    return c >= 0 && c < line.length() && (line.charAt(c) == '"' || line.charAt(c) == '\'');
  }

  private SourcePos pos() {
    TokenStreamLocation l = parser.currentTokenLocation();
    return new SourcePos(
        path, Math.max(1, l.getLineNr()) + lineOffset, Math.max(1, l.getColumnNr()));
  }

  /** The first value before line {@code until} that opens a quote its line does not close. */
  private static SourcePos unclosedQuote(String text, String path, int lineOffset, int until) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length && i + 1 + lineOffset <= until; i++) {
      String line = lines[i];
      int start = valueStart(line);
      if (start < 0 || start >= line.length()) continue;
      char q = line.charAt(start);
      if (q != '"' && q != '\'') continue;
      boolean closed = false;
      for (int j = start + 1; j < line.length(); j++) {
        char c = line.charAt(j);
        if (q == '"' && c == '\\') {
          j++;
        } else if (c == q) {
          if (q == '\'' && j + 1 < line.length() && line.charAt(j + 1) == '\'') {
            j++;
          } else {
            closed = true;
            break;
          }
        }
      }
      if (!closed) return new SourcePos(path, i + 1 + lineOffset, start + 1);
    }
    return null;
  }

  /** Where the value of a {@code key: value} or {@code - value} line starts, or -1. */
  private static int valueStart(String line) {
    String t = line.stripLeading();
    if (t.startsWith("#")) return -1;
    int indent = line.length() - t.length();
    int at;
    if (t.startsWith("- ")) {
      at = indent + 2;
    } else {
      int colon = line.indexOf(": ", indent);
      if (colon < 0) return -1;
      at = colon + 2;
    }
    while (at < line.length() && line.charAt(at) == ' ') at++;
    return at;
  }

  private static SourcePos errorPos(JacksonException e, String path, int lineOffset) {
    MarkedYamlEngineException m = marked(e);
    if (m != null) {
      // An unclosed quote or bracket is found at the end of the file; point at where it opens.
      boolean atEnd = m.getProblem() != null && m.getProblem().contains("end of stream");
      Mark mark =
          (atEnd
                  ? m.getContextMark().or(m::getProblemMark)
                  : m.getProblemMark().or(m::getContextMark))
              .orElse(null);
      if (mark != null) {
        return new SourcePos(path, mark.getLine() + 1 + lineOffset, mark.getColumn() + 1);
      }
    }
    TokenStreamLocation l = e.getLocation();
    if (l != null && l.getLineNr() > 0) {
      return new SourcePos(path, l.getLineNr() + lineOffset, Math.max(1, l.getColumnNr()));
    }
    return new SourcePos(path, lineOffset + 1, 1);
  }

  private static Message errorMessage(JacksonException e) {
    MarkedYamlEngineException m = marked(e);
    if (m == null) {
      String original = firstLine(e.getOriginalMessage());
      if (original.contains("nesting depth")) return Message.of("yaml.tooDeep", 500);
      return Message.of("yaml.invalid", original);
    }
    String problem = firstLine(m.getProblem());
    if (problem.contains("\\t(TAB)") || problem.contains("\t")) {
      return Message.of("yaml.tab");
    }
    String context = m.getContext() == null ? "" : firstLine(m.getContext());
    if (problem.contains("end of stream") && context.contains("quoted scalar")) {
      return Message.of("yaml.unclosedQuote");
    }
    if (problem.contains("mapping values are not allowed")) {
      return Message.of("yaml.colon");
    }
    if (problem.contains("expected <block end>")) {
      return Message.of("yaml.indent");
    }
    if (context.contains("flow sequence") || context.contains("flow mapping")) {
      return Message.of(context.contains("sequence") ? "yaml.flowList" : "yaml.flowMap");
    }
    if (problem.contains("that cannot start any token")) {
      return Message.of("yaml.reserved", problem.replaceAll(".*found character (\\S+).*", "$1"));
    }
    return Message.of("yaml.invalid", problem + (context.isEmpty() ? "" : " (" + context + ")"));
  }

  private static MarkedYamlEngineException marked(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof MarkedYamlEngineException m) return m;
    }
    return null;
  }

  private static String firstLine(String s) {
    if (s == null) return "";
    String line = s.strip();
    int nl = line.indexOf('\n');
    return nl < 0 ? line : line.substring(0, nl).strip();
  }

  /** Stops reading at the first structural problem. */
  private static final class Abort extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient SourcePos pos;
    final transient Message message;

    Abort(SourcePos pos, Message message) {
      super(message.key(), null, false, false);
      this.pos = pos;
      this.message = message;
    }
  }
}
