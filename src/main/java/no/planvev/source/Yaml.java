package no.planvev.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.planvev.model.SourcePos;
import no.planvev.source.YNode.Entry;
import no.planvev.source.YNode.Kind;
import no.planvev.source.YNode.YList;
import no.planvev.source.YNode.YMap;
import no.planvev.source.YNode.YScalar;
import no.planvev.validate.Problems;
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

  static final String ALIAS_MESSAGE = "anchors and aliases (&x, *x) are not supported;"
      + " write the value out in full";

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
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), text)) {
      Yaml y = new Yaml(text, path, lineOffset, p);
      JsonToken first = p.nextToken();
      if (first == null) {
        return new YMap(new SourcePos(path, lineOffset + 1, 1), Map.of());
      }
      YNode root = y.value(first);
      JsonToken next = p.nextToken();
      if (next != null) {
        problems.error(y.pos(), "a file holds one YAML document, but a second one starts here;"
            + " remove the '---' line that separates them");
        return null;
      }
      return root;
    } catch (Abort a) {
      problems.error(a.pos, a.getMessage());
      return null;
    } catch (JacksonException e) {
      problems.error(errorPos(e, path, lineOffset), errorMessage(e));
      return null;
    }
  }

  private YNode value(JsonToken t) {
    SourcePos pos = pos();
    YAMLParser y = (YAMLParser) parser;
    if (y.isCurrentAlias()) throw new Abort(pos, ALIAS_MESSAGE);
    switch (t) {
      case START_OBJECT -> {
        String anchor = y.getObjectId();
        if (anchor != null) throw new Abort(pos, ALIAS_MESSAGE);
        Map<String, Entry> entries = new LinkedHashMap<>();
        while (parser.nextToken() != JsonToken.END_OBJECT) {
          String key = parser.currentName();
          SourcePos keyPos = pos();
          if (y.getObjectId() != null || y.isCurrentAlias()) throw new Abort(keyPos, ALIAS_MESSAGE);
          YNode v = value(parser.nextToken());
          Entry old = entries.get(key);
          if (old != null) {
            throw new Abort(keyPos, "duplicate key '" + key + "': it is also on line "
                + old.keyPos().line());
          }
          entries.put(key, new Entry(key, keyPos, v));
        }
        return new YMap(pos, entries);
      }
      case START_ARRAY -> {
        if (y.getObjectId() != null) throw new Abort(pos, ALIAS_MESSAGE);
        List<YNode> items = new ArrayList<>();
        JsonToken i;
        while ((i = parser.nextToken()) != JsonToken.END_ARRAY) {
          items.add(value(i));
        }
        return new YList(pos, items);
      }
      default -> {
        Kind kind = switch (t) {
          case VALUE_NUMBER_INT -> Kind.INT;
          case VALUE_NUMBER_FLOAT -> Kind.FLOAT;
          case VALUE_TRUE, VALUE_FALSE -> Kind.BOOL;
          case VALUE_NULL -> Kind.NULL;
          default -> Kind.STRING;
        };
        String text = parser.getString();
        return new YScalar(pos, text == null ? "" : text, kind, quotedAt(pos));
      }
    }
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
    return new SourcePos(path, Math.max(1, l.getLineNr()) + lineOffset, Math.max(1, l.getColumnNr()));
  }

  private static SourcePos errorPos(JacksonException e, String path, int lineOffset) {
    MarkedYamlEngineException m = marked(e);
    if (m != null) {
      // An unclosed quote or bracket is found at the end of the file; point at where it opens.
      boolean atEnd = m.getProblem() != null && m.getProblem().contains("end of stream");
      Mark mark = (atEnd ? m.getContextMark().or(m::getProblemMark)
          : m.getProblemMark().or(m::getContextMark)).orElse(null);
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

  private static String errorMessage(JacksonException e) {
    MarkedYamlEngineException m = marked(e);
    if (m == null) {
      return "this is not valid YAML: " + firstLine(e.getOriginalMessage());
    }
    String problem = firstLine(m.getProblem());
    if (problem.contains("\\t(TAB)") || problem.contains("\t")) {
      return "a tab cannot indent YAML; indent with spaces";
    }
    String context = m.getContext() == null ? "" : firstLine(m.getContext());
    if (problem.contains("end of stream") && context.contains("quoted scalar")) {
      return "a quoted text is never closed; end it with the same quote it starts with";
    }
    if (problem.contains("mapping values are not allowed")) {
      return "a ':' followed by a space cannot stand here; quote the text if it holds ': '";
    }
    return "this is not valid YAML: " + problem + (context.isEmpty() ? "" : " (" + context + ")");
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

    Abort(SourcePos pos, String message) {
      super(message, null, false, false);
      this.pos = pos;
    }
  }
}
