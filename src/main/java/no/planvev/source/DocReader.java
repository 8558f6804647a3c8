package no.planvev.source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.planvev.diag.Message;
import no.planvev.diag.SourcePos;
import no.planvev.model.Addresses;
import no.planvev.model.Adoption;
import no.planvev.model.AreaRef;
import no.planvev.model.Body;
import no.planvev.model.Deadline;
import no.planvev.model.Document;
import no.planvev.model.Hearing;
import no.planvev.model.HearingStatus;
import no.planvev.model.LText;
import no.planvev.model.Page;
import no.planvev.model.Provenance;

/**
 * Hearings and pages: Markdown files with front matter, one per language. The default language's
 * file holds every field; a translation adds text.
 */
final class DocReader {

  static final List<String> HEARING_KEYS =
      List.of(
          "title",
          "slug",
          "issuer",
          "reference",
          "published",
          "deadline",
          "status",
          "source_url",
          "statement",
          "documents",
          "topics",
          "opens",
          "reason",
          "outcome",
          "respond");
  static final List<String> PAGE_KEYS = List.of("title", "slug", "menu", "summary");

  private DocReader() {}

  /** The front matter of a file that must have one, or null after a problem. */
  private static Parsed parse(
      LangFiles.LangFile f,
      Ctx ctx,
      List<String> keys,
      String what,
      Map<String, Map<String, SourcePos>> positions) {
    FrontMatter fm = LangFiles.split(f, ctx);
    if (fm == null) return null;
    if (fm.yaml() == null && fm.body().isBlank()) {
      ctx.error(SourcePos.file(f.path()), "file.empty", Message.of("file.empty.doc"));
      return null;
    }
    if (fm.yaml() == null) {
      ctx.error(new SourcePos(f.path(), 1, 1), "frontMatter.required", Message.of(what));
      return null;
    }
    YNode root = Yaml.read(fm.yaml(), f.path(), fm.yamlLineOffset(), ctx.problems());
    if (root == null) return null;
    positions.put(f.path(), Provenances.keys(root));
    Ctx c = ctx.withPath(f.path()).withLang(f.lang());
    Fields fields = new Fields(root, c, f.path(), keys);
    if (keys == PAGE_KEYS) {
      // A page's body is kept as its place in the file, and read again when the page renders.
      Body.Part part = LangFiles.bodyPart(fm, f, ctx);
      return new Parsed(fields, null, part == null ? null : new Body(Map.of(f.lang(), part)));
    }
    String body = LangFiles.body(fm, f.path(), ctx);
    return new Parsed(fields, body.isEmpty() ? null : LText.of(f.lang(), body), null);
  }

  private record Parsed(Fields fields, LText body, Body page) {}

  /**
   * The front matter of each file of one hearing or page (default language first), adding the
   * positions of its keys to {@code positions}; null when the default language's file fails, a
   * translation that fails is left out.
   */
  private static List<Parsed> parseAll(
      List<LangFiles.LangFile> files,
      Ctx ctx,
      List<String> keys,
      String what,
      Map<String, Map<String, SourcePos>> positions) {
    List<Parsed> out = new ArrayList<>(files.size());
    for (LangFiles.LangFile f : files) {
      Parsed p = parse(f, ctx, keys, what, positions);
      if (p != null) {
        out.add(p);
      } else if (out.isEmpty()) {
        return null;
      }
    }
    return out;
  }

  /** Where a hearing or page was read from: its files per language, its keys per file. */
  private static Provenance provenance(
      List<LangFiles.LangFile> files, Map<String, Map<String, SourcePos>> positions) {
    return new Provenance(files.get(0).path(), Provenances.texts(files), positions, Map.of());
  }

  /** A hearing from its files (default language first); null when the default file fails. */
  static Hearing hearing(String id, List<LangFiles.LangFile> files, Ctx ctx) {
    Map<String, Map<String, SourcePos>> positions = new java.util.HashMap<>();
    List<Parsed> parsed = parseAll(files, ctx, HEARING_KEYS, "what.hearing", positions);
    if (parsed == null) return null;
    Provenance provenance = provenance(files, positions);
    String basePath = files.get(0).path();
    Hearing base = hearing(id, parsed.get(0), true, provenance);
    for (Parsed p : parsed.subList(1, parsed.size())) {
      Hearing h = hearing(id, p, false, provenance);
      Fields tr = p.fields();
      Translations.same(tr, "reference", base.reference(), h.reference(), basePath);
      Translations.same(tr, "published", base.published(), h.published(), basePath);
      Translations.same(tr, "status", base.status(), h.status(), basePath);
      Translations.same(tr, "source_url", base.sourceUrl(), h.sourceUrl(), basePath);
      Translations.same(tr, "opens", base.opens(), h.opens(), basePath);
      Translations.same(tr, "respond", base.respond(), h.respond(), basePath);
      Hearing.Outcome outcome = base.outcome();
      if (h.outcome() != null) {
        if (outcome == null) {
          Translations.same(tr, "outcome", null, "x", basePath);
        } else {
          Hearing.Outcome t = h.outcome();
          if (t.date() != null && !t.date().equals(outcome.date())
              || t.url() != null && !t.url().equals(outcome.url())) {
            Translations.same(tr, "outcome", show(outcome), show(t), basePath);
          }
          outcome =
              new Hearing.Outcome(
                  outcome.date(),
                  Translations.merge(outcome.text(), h.outcome().text()),
                  outcome.url());
        }
      }
      Translations.same(
          tr,
          "topics",
          refStrings(base.topics()),
          tr.has("topics") ? refStrings(h.topics()) : null,
          basePath);
      Deadline deadline = base.deadline();
      if (h.deadline() != null) {
        if (deadline instanceof Deadline.Text bt
            && h.deadline() instanceof Deadline.Text tt
            && bt.sort().equals(tt.sort())) {
          deadline = new Deadline.Text(Translations.merge(bt.text(), tt.text()), bt.sort());
        } else {
          Translations.same(tr, "deadline", deadline, h.deadline(), basePath);
        }
      }
      Adoption statement = base.statement();
      if (h.statement() != null) {
        if (statement == null) {
          Translations.same(tr, "statement", null, "x", basePath);
        } else {
          if (h.statement().date() != null && !h.statement().date().equals(statement.date())) {
            tr.ctx()
                .error(
                    tr.node("statement", false).pos(),
                    "translation.statementDate",
                    basePath,
                    statement.date());
          }
          statement =
              new Adoption(
                  statement.date(), Translations.merge(statement.by(), h.statement().by()));
        }
      }
      List<Document> docs = new ArrayList<>(base.documents());
      for (Document d : h.documents()) {
        int i = indexOfHref(docs, d.href());
        if (i < 0) {
          tr.ctx().error(d.pos(), "document.notInDefault", d.href(), basePath);
        } else {
          Document b = docs.get(i);
          docs.set(
              i,
              new Document(
                  Translations.merge(b.title(), d.title()), b.href(), b.pos(), b.type(), b.size()));
        }
      }
      base =
          new Hearing(
              id,
              Translations.merge(base.slug(), h.slug()),
              base.pos(),
              Translations.merge(base.title(), h.title()),
              Translations.merge(base.issuer(), h.issuer()),
              base.reference(),
              base.published(),
              deadline,
              base.status(),
              base.sourceUrl(),
              statement,
              docs,
              base.topics(),
              Translations.merge(base.body(), h.body()),
              base.opens(),
              Translations.merge(base.reason(), h.reason()),
              outcome,
              base.respond(),
              provenance);
    }
    return base;
  }

  /** The parts of an outcome a translation must not change. */
  private static String show(Hearing.Outcome o) {
    return (o.date() == null ? "" : o.date().toString()) + (o.url() == null ? "" : " " + o.url());
  }

  private static Hearing hearing(String id, Parsed p, boolean dflt, Provenance provenance) {
    Fields f = p.fields();
    Deadline deadline = f.deadline("deadline", dflt);
    HearingStatus status = f.status("status", HearingStatus.class, null, dflt);
    HearingLifecycleReader.Lifecycle life = HearingLifecycleReader.read(f, dflt, deadline, status);
    return new Hearing(
        id,
        Slugs.read(f),
        SourcePos.file(f.ctx().path()),
        f.ltext("title", dflt),
        f.ltext("issuer", dflt),
        f.text("reference", false),
        f.date("published", false),
        deadline,
        status,
        f.url("source_url", Addresses.Accepts.WEB, false),
        f.adoption("statement", dflt),
        documents(f, dflt),
        ProjectReader.refs(f, "topics"),
        p.body(),
        life.opens(),
        life.reason(),
        life.outcome(),
        life.respond(),
        provenance);
  }

  /** A hearing's {@code documents}: a local one must exist, its type and size come from it. */
  private static List<Document> documents(Fields f, boolean dflt) {
    Ctx ctx = f.ctx();
    List<Document> docs = new ArrayList<>();
    for (Fields df :
        f.items("documents", "what.document", List.of("title", "href", "type", "size"))) {
      LText title = df.ltext("title", dflt);
      String href = df.url("href", Addresses.Accepts.WEB_OR_FILE, true);
      if (href == null) continue;
      href = href.strip();
      boolean local = !Addresses.hasScheme(href);
      String type = HearingLifecycleReader.type(df, local);
      Long size = HearingLifecycleReader.size(df, local);
      if (local) {
        Path file = localFile(ctx, href);
        if (file == null) {
          ctx.error(df.node("href", false).pos(), "document.missing", href);
          continue;
        }
        type = Document.typeOf(href);
        size = sizeOf(file);
      } else if (type == null && !href.startsWith("mailto:") && !href.startsWith("tel:")) {
        type = Document.typeOf(href);
      }
      docs.add(new Document(title == null ? LText.EMPTY : title, href, df.pos(), type, size));
    }
    return docs;
  }

  /** A page from its files (default language first); null when the default file fails. */
  static Page page(String id, List<LangFiles.LangFile> files, Ctx ctx) {
    Map<String, Map<String, SourcePos>> positions = new java.util.HashMap<>();
    List<Parsed> parsed = parseAll(files, ctx, PAGE_KEYS, "what.page", positions);
    if (parsed == null) return null;
    Page base = null;
    String basePath = files.get(0).path();
    for (Parsed p : parsed) {
      Fields pf = p.fields();
      boolean dflt = base == null;
      LText title = pf.ltext("title", dflt);
      LText slug = Slugs.read(pf, Names.Place.LANGUAGE_ROOT);
      Integer menu = pf.integer("menu", false);
      LText summary = pf.ltext("summary", false);
      if (dflt) {
        base =
            new Page(
                id,
                slug,
                SourcePos.file(pf.ctx().path()),
                title,
                menu,
                summary,
                p.page() == null ? Body.EMPTY : p.page());
        continue;
      }
      Translations.same(pf, "menu", base.menu(), menu, basePath);
      base =
          new Page(
              id,
              Translations.merge(base.slug(), slug),
              base.pos(),
              Translations.merge(base.title(), title),
              base.menu(),
              Translations.merge(base.summary(), summary),
              base.body().merge(p.page()));
    }
    return base.withProvenance(provenance(files, positions));
  }

  private static List<String> refStrings(List<AreaRef> refs) {
    return refs.stream().map(AreaRef::toString).toList();
  }

  private static int indexOfHref(List<Document> docs, String href) {
    for (int i = 0; i < docs.size(); i++) {
      if (docs.get(i).href().equals(href)) return i;
    }
    return -1;
  }

  /** The size in bytes of a document's file; null when it cannot be read. */
  private static Long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (java.io.IOException e) {
      return null;
    }
  }

  /** The regular file under content/ a local href names; null when there is none. */
  private static Path localFile(Ctx ctx, String href) {
    String p = href;
    int cut = indexOfAny(p, "#?");
    if (cut >= 0) p = p.substring(0, cut);
    while (p.startsWith("/")) p = p.substring(1);
    if (p.isEmpty()) return null;
    try {
      Path root = ctx.contentDir().toAbsolutePath().normalize();
      Path file = root.resolve(p).normalize();
      if (!file.startsWith(root)) return null;
      if (ctx.looked() != null) ctx.looked().add(file);
      return Files.isRegularFile(file) ? file : null;
    } catch (java.nio.file.InvalidPathException e) {
      return null;
    }
  }

  private static int indexOfAny(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) return i;
    }
    return -1;
  }
}
