package no.planvev.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import no.planvev.model.AreaRef;
import no.planvev.model.Asset;
import no.planvev.model.Content;
import no.planvev.model.FocusArea;
import no.planvev.model.Hearing;
import no.planvev.model.Page;
import no.planvev.model.Plan;
import no.planvev.model.Project;
import no.planvev.model.SiteConfig;
import no.planvev.model.SourcePos;
import no.planvev.validate.Problems;
import no.planvev.validate.Message;

/** The loader as it was before it read in parallel: one thread, no cache. The tests' reference. */
final class ReferenceLoader {

  private static final Set<String> TOP =
      Set.of("site.yaml", "plans", "projects", "hearings", "pages", "assets");

  private ReferenceLoader() {}

  /**
   * Reads content/; adds every problem found to {@code problems} (errors and warnings). Returns
   * the model, or null when an error makes a model impossible. Never throws for a content mistake.
   */
  static Content load(Path contentDir, Problems problems) {
    Ctx base = new Ctx(contentDir, "site.yaml", problems, List.of(), null);
    Path siteFile = contentDir.resolve("site.yaml");
    if (!Files.isRegularFile(siteFile)) {
      problems.error(SourcePos.file("site.yaml"), Message.of("site.missing"));
      return null;
    }
    String text = TextFile.read(siteFile, "site.yaml", problems);
    if (text == null || TextFile.empty(text, "site.yaml", "file.empty.site", problems)) return null;
    YNode root = Yaml.read(text, "site.yaml", 0, problems);
    if (root == null) return null;
    SiteConfig site = SiteReader.read(root, base);
    if (site == null) return null;
    Ctx ctx = new Ctx(contentDir, "", problems, site.languageCodes(), site.defaultLanguage());
    for (Path p : LangFiles.list(contentDir, ".", ctx)) {
      String name = p.getFileName().toString();
      if (!TOP.contains(name)) {
        ctx.warning(SourcePos.file(name), "ignored.top");
      }
    }
    List<Plan> plans = new ArrayList<>();
    Set<String> broken = new java.util.HashSet<>();
    // Names that cannot be folders of the site are skipped, as ContentLoader does (issue 17).
    Map<String, String> seen = new java.util.HashMap<>();
    for (Path dir : folders(contentDir.resolve("plans"), "plans", ctx)) {
      String name = dir.getFileName().toString();
      if (!ContentLoader.nameOk(name, "plans/" + name, Names.Place.NESTED, seen, ctx)) continue;
      Plan plan = PlanReader.read(dir.getFileName().toString(), dir, ctx);
      if (plan != null) plans.add(plan);
      else broken.add(dir.getFileName().toString());
    }
    List<Project> projects = new ArrayList<>();
    seen.clear();
    for (Path dir : folders(contentDir.resolve("projects"), "projects", ctx)) {
      String name = dir.getFileName().toString();
      if (!ContentLoader.nameOk(name, "projects/" + name, Names.Place.NESTED, seen, ctx)) continue;
      if (Names.CALENDARS.contains(name)) {
        ctx.error(SourcePos.file("projects/" + name), "name.calendar", name);
        continue;
      }
      Project project = ProjectReader.read(dir.getFileName().toString(), dir, ctx);
      if (project != null) projects.add(project);
    }
    List<Hearing> hearings = new ArrayList<>();
    Path hearingDir = contentDir.resolve("hearings");
    seen.clear();
    if (Files.isDirectory(hearingDir)) {
      for (Map.Entry<String, List<LangFiles.LangFile>> e
          : LangFiles.group(hearingDir, "hearings", ctx).entrySet()) {
        if (!ContentLoader.nameOk(e.getKey(), e.getValue().get(0).path(), Names.Place.NESTED,
            seen, ctx)) {
          continue;
        }
        Hearing h = DocReader.hearing(e.getKey(), e.getValue(), ctx);
        if (h != null) hearings.add(DocReader.withBody(h));
      }
    }
    List<Page> pages = new ArrayList<>();
    Path pageDir = contentDir.resolve("pages");
    seen.clear();
    if (Files.isDirectory(pageDir)) {
      for (Map.Entry<String, List<LangFiles.LangFile>> e
          : LangFiles.group(pageDir, "pages", ctx).entrySet()) {
        if (!ContentLoader.nameOk(e.getKey(), e.getValue().get(0).path(),
            Names.Place.LANGUAGE_ROOT, seen, ctx)) {
          continue;
        }
        Page p = DocReader.page(e.getKey(), e.getValue(), ctx);
        if (p != null) pages.add(p);
      }
    }
    Content content = new Content(site, plans, projects, hearings, pages,
        assets(contentDir, ctx));
    for (Project p : projects) checkRefs(content, p.supports(), broken, ctx, "supports");
    for (Hearing h : hearings) checkRefs(content, h.topics(), broken, ctx, "topics");
    return content;
  }

  /** A reference to a plan that failed to load ({@code broken}) is not reported again. */
  private static void checkRefs(Content content, List<AreaRef> refs, Set<String> broken, Ctx ctx,
      String key) {
    for (AreaRef ref : refs) {
      if (broken.contains(ref.planId())) continue;
      Plan plan = content.plan(ref.planId()).orElse(null);
      if (plan == null) {
        ctx.error(ref.pos(), "ref.noPlan", ref, key, ref.planId(), Ctx.suggest(ref.planId(),
            content.plans().stream().map(Plan::id).toList()));
      } else if (content.area(ref).isEmpty()) {
        ctx.error(ref.pos(), "ref.noArea", ref, key, plan.id(), ref.areaId(), Ctx.suggest(
            ref.areaId(), plan.focusAreas().stream().map(FocusArea::id).toList()));
      }
    }
  }

  private static List<Path> folders(Path dir, String rel, Ctx ctx) {
    if (!Files.isDirectory(dir)) return List.of();
    List<Path> out = new ArrayList<>();
    for (Path p : LangFiles.list(dir, rel, ctx)) {
      if (Files.isDirectory(p)) {
        out.add(p);
      } else {
        ctx.warning(SourcePos.file(rel + "/" + p.getFileName()),
            rel.equals("plans") ? "ignored.notPlanFolder" : "ignored.notProjectFolder");
      }
    }
    return out;
  }

  private static List<Asset> assets(Path contentDir, Ctx ctx) {
    Path dir = contentDir.resolve("assets");
    if (!Files.isDirectory(dir)) return List.of();
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> {
            for (Path part : contentDir.relativize(p)) {
              if (part.toString().startsWith(".")) return false;
            }
            return true;
          })
          .map(p -> new Asset(slashes(contentDir.relativize(p)), p))
          .sorted(java.util.Comparator.comparing(Asset::path))
          .toList();
    } catch (IOException e) {
      ctx.error(SourcePos.file("assets"), "folder.unreadable", e.getMessage());
      return List.of();
    }
  }

  private static String slashes(Path rel) {
    StringBuilder sb = new StringBuilder();
    for (Path part : rel) {
      if (sb.length() > 0) sb.append('/');
      sb.append(part);
    }
    return sb.toString();
  }
}
