package no.planvev.model;

import java.util.List;
import java.util.Optional;

/** Everything read from a content folder. Lists are in a stable order (by id). */
public record Content(
    SiteConfig site,
    List<Plan> plans,
    List<Project> projects,
    List<Hearing> hearings,
    List<Page> pages,
    List<Asset> assets,
    List<Report> reports) {

  /** Content without period reports. */
  public Content(
      SiteConfig site,
      List<Plan> plans,
      List<Project> projects,
      List<Hearing> hearings,
      List<Page> pages,
      List<Asset> assets) {
    this(site, plans, projects, hearings, pages, assets, List.of());
  }

  public Content {
    reports = List.copyOf(reports);
    plans = List.copyOf(plans);
    projects = List.copyOf(projects);
    hearings = List.copyOf(hearings);
    pages = List.copyOf(pages);
    assets = List.copyOf(assets);
  }

  public Optional<Plan> plan(String id) {
    return plans.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  public Optional<FocusArea> area(AreaRef ref) {
    return plan(ref.planId())
        .flatMap(p -> p.focusAreas().stream().filter(a -> a.id().equals(ref.areaId())).findFirst());
  }
}
