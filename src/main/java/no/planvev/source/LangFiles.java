package no.planvev.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import no.planvev.diag.Message;
import no.planvev.diag.SourcePos;
import no.planvev.model.Body;
import no.planvev.model.LText;
import no.planvev.source.YNode.YMap;
import no.planvev.validate.LinkGuard;

/**
 * The Markdown files of one folder grouped by name and language: {@code x.md} and {@code x.nb.md}
 * are the default language's text of {@code x}, {@code x.en.md} its English text.
 */
final class LangFiles {

  /** One file: {@code stem} is its name without language and {@code .md}. */
  record LangFile(String stem, String lang, Path file, String path) {}

  private LangFiles() {}

  /** Files by stem (sorted), each by language with the default language first. */
  static Map<String, List<LangFile>> group(Path dir, String relDir, Ctx ctx) {
    return group(dir, relDir, ctx, "");
  }

  /** As {@link #group(Path, String, Ctx)}, skipping the file named {@code skip}. */
  static Map<String, List<LangFile>> group(Path dir, String relDir, Ctx ctx, String skip) {
    Map<Path, Boolean> entries = new java.util.LinkedHashMap<>();
    // The skipped file (plan.yaml) is read, and its link checked, by the plan's reader.
    for (Path file : list(dir, relDir, ctx, LinkGuard.CONTENT, skip)) {
      entries.put(file, Files.isDirectory(file));
    }
    return group(entries, relDir, ctx, skip);
  }

  /**
   * As {@link #group(Path, String, Ctx, String)} from a folder's entries already listed (in {@link
   * #list} order), each with whether it is a folder.
   */
  static Map<String, List<LangFile>> group(
      Map<Path, Boolean> entries, String relDir, Ctx ctx, String skip) {
    Map<String, List<LangFile>> out = new TreeMap<>();
    String dflt = ctx.languages().get(0);
    for (Map.Entry<Path, Boolean> entry : entries.entrySet()) {
      Path file = entry.getKey();
      String name = file.getFileName().toString();
      String path = relDir + "/" + name;
      if (name.equals(skip)) continue;
      if (entry.getValue()) {
        ctx.warning(SourcePos.file(path), "ignored.folder");
        continue;
      }
      if (!name.endsWith(".md")) {
        ctx.warning(SourcePos.file(path), "ignored.notMarkdown");
        continue;
      }
      String base = name.substring(0, name.length() - 3);
      int dot = base.lastIndexOf('.');
      String stem = dot < 0 ? base : base.substring(0, dot);
      String lang = dot < 0 ? dflt : base.substring(dot + 1);
      if (!ctx.languages().contains(lang)) {
        ctx.error(SourcePos.file(path), "lang.fileName", lang, ctx.languages());
        continue;
      }
      List<LangFile> files = out.computeIfAbsent(stem, k -> new ArrayList<>());
      LangFile same = files.stream().filter(f -> f.lang().equals(lang)).findFirst().orElse(null);
      if (same != null) {
        ctx.error(SourcePos.file(path), "lang.twoFiles", path, same.path(), lang, stem);
        continue;
      }
      files.add(new LangFile(stem, lang, file, path));
    }
    for (var it = out.entrySet().iterator(); it.hasNext(); ) {
      List<LangFile> files = it.next().getValue();
      files.sort(
          (a, b) ->
              Integer.compare(
                  ctx.languages().indexOf(a.lang()), ctx.languages().indexOf(b.lang())));
      if (!files.get(0).lang().equals(dflt)) {
        for (LangFile f : files) {
          ctx.error(
              SourcePos.file(f.path()),
              "lang.noDefault",
              relDir + "/" + f.stem() + ".md",
              relDir + "/" + f.stem() + "." + dflt + ".md");
        }
        it.remove();
      }
    }
    return out;
  }

  /**
   * The entries of a content folder sorted by name, without hidden files and without links out of
   * the content folder or in a loop (each reported at its path).
   */
  static List<Path> list(Path dir, String relDir, Ctx ctx) {
    return list(dir, relDir, ctx, LinkGuard.CONTENT, "");
  }

  /**
   * As {@link #list(Path, String, Ctx)} for a folder under {@code ctx.contentDir()}, which {@code
   * folder} names in messages; the entry named {@code unchecked} is kept unchecked.
   */
  static List<Path> list(Path dir, String relDir, Ctx ctx, String folder, String unchecked) {
    List<Path> names;
    try (Stream<Path> s = Files.list(dir)) {
      names = s.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
    } catch (IOException e) {
      ctx.error(SourcePos.file(relDir), "folder.unreadable", IoReason.of(e));
      return List.of();
    }
    List<Path> out = new ArrayList<>(names.size());
    for (Path p : names) {
      String name = p.getFileName().toString();
      Message wrong = name.equals(unchecked) ? null : LinkGuard.check(ctx.contentDir(), p, folder);
      if (wrong == null) {
        out.add(p);
      } else {
        ctx.problems()
            .error(SourcePos.file(relDir.equals(".") ? name : relDir + "/" + name), wrong);
      }
    }
    return out;
  }

  /** A file read as UTF-8 and split at its front matter; null after a problem. */
  static FrontMatter split(LangFile f, Ctx ctx) {
    String text = TextFile.read(ctx.contentDir(), f.file(), f.path(), ctx.problems());
    if (text == null) return null;
    FrontMatter fm = FrontMatter.split(text);
    if (fm == null) {
      ctx.error(new SourcePos(f.path(), 1, 1), "frontMatter.unclosed");
    }
    return fm;
  }

  /** The Markdown body of a file without front matter keys (intro, focus area), per language. */
  static LText bodies(List<LangFile> files, Ctx ctx) {
    LText out = LText.EMPTY;
    for (LangFile f : files) {
      FrontMatter fm = split(f, ctx);
      if (fm == null) continue;
      if (fm.yaml() != null) {
        YNode n = Yaml.read(fm.yaml(), f.path(), fm.yamlLineOffset(), ctx.problems());
        if (n instanceof YMap m && !m.entries().isEmpty()) {
          YNode.Entry e = m.entries().values().iterator().next();
          ctx.error(e.keyPos(), "frontMatter.none", e.key());
        } else if (n != null && !(n instanceof YMap)) {
          ctx.error(n.pos(), "frontMatter.noneValue");
        }
      }
      String body = body(fm, f.path(), ctx);
      if (!body.isEmpty()) out = out.with(f.lang(), body);
    }
    return out;
  }

  /**
   * The body of a Markdown file as {@link #body(String)} gives it, or "" after a problem: a body
   * past the Markdown limits is reported where it first goes past one and never rendered.
   */
  static String body(FrontMatter fm, String path, Ctx ctx) {
    String body = body(fm.body());
    MarkdownLimits.Exceeded e = MarkdownLimits.check(body);
    if (e == null) return body;
    int skipped = FrontMatter.lines(fm.body().substring(0, fm.body().indexOf(body)));
    ctx.error(
        new SourcePos(path, fm.bodyLine() + skipped + e.line() - 1, e.column()),
        e.key(),
        e.limit());
    return "";
  }

  /** A body without leading blank lines and trailing whitespace. */
  static String body(String s) {
    int start = start(s);
    return start < 0 ? "" : s.substring(start).stripTrailing();
  }

  /**
   * Where {@link #body(String)} starts in {@code s}: after its leading blank lines; -1 if blank.
   */
  static int start(String s) {
    int start = 0;
    int i = 0;
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      if (s.charAt(i) == '\n') start = i + 1;
      i++;
    }
    return i == s.length() ? -1 : start;
  }

  /**
   * The body of a page's file as {@link #body(FrontMatter, String, Ctx)} checks it, kept as its
   * place in the file (read again when the page renders); null when there is none or after a
   * problem.
   */
  static Body.Part bodyPart(FrontMatter fm, LangFile f, Ctx ctx) {
    String body = body(fm, f.path(), ctx);
    if (body.isEmpty()) return null;
    String root = ctx.contentDir().toAbsolutePath().toString().intern();
    return Body.Part.at(root, f.path(), fm.bodyOffset() + start(fm.body()), body);
  }
}
