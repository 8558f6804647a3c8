package no.planvev.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.planvev.diag.SourcePos;

/**
 * Where a unit of content was read from, so that checks point at lines without reading the files
 * again: {@code main} is the file that holds the unit's fields ({@code plan.yaml}, or a hearing's
 * or page's default-language file); {@code texts} the Markdown file of each language that has one
 * of its own (for the default language it may be {@code main} itself); {@code keys} the position of
 * each top-level key, by file (the line of the key, the column of its value on that line, else
 * column 1); {@code parts} the same for a part with files of its own (a plan's focus areas, by id).
 */
public record Provenance(
    String main,
    Map<String, String> texts,
    Map<String, Map<String, SourcePos>> keys,
    Map<String, Provenance> parts) {

  public Provenance {
    texts = Map.copyOf(texts);
    keys = Map.copyOf(keys);
    parts = Map.copyOf(parts);
  }

  /** A unit known only by its main file (made in code, not read). */
  public static Provenance of(SourcePos pos) {
    return new Provenance(pos.path(), Map.of(), Map.of(), Map.of());
  }

  /** The Markdown file of {@code lang}'s own text, or null. */
  public String text(String lang) {
    return texts.get(lang);
  }

  /**
   * The files {@code lang}'s own text comes from: its Markdown file, if any, then the main file.
   */
  public List<String> files(String lang) {
    List<String> out = new ArrayList<>(2);
    String t = texts.get(lang);
    if (t != null) out.add(t);
    if (!main.equals(t)) out.add(main);
    return out;
  }

  /** Where top-level {@code key} is written in {@code file}; the whole file when it is not. */
  public SourcePos key(String file, String key) {
    SourcePos p = keys.getOrDefault(file, Map.of()).get(key);
    return p != null ? p : SourcePos.file(file);
  }

  /** Where top-level {@code key} is written in the main file; the whole file when it is not. */
  public SourcePos key(String key) {
    return key(main, key);
  }

  /** The provenance of part {@code id} (a focus area), or one of the main file alone. */
  public Provenance part(String id) {
    Provenance p = parts.get(id);
    return p != null ? p : new Provenance(main, Map.of(), Map.of(), Map.of());
  }
}
