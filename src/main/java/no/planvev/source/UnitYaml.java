package no.planvev.source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import no.planvev.diag.SourcePos;
import no.planvev.model.Provenance;

/**
 * The YAML file of a plan's or project's folder ({@code plan.yaml}, {@code project.yaml}), read:
 * the folder {@code dir} at content path {@code rel}, the file's content path, a context at it, its
 * tree and its keys.
 */
record UnitYaml(Path dir, String rel, String path, Ctx ctx, YNode root, Fields fields) {

  /**
   * {@code <section>/<id>/<kind>.yaml} read with {@code keys}, or null after reporting why there is
   * none: missing ({@code <kind>.noYaml}), unreadable, empty ({@code file.empty.<kind>}) or not
   * YAML.
   */
  static UnitYaml read(
      String section, String id, String kind, Path dir, Ctx base, List<String> keys) {
    String rel = section + "/" + id;
    String file = kind + ".yaml";
    String path = rel + "/" + file;
    Ctx ctx = base.withPath(path);
    if (!Files.isRegularFile(dir.resolve(file))) {
      ctx.error(SourcePos.file(rel), kind + ".noYaml");
      return null;
    }
    String text = TextFile.read(ctx.contentDir(), dir.resolve(file), path, ctx.problems());
    if (text == null || TextFile.empty(text, path, "file.empty." + kind, ctx.problems())) {
      return null;
    }
    YNode root = Yaml.read(text, path, 0, ctx.problems());
    if (root == null) return null;
    return new UnitYaml(dir, rel, path, ctx, root, new Fields(root, ctx, file, keys));
  }

  /** The Markdown files beside the YAML file, by stem. */
  Map<String, List<LangFiles.LangFile>> langFiles() {
    return LangFiles.group(dir, rel, ctx, path.substring(rel.length() + 1));
  }

  /** Where the unit was read from: this file, the {@code index} texts, and {@code parts}. */
  Provenance provenance(
      Map<String, List<LangFiles.LangFile>> files, Map<String, Provenance> parts) {
    return new Provenance(
        path, Provenances.texts(files.get("index")), Map.of(path, Provenances.keys(root)), parts);
  }
}
