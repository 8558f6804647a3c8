package no.planvev.validate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import no.planvev.diag.Catalog;
import no.planvev.diag.Message;
import no.planvev.diag.Problem;
import no.planvev.diag.Problems;
import no.planvev.diag.SourcePos;
import no.planvev.model.Activity;
import no.planvev.model.Content;
import no.planvev.model.FocusArea;
import no.planvev.model.Hearing;
import no.planvev.model.Initiative;
import no.planvev.model.LText;
import no.planvev.model.Measure;
import no.planvev.model.Page;
import no.planvev.model.Plan;
import no.planvev.model.Project;
import no.planvev.model.ProjectStatus;
import no.planvev.model.Provenance;
import no.planvev.model.Unit;

/**
 * Checks that need the whole loaded site: two sources writing one page, open hearings past their
 * deadline (relative to the build date), and missing translations.
 */
public final class SiteChecks {

  private SiteChecks() {}

  /**
   * What the preview keeps between checks: each unit's claims on page paths and its own problems,
   * by the identity of the unit (the loader gives the same object for an unchanged file), valid
   * while the site settings, the date and the folder stay the same.
   */
  public static final class Memo {
    private Object key;
    private final Map<Unit, List<List<Owners.Claim>>> claims = new IdentityHashMap<>();
    private final Map<Unit, List<Problem>> problems = new IdentityHashMap<>();

    public Memo() {}
  }

  /** Adds every problem found; {@code contentDir} is read again only to point at lines. */
  public static void check(Content content, Path contentDir, LocalDate today, Problems problems) {
    check(content, contentDir, today, problems, null);
  }

  /**
   * As above, checking again only the units that are new since the last check with {@code memo}.
   */
  public static void check(
      Content content, Path contentDir, LocalDate today, Problems problems, Memo memo) {
    if (memo != null) {
      Object key = List.of(content.site(), today, contentDir.toAbsolutePath().normalize());
      if (!key.equals(memo.key)) {
        memo.claims.clear();
        memo.problems.clear();
        memo.key = key;
      }
    }
    clashes(Owners.of(content, memo == null ? null : memo.claims), problems);
    List<Unit> units = new ArrayList<>(content.plans());
    units.addAll(content.projects());
    units.addAll(content.hearings());
    units.addAll(content.pages());
    Map<Unit, List<Problem>> now = new IdentityHashMap<>();
    for (Unit unit : units) {
      List<Problem> found = memo == null ? null : memo.problems.get(unit);
      if (found == null) {
        Problems p = new Problems();
        unit(unit, content, today, p);
        found = p.all();
      }
      now.put(unit, found);
      found.forEach(problems::add);
    }
    if (memo != null) {
      memo.problems.clear();
      memo.problems.putAll(now);
    }
  }

  /**
   * The problems of {@code unit} on its own (not those between units, such as two units claiming
   * one address), as {@link #check} finds them in {@code content}.
   */
  public static List<Problem> ofUnit(Unit unit, Content content, LocalDate today) {
    Problems p = new Problems();
    unit(unit, content, today, p);
    return p.all();
  }

  /** The problems of one plan, project, hearing or page on its own. */
  private static void unit(Unit unit, Content content, LocalDate today, Problems problems) {
    if (unit instanceof Hearing h
        && h.phase(today) == no.planvev.model.HearingPhase.CLOSED_AWAITING) {
      problems.warning(
          h.provenance().key("deadline"),
          Message.of("hearing.deadlinePassed", h.deadline().iso(), today));
    }
    if (unit instanceof Project p) currency(p, content.site().staleAfter(), today, problems);
    translations(unit, content, problems);
  }

  /**
   * Whether a project's statuses can be current: an active project past the end of its period, or
   * one whose status date is in the future or older than {@code staleAfter}, is a warning.
   */
  private static void currency(
      Project p, java.time.Period staleAfter, LocalDate today, Problems problems) {
    Provenance from = p.provenance();
    LocalDate date = p.statusDate();
    // "Active" as of a status date before the period's end is no contradiction (perhaps stale).
    if (p.status() == ProjectStatus.ACTIVE
        && p.period() != null
        && p.period().due().isBefore(today)
        && (date == null || date.isAfter(p.period().due()))) {
      problems.warning(
          from.key("status"), Message.of("project.activePastPeriod", p.period().due()));
    }
    if (date == null) return;
    if (date.isAfter(today)) {
      problems.warning(from.key("status_date"), Message.of("statusDate.future", date, today));
    } else if (date.plus(staleAfter).isBefore(today)) {
      problems.warning(
          from.key("status_date"),
          Message.of("project.statusStale", date, today, today.minus(staleAfter)));
    }
  }

  private static void clashes(Owners owners, Problems problems) {
    for (Map.Entry<String, List<Owners.Owner>> e : owners.shared().entrySet()) {
      List<Owners.Owner> list = e.getValue();
      if (list.size() < 2) continue;
      // Point at what the editor most likely changed: a slug line, else content, not a section.
      List<Owners.Owner> order = new java.util.ArrayList<>(list);
      order.sort(java.util.Comparator.comparingInt(SiteChecks::blame).reversed());
      Owners.Owner at = order.get(0);
      for (Owners.Owner other : order.subList(1, order.size())) {
        String key = blame(at) == 0 && blame(other) == 0 ? "output.clashSections" : "output.clash";
        problems.error(at.pos(), Message.of(key, e.getKey(), at.name(), other.name()));
      }
    }
  }

  private static int blame(Owners.Owner o) {
    if (!o.name().isLiteral() && o.name().key().equals("owner.section")) {
      return 0;
    }
    return o.pos().line() > 0 ? 2 : 1;
  }

  private static void translations(Unit unit, Content content, Problems problems) {
    String def = content.site().defaultLanguage();
    for (no.planvev.model.Language l : content.site().languages()) {
      String lang = l.code();
      // A partial language covers only some pages: the coverage table counts what is missing.
      if (lang.equals(def) || l.partial()) continue;
      Object langName = languageName(lang);
      Object defName = languageName(def);
      if (unit instanceof Plan p) {
        String dir = "plans/" + p.id() + "/";
        title(p.title(), lang, def, () -> p.provenance().key("title"), problems);
        body(p.intro(), lang, def, dir + "index", p.provenance(), problems);
        for (FocusArea a : p.focusAreas()) {
          title(a.title(), lang, def, a::pos, problems);
          body(a.body(), lang, def, dir + a.id(), p.provenance().part(a.id()), problems);
        }
      } else if (unit instanceof Project p) {
        title(p.title(), lang, def, () -> p.provenance().key("title"), problems);
        body(p.intro(), lang, def, "projects/" + p.id() + "/index", p.provenance(), problems);
        for (Initiative i : p.initiatives()) {
          title(i.title(), lang, def, i::pos, problems);
          for (Measure m : i.measures()) title(m.title(), lang, def, m::pos, problems);
        }
        for (Activity a : p.allActivities()) title(a.title(), lang, def, a::pos, problems);
      } else if (unit instanceof Hearing h) {
        missingFile(h.title(), "hearings/" + h.id(), lang, langName, defName, h.pos(), problems);
      } else if (unit instanceof Page p) {
        missingFile(p.title(), "pages/" + p.id(), lang, langName, defName, p.pos(), problems);
      }
    }
  }

  /** {@code pos} is found only when there is something to report (it may read the file). */
  private static void title(
      LText title,
      String lang,
      String def,
      java.util.function.Supplier<SourcePos> pos,
      Problems problems) {
    if (title == null || title.has(lang)) return;
    String text = title.get(def).orElse(title.values().values().stream().findFirst().orElse(""));
    problems.warning(
        pos.get(),
        Message.of("translation.missingTitle", text, languageName(lang), languageName(def)));
  }

  /** {@code from}: where the body was read; its default language's file is the one to point at. */
  private static void body(
      LText body, String lang, String def, String stem, Provenance from, Problems problems) {
    if (body == null || body.isEmpty() || body.has(lang) || !body.has(def)) return;
    String file = from.text(def);
    if (file == null) return;
    problems.warning(
        SourcePos.file(file),
        Message.of(
            "translation.missingFile",
            languageName(lang),
            stem + "." + lang + ".md",
            languageName(def)));
  }

  private static void missingFile(
      LText title,
      String stem,
      String lang,
      Object langName,
      Object defName,
      SourcePos pos,
      Problems problems) {
    if (title != null && title.has(lang)) return;
    problems.warning(
        pos, Message.of("translation.missingFile", langName, stem + "." + lang + ".md", defName));
  }

  /** "English" for en: a catalog name where there is one, else the code. */
  static Object languageName(String code) {
    return Catalog.texts("en").containsKey("lang." + code) ? Message.of("lang." + code) : code;
  }
}
