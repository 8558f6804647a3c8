package no.planvev.source;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.planvev.diag.Message;
import no.planvev.diag.SourcePos;
import no.planvev.model.LText;
import no.planvev.model.Report;
import no.planvev.model.ReportPeriod;

/**
 * Period reports: {@code reports/<id>.<lang>.md}, front matter {@code title}, {@code period},
 * {@code published}, optional {@code slug} and {@code projects}, then Markdown. The default
 * language's file holds every field; a translation adds title and text.
 */
final class ReportReader {

  static final List<String> KEYS = List.of("title", "slug", "period", "published", "projects");

  private ReportReader() {}

  /** A report from its files (default language first); null when the default file fails. */
  static Report read(String id, List<LangFiles.LangFile> files, Ctx ctx) {
    Report base = null; // the default language's file
    LText slug = null;
    LText title = null;
    LText body = null; // with every translation's added
    String basePath = files.get(0).path();
    for (LangFiles.LangFile f : files) {
      FrontMatter fm = LangFiles.split(f, ctx);
      if (fm == null) {
        if (base == null) return null;
        continue;
      }
      if (fm.yaml() == null) {
        ctx.error(new SourcePos(f.path(), 1, 1), "frontMatter.required", Message.of("what.report"));
        if (base == null) return null;
        continue;
      }
      YNode root = Yaml.read(fm.yaml(), f.path(), fm.yamlLineOffset(), ctx.problems());
      if (root == null) {
        if (base == null) return null;
        continue;
      }
      Ctx c = ctx.withPath(f.path()).withLang(f.lang());
      String text = LangFiles.body(fm, f.path(), ctx);
      LText fileBody = text.isEmpty() ? LText.EMPTY : LText.of(f.lang(), text);
      Fields pf = new Fields(root, c, Message.of("what.report"), KEYS);
      boolean dflt = base == null;
      LText fileTitle = pf.ltext("title", dflt);
      LText fileSlug = Slugs.read(pf);
      ReportPeriod period = period(pf, dflt);
      LocalDate published = pf.date("published", dflt);
      List<String> projects = new ArrayList<>();
      for (YNode n : pf.list("projects")) {
        String p = c.text(n, "projects");
        if (p == null) continue;
        if (dflt
            && !java.nio.file.Files.isDirectory(
                c.contentDir().resolve("projects").resolve(p.strip()))) {
          c.error(n.pos(), "report.noProject", p.strip());
          continue;
        }
        projects.add(p.strip());
      }
      slug = Translations.merge(slug, fileSlug);
      title = Translations.merge(title, fileTitle);
      body = Translations.merge(body, fileBody);
      if (dflt) {
        if (fileTitle == null || period == null || published == null) return null;
        if (published.isBefore(period.start())) {
          c.error(
              pf.node("published", false).pos(), "report.publishedEarly", published, period.iso());
        }
        base =
            new Report(
                id, slug, SourcePos.file(f.path()), title, period, published, projects, body);
        continue;
      }
      Translations.same(
          pf, "period", base.period().iso(), period == null ? null : period.iso(), basePath);
      Translations.same(pf, "published", base.published(), published, basePath);
      Translations.same(
          pf, "projects", base.projects(), pf.has("projects") ? projects : null, basePath);
    }
    return new Report(
        id, slug, base.pos(), title, base.period(), base.published(), base.projects(), body);
  }

  private static ReportPeriod period(Fields f, boolean required) {
    YNode n = f.node("period", required);
    if (n == null) return null;
    String s = n instanceof YNode.YScalar sc ? sc.text() : null;
    ReportPeriod p = ReportPeriod.parse(s);
    if (p == null) f.ctx().error(n.pos(), "report.period", s == null ? "" : s);
    return p;
  }
}
