package no.planvev.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.planvev.diag.Message;
import no.planvev.diag.SourcePos;
import no.planvev.model.Adoption;
import no.planvev.model.Deadline;
import no.planvev.model.FocusArea;
import no.planvev.model.LText;
import no.planvev.model.Plan;
import no.planvev.model.Provenance;

/** {@code plans/<id>/}: plan.yaml, index.<lang>.md and <area-id>.<lang>.md → {@link Plan}. */
final class PlanReader {

  static final List<String> KEYS =
      List.of(
          "title",
          "slug",
          "period",
          "owner",
          "adopted",
          "main_goal",
          "main_strategy",
          "focus_areas",
          "organisation");
  static final List<String> AREA_KEYS =
      List.of("id", "slug", "title", "weight", "goal", "strategies", "indicators");

  private PlanReader() {}

  /** The plan from its plan.yaml and Markdown files. */
  static Plan read(String id, UnitYaml yaml) {
    Ctx ctx = yaml.ctx();
    Fields f = yaml.fields();
    LText title = f.ltext("title", true);
    LText slug = Slugs.read(f);
    Deadline period = f.deadline("period", false);
    LText owner = f.ltext("owner", false);
    Adoption adopted = f.adoption("adopted", true);
    LText mainGoal = f.ltext("main_goal", false);
    Fields sf = f.map("main_strategy", List.of("title", "text"));
    Plan.MainStrategy strategy =
        sf == null ? null : new Plan.MainStrategy(sf.ltext("title", false), sf.ltext("text", true));
    List<FocusArea> areas = areas(f, ctx);
    List<Plan.OrgUnit> organisation = new ArrayList<>();
    for (Fields of :
        f.items("organisation", "what.organisation", List.of("body", "members", "role"))) {
      organisation.add(
          new Plan.OrgUnit(
              of.ltext("body", true), of.ltext("members", false), of.ltext("role", false)));
    }
    Map<String, List<LangFiles.LangFile>> files = yaml.langFiles();
    LText intro = LText.EMPTY;
    Map<String, LText> bodies = new java.util.HashMap<>();
    for (var e : files.entrySet()) {
      String stem = e.getKey();
      if (stem.equals("index")) {
        intro = LangFiles.bodies(e.getValue(), ctx);
      } else if (areas.stream().anyMatch(ar -> ar.id().equals(stem))) {
        bodies.put(stem, LangFiles.bodies(e.getValue(), ctx));
      } else {
        for (LangFiles.LangFile lf : e.getValue()) {
          ctx.error(
              SourcePos.file(lf.path()),
              "plan.noArea",
              stem,
              yaml.path(),
              Ctx.suggest(stem, areas.stream().map(FocusArea::id).toList()));
        }
      }
    }
    List<FocusArea> withBodies =
        areas.stream()
            .map(
                ar ->
                    new FocusArea(
                        ar.id(),
                        ar.slug(),
                        ar.pos(),
                        ar.title(),
                        ar.weight(),
                        ar.goal(),
                        ar.strategies(),
                        bodies.getOrDefault(ar.id(), LText.EMPTY),
                        ar.indicators()))
            .toList();
    Map<String, Provenance> parts = new java.util.HashMap<>();
    for (FocusArea ar : areas) {
      parts.put(
          ar.id(),
          new Provenance(yaml.path(), Provenances.texts(files.get(ar.id())), Map.of(), Map.of()));
    }
    return new Plan(
        id,
        slug,
        SourcePos.file(yaml.path()),
        title,
        period,
        owner,
        adopted,
        mainGoal,
        strategy,
        withBodies,
        organisation,
        intro,
        yaml.provenance(files, parts));
  }

  private static List<FocusArea> areas(Fields f, Ctx ctx) {
    YNode node = f.node("focus_areas", true);
    if (node == null) return List.of();
    List<YNode> items = ctx.list(node, "focus_areas");
    if (items == null) return List.of();
    List<FocusArea> areas = new ArrayList<>();
    Ids ids = new Ids("id.focusArea", Names.Place.NESTED);
    boolean broken = false;
    for (YNode item : items) {
      Fields af = new Fields(item, ctx, Message.of("what.focusArea"), AREA_KEYS);
      String id = ids.check(af, ctx);
      LText title = af.ltext("title", true);
      LText slug = Slugs.read(af);
      Integer weight = af.integer("weight", false);
      if (weight == null && af.has("weight")) broken = true;
      if (weight != null && (weight < 0 || weight > 100)) {
        ctx.error(af.node("weight", false).pos(), "weight.range", weight);
        weight = null;
        broken = true;
      }
      LText goal = af.ltext("goal", false);
      List<LText> strategies = af.ltexts("strategies");
      List<no.planvev.model.Indicator> indicators = IndicatorReader.read(af, ctx);
      if (id == null) {
        broken = true;
      } else {
        areas.add(
            new FocusArea(
                id, slug, af.pos(), title, weight, goal, strategies, LText.EMPTY, indicators));
      }
    }
    // A broken area would make the sum check report a second, misleading error.
    if (!broken) checkWeights(areas, f.keyPos("focus_areas"), ctx);
    return areas;
  }

  private static void checkWeights(List<FocusArea> areas, SourcePos at, Ctx ctx) {
    if (areas.isEmpty()) return;
    if (areas.stream().noneMatch(a -> a.weight() != null)) {
      ctx.warning(at, "weight.none");
      return;
    }
    List<FocusArea> without = areas.stream().filter(a -> a.weight() == null).toList();
    if (!without.isEmpty()) {
      for (FocusArea a : without) {
        ctx.error(a.pos(), "weight.missing", a.id());
      }
      return;
    }
    int sum = areas.stream().mapToInt(FocusArea::weight).sum();
    if (sum != 100) {
      ctx.error(
          at,
          "weight.sum",
          sum,
          areas.stream().map(a -> a.id() + " " + a.weight()).collect(Collectors.joining(", ")));
    }
  }
}
