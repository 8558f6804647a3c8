package no.planvev.render;

import freemarker.cache.FileTemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.stream.Stream;
import no.planvev.model.SourcePos;
import no.planvev.validate.LinkGuard;
import no.planvev.validate.Message;
import no.planvev.validate.Problem;
import no.planvev.validate.Problems;

/**
 * The Freemarker side: a sandboxed configuration reading only from {@code templates/}, every
 * template compiled once up front. The only Freemarker user.
 */
final class Templates {

  private final Configuration cfg;
  private final Map<String, Template> compiled = new HashMap<>();
  private final Map<String, Problem> broken = new HashMap<>();

  Templates(Path dir, Problems problems) {
    cfg = new Configuration(Configuration.VERSION_2_3_34);
    try {
      cfg.setTemplateLoader(new FileTemplateLoader(dir.toFile()));
    } catch (IOException e) {
      throw new IllegalArgumentException("no templates folder: " + dir, e);
    }
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
    cfg.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
    for (String name : names(dir)) {
      // Freemarker refuses a template that leads out of the folder with an exception of its own.
      Message outside = LinkGuard.check(dir, dir.resolve(name), LinkGuard.TEMPLATES);
      if (outside != null) {
        Problem p = Problem.error(SourcePos.file("templates/" + name), outside);
        broken.put(name, p);
        problems.add(p);
        continue;
      }
      try {
        compiled.put(name, cfg.getTemplate(name));
      } catch (ParseException e) {
        Problem p = parseProblem(e);
        broken.put(name, p);
        problems.add(p);
      } catch (IOException e) {
        Problem p = Problem.error(SourcePos.file("templates/" + name), "cannot read: " + e.getMessage());
        broken.put(name, p);
        problems.add(p);
      }
    }
  }

  private static Problem parseProblem(ParseException e) {
    String src = e.getTemplateName() == null ? "?" : e.getTemplateName();
    return Problem.error(new SourcePos("templates/" + src, Math.max(e.getLineNumber(), 0),
        Math.max(e.getColumnNumber(), 0)), e.getEditorMessage());
  }

  private static List<String> names(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(f -> f.toString().endsWith(".ftlh")
              && (Files.isRegularFile(f) || Files.isSymbolicLink(f)))
          .map(f -> dir.relativize(f).toString().replace('\\', '/')).sorted().toList();
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot list templates in " + dir, e);
    }
  }

  /** Renders {@code name} (e.g. {@code plan.ftlh}) with {@code model} as UTF-8 bytes. */
  byte[] render(String name, Map<String, Object> model) throws RenderException {
    Problem p = broken.get(name);
    if (p != null) throw new RenderException(p);
    Template t = compiled.get(name);
    if (t == null) {
      throw new RenderException(Problem.error(SourcePos.file("templates/" + name), "template missing"));
    }
    StringWriter out = new StringWriter();
    try {
      t.process(model, out);
    } catch (TemplateException e) {
      String src = e.getTemplateSourceName() != null ? e.getTemplateSourceName() : name;
      Integer line = e.getLineNumber();
      Integer col = e.getColumnNumber();
      String msg = e.getMessageWithoutStackTop().lines().findFirst().orElse("template error")
          .strip();
      if (e.getBlamedExpressionString() != null) {
        msg = msg.replaceAll("[:.]$", "") + ": " + e.getBlamedExpressionString();
      }
      throw new RenderException(Problem.error(new SourcePos("templates/" + src,
          line == null ? 0 : line, col == null ? 0 : col), msg));
    } catch (ParseException e) {
      throw new RenderException(parseProblem(e));
    } catch (IOException e) {
      throw new RenderException(Problem.error(SourcePos.file("templates/" + name), e.getMessage()));
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }
}
