package no.planvev.source;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.planvev.diag.SourcePos;

/** A YAML value with its position: our own tree, so no library type leaves the YAML reader. */
sealed interface YNode {

  SourcePos pos();

  /** A mapping; keys in document order, each with the position of the key. */
  record YMap(SourcePos pos, Map<String, Entry> entries) implements YNode {
    public YMap {
      entries = new LinkedHashMap<>(entries);
    }
  }

  /** One key of a mapping. */
  record Entry(String key, SourcePos keyPos, YNode value) {}

  /** A sequence. */
  record YList(SourcePos pos, List<YNode> items) implements YNode {
    public YList {
      items = List.copyOf(items);
    }
  }

  /**
   * A scalar as written; {@code kind} is how YAML 1.2 resolves it. {@code quoted} tells that the
   * position is at the opening quote, one column before the text.
   */
  record YScalar(SourcePos pos, String text, Kind kind, boolean quoted) implements YNode {}

  /** How a scalar resolved. */
  enum Kind {
    STRING,
    INT,
    FLOAT,
    BOOL,
    NULL
  }
}
