package no.planvev.source;

import java.nio.file.Files;
import java.nio.file.Path;
import no.planvev.diag.SourcePos;

/** The YAML file of a plan's or project's folder: {@code plan.yaml}, {@code project.yaml}. */
final class UnitYaml {

  private UnitYaml() {}

  /**
   * The tree of {@code <kind>.yaml} in {@code dir} (content path {@code rel}), or null after
   * reporting why there is none: missing ({@code <kind>.noYaml}), unreadable, empty ({@code
   * file.empty.<kind>}) or not YAML. {@code ctx} is at the file's path.
   */
  static YNode read(Path dir, String rel, String kind, Ctx ctx) {
    String path = rel + "/" + kind + ".yaml";
    Path file = dir.resolve(kind + ".yaml");
    if (!Files.isRegularFile(file)) {
      ctx.error(SourcePos.file(rel), kind + ".noYaml");
      return null;
    }
    String text = TextFile.read(ctx.contentDir(), file, path, ctx.problems());
    if (text == null || TextFile.empty(text, path, "file.empty." + kind, ctx.problems())) {
      return null;
    }
    return Yaml.read(text, path, 0, ctx.problems());
  }
}
