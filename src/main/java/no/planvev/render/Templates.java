package no.planvev.render;

import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import no.planvev.diag.Message;
import no.planvev.diag.Problem;
import no.planvev.diag.Problems;
import no.planvev.diag.SourcePos;
import no.planvev.theme.Theme;
import no.planvev.validate.LinkGuard;

/**
 * The Freemarker side: a sandboxed configuration reading only from the theme (an override folder
 * before the built-in templates), every template compiled once up front. Problems name the file the
 * template came from. The only Freemarker user, with {@link RecordHash} (how templates read the
 * page records).
 */
final class Templates {

  private final Configuration cfg;
  // Concurrent: pages render on several threads while compileRest may add to them.
  private final Map<String, Template> compiled = new ConcurrentHashMap<>();
  private final Map<String, Problem> broken = new ConcurrentHashMap<>();

  /** The templates left for {@link #compileRest}. */
  private final List<String> rest = new ArrayList<>();

  private final Theme theme;

  Templates(Theme theme, Problems problems) {
    this(theme, problems, null);
  }

  /**
   * As above, compiling only the templates named in {@code first} (all when null); {@link
   * #compileRest} compiles the others. For a build that needs one template at once.
   */
  Templates(Theme theme, Problems problems, java.util.Set<String> first) {
    this.theme = theme;
    cfg = new Configuration(Configuration.VERSION_2_3_34);
    cfg.setTemplateLoader(new ThemeLoader(theme));
    cfg.setRecognizeStandardFileExtensions(true);
    cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    cfg.setAPIBuiltinEnabled(false);
    cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    cfg.setLogTemplateExceptions(false);
    cfg.setWrapUncheckedExceptions(true);
    cfg.setFallbackOnNullLoopVariable(false);
    cfg.setDefaultEncoding("UTF-8");
    cfg.setOutputEncoding("UTF-8");
    cfg.setLocale(Locale.ROOT);
    cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
    cfg.setNumberFormat("computer");
    cfg.setBooleanFormat("c");
    cfg.setLocalizedLookup(false);
    // Records are read as they are (RecordHash): p.title calls title().
    cfg.setObjectWrapper(new RecordHash.Wrapper(Configuration.VERSION_2_3_34));
    for (String name : names(theme, problems)) {
      if (first != null && !first.contains(name)) {
        rest.add(name);
        continue;
      }
      compile(name, problems);
    }
  }

  /** Compiles the templates the constructor left out. */
  void compileRest(Problems problems) {
    for (String name : rest) compile(name, problems);
    rest.clear();
  }

  private void compile(String name, Problems problems) {
    // Freemarker refuses a template that leads out of the folder with an exception of its own.
    Message outside = outside(theme, theme.find(name).orElse(null));
    if (outside != null) {
      Problem p = Problem.error(SourcePos.file(theme.shown(name)), outside);
      broken.put(name, p);
      problems.add(p);
      return;
    }
    try {
      compiled.put(name, cfg.getTemplate(name));
    } catch (ParseException e) {
      Problem p = parseProblem(e);
      broken.put(name, p);
      problems.add(p);
    } catch (IOException e) {
      Problem p =
          Problem.error(
              SourcePos.file(theme.shown(name)), Message.of("template.unreadable", e.getMessage()));
      broken.put(name, p);
      problems.add(p);
    }
  }

  private Problem parseProblem(ParseException e) {
    String src = e.getTemplateName() == null ? "?" : theme.shown(e.getTemplateName());
    return Problem.error(
        new SourcePos(src, Math.max(e.getLineNumber(), 0), Math.max(e.getColumnNumber(), 0)),
        Message.of("template.error", e.getEditorMessage()));
  }

  /** Why an override's file may not be read (a link out of the folder, a loop), or null. */
  static Message outside(Theme theme, Theme.File f) {
    if (f == null || f.builtIn() || theme.overrideDir().isEmpty()) return null;
    return LinkGuard.check(theme.overrideDir().get(), f.path(), LinkGuard.TEMPLATES);
  }

  private static List<String> names(Theme theme, Problems problems) {
    try {
      return theme.files("").stream()
          .map(Theme.File::name)
          .filter(n -> n.endsWith(".ftlh") && !n.startsWith("static/"))
          .toList();
    } catch (IOException e) {
      problems.add(
          Problem.error(
              SourcePos.file(theme.shown("")), Message.of("template.unlistable", e.getMessage())));
      return List.of();
    }
  }

  /** Renders {@code name} (e.g. {@code plan.ftlh}) with {@code model} as UTF-8 bytes. */
  byte[] render(String name, Record model) throws RenderException {
    Problem p = broken.get(name);
    if (p != null) throw new RenderException(p);
    Template t = compiled.get(name);
    if (t == null) {
      throw new RenderException(
          Problem.error(SourcePos.file(theme.shown(name)), Message.of("template.missing")));
    }
    StringWriter out = new StringWriter();
    try {
      t.process(model, out);
    } catch (TemplateException e) {
      String src = e.getTemplateSourceName() != null ? e.getTemplateSourceName() : name;
      Integer line = e.getLineNumber();
      Integer col = e.getColumnNumber();
      String msg =
          e.getMessageWithoutStackTop().lines().findFirst().orElse("template error").strip();
      if (e.getBlamedExpressionString() != null) {
        msg = msg.replaceAll("[:.]$", "") + ": " + e.getBlamedExpressionString();
      }
      throw new RenderException(
          Problem.error(
              new SourcePos(theme.shown(src), line == null ? 0 : line, col == null ? 0 : col),
              Message.of("template.error", msg)));
    } catch (ParseException e) {
      throw new RenderException(parseProblem(e));
    } catch (IOException e) {
      throw new RenderException(
          Problem.error(
              SourcePos.file(theme.shown(name)),
              Message.of("template.unreadable", e.getMessage())));
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Freemarker reads templates through the theme: an override's file, else the built-in one. */
  private record ThemeLoader(Theme theme) implements TemplateLoader {

    @Override
    public Object findTemplateSource(String name) {
      Theme.File f = theme.find(name).orElse(null);
      return outside(theme, f) == null ? f : null; // reported when the templates compile
    }

    @Override
    public long getLastModified(Object source) {
      return -1; // each Templates compiles once; a changed theme makes a new one
    }

    @Override
    public Reader getReader(Object source, String encoding) throws IOException {
      Theme.File f = (Theme.File) source;
      return new StringReader(new String(Files.readAllBytes(f.path()), StandardCharsets.UTF_8));
    }

    @Override
    public void closeTemplateSource(Object source) {
      // nothing is held open
    }
  }
}
