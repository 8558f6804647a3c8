package no.planvev.source;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.planvev.diag.SourcePos;

/** What the readers keep of where things are written (see {@link no.planvev.model.Provenance}). */
final class Provenances {

  private Provenances() {}

  /**
   * The position of each top-level key of {@code root}: the key's line, and the column of its value
   * when the value starts on that line (else column 1).
   */
  static Map<String, SourcePos> keys(YNode root) {
    Map<String, SourcePos> out = new LinkedHashMap<>();
    if (!(root instanceof YNode.YMap m)) return out;
    for (YNode.Entry e : m.entries().values()) {
      SourcePos k = e.keyPos();
      YNode v = e.value();
      boolean sameLine =
          v != null
              && v.pos().line() == k.line()
              && !(v instanceof YNode.YScalar s && s.text().isEmpty() && !s.quoted());
      out.put(e.key(), new SourcePos(k.path(), k.line(), sameLine ? v.pos().column() : 1));
    }
    return out;
  }

  /** The file of each language among {@code files} (one stem's files). */
  static Map<String, String> texts(List<LangFiles.LangFile> files) {
    Map<String, String> out = new LinkedHashMap<>();
    if (files != null) {
      for (LangFiles.LangFile f : files) out.put(f.lang(), f.path());
    }
    return out;
  }
}
