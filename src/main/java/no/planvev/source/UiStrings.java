package no.planvev.source;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.planvev.diag.Message;
import no.planvev.diag.Problems;
import no.planvev.diag.SourcePos;
import no.planvev.source.YNode.Entry;
import no.planvev.source.YNode.Kind;
import no.planvev.source.YNode.YMap;
import no.planvev.source.YNode.YScalar;
import no.planvev.theme.Theme;
import no.planvev.validate.LinkGuard;

/**
 * The site's UI strings: the theme's {@code i18n/<lang>.yaml} files (an override's file in place of
 * the built-in one), keys flattened to {@code a.b}.
 */
public final class UiStrings {

  private UiStrings() {}

  /**
   * The built-in files as read once in this process (they are part of planvev's jar): a build reads
   * them for its pages and again for its data files' words.
   */
  private static final Map<String, Map<String, String>> BUILT_IN =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** The built-in files read so far in this process, by file name, for {@link #remember}. */
  public static Map<String, Map<String, String>> builtInRead() {
    return new TreeMap<>(BUILT_IN);
  }

  /**
   * Takes {@code read} ({@link #builtInRead} of an earlier process with the same planvev) as the
   * built-in files read, so that they are not read again.
   */
  public static void remember(Map<String, Map<String, String>> read) {
    read.forEach(BUILT_IN::putIfAbsent);
  }

  /**
   * Reads the theme's i18n/&lt;lang&gt;.yaml files. Returns lang → (key → text), both in sorted
   * order. Problems are at the file's {@link Theme.File#shown} path: {@code i18n/nb.yaml} for a
   * built-in file, the override folder's path for an override.
   */
  public static Map<String, Map<String, String>> load(Theme theme, Problems problems) {
    Map<String, Map<String, String>> out = new TreeMap<>();
    List<Theme.File> files;
    try {
      files = theme.files("i18n");
    } catch (IOException e) {
      problems.error(
          SourcePos.file(theme.shown("i18n")), Message.of("folder.unreadable", e.getMessage()));
      return Collections.unmodifiableMap(out);
    }
    for (Theme.File file : files) {
      String name = file.name().substring("i18n/".length());
      if (!name.endsWith(".yaml") || name.contains("/")) continue;
      String path = file.shown();
      String lang = name.substring(0, name.length() - 5);
      Map<String, String> known = file.builtIn() ? BUILT_IN.get(name) : null;
      if (known != null) {
        out.put(lang, known);
        continue;
      }
      // An override's file may not lead out of its folder; built-in files are ours.
      Path folder = file.builtIn() ? null : theme.overrideDir().orElse(null);
      String text = TextFile.read(folder, LinkGuard.TEMPLATES, file.path(), path, problems);
      if (text == null) continue;
      YNode root = Yaml.read(text, path, 0, problems);
      if (root == null) continue;
      Map<String, String> strings = new TreeMap<>();
      if (root instanceof YMap m) {
        flatten("", m, strings, problems);
      } else {
        problems.error(root.pos(), Message.of("ui.notMap"));
      }
      Map<String, String> read = Collections.unmodifiableMap(strings);
      out.put(lang, read);
      if (file.builtIn() && !problems.hasErrors()) BUILT_IN.putIfAbsent(name, read);
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
        problems.error(
            e.value().pos(), Message.of("type.text", "'" + key + "'", Ctx.kind(e.value())));
      }
    }
  }
}
