package no.planvev.source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.planvev.source.YNode.Entry;
import no.planvev.source.YNode.Kind;
import no.planvev.source.YNode.YMap;
import no.planvev.source.YNode.YScalar;
import no.planvev.validate.Problems;
import no.planvev.validate.LinkGuard;
import no.planvev.validate.Message;

/** The site's UI strings: {@code templates/i18n/<lang>.yaml}, keys flattened to {@code a.b}. */
public final class UiStrings {

  private UiStrings() {}

  /**
   * Reads templates/i18n/&lt;lang&gt;.yaml files. Returns lang → (key → text), both in sorted order.
   * Problems are at {@code i18n/<lang>.yaml:line:col}, relative to the templates folder.
   */
  public static Map<String, Map<String, String>> load(Path templatesDir, Problems problems) {
    Map<String, Map<String, String>> out = new TreeMap<>();
    Path dir = templatesDir.resolve("i18n");
    if (!Files.isDirectory(dir)) return Collections.unmodifiableMap(out);
    Ctx ctx = new Ctx(templatesDir, "i18n", problems, List.of(), null);
    for (Path file : LangFiles.list(dir, "i18n", ctx, LinkGuard.TEMPLATES, "")) {
      String name = file.getFileName().toString();
      if (!name.endsWith(".yaml") || !Files.isRegularFile(file)) continue;
      String path = "i18n/" + name;
      String text = TextFile.read(templatesDir, LinkGuard.TEMPLATES, file, path, problems);
      if (text == null) continue;
      YNode root = Yaml.read(text, path, 0, problems);
      if (root == null) continue;
      Map<String, String> strings = new TreeMap<>();
      if (root instanceof YMap m) {
        flatten("", m, strings, problems);
      } else {
        problems.error(root.pos(), Message.of("ui.notMap"));
      }
      out.put(name.substring(0, name.length() - 5), Collections.unmodifiableMap(strings));
    }
    return Collections.unmodifiableMap(out);
  }

  private static void flatten(String prefix, YMap map, Map<String, String> out, Problems problems) {
    for (Entry e : map.entries().values()) {
      String key = prefix + e.key();
      if (e.value() instanceof YMap m) {
        flatten(key + ".", m, out, problems);
      } else if (e.value() instanceof YScalar s && s.kind() != Kind.NULL) {
        if (out.containsKey(key)) {
          problems.error(e.keyPos(), Message.of("ui.duplicate", key));
        } else {
          out.put(key, s.text());
        }
      } else {
        problems.error(e.value().pos(), Message.of("type.text", "'" + key + "'",
            Ctx.kind(e.value())));
      }
    }
  }

}
