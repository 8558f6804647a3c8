package no.planvev.source;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import no.planvev.diag.Message;
import no.planvev.diag.Problems;
import no.planvev.diag.SourcePos;
import no.planvev.model.Deadline;
import no.planvev.model.Deadlines;
import no.planvev.model.LText;
import no.planvev.source.YNode.Entry;
import no.planvev.source.YNode.Kind;
import no.planvev.source.YNode.YList;
import no.planvev.source.YNode.YMap;
import no.planvev.source.YNode.YScalar;

/**
 * Reading one file: where it is, its language, the site's languages, and typed conversions of YAML
 * values that report problems at the value's position. A conversion that fails returns null. {@code
 * looked}, when not null, collects the files outside the unit being read whose existence the unit
 * checked (a hearing's local documents), so that a cached unit is read again when one of them
 * appears or goes.
 */
record Ctx(
    Path contentDir,
    String path,
    Problems problems,
    List<String> languages,
    String lang,
    Set<Path> looked) {

  Ctx(Path contentDir, String path, Problems problems, List<String> languages, String lang) {
    this(contentDir, path, problems, languages, lang, null);
  }

  Ctx withLang(String newLang) {
    return new Ctx(contentDir, path, problems, languages, newLang, looked);
  }

  Ctx withPath(String newPath) {
    return new Ctx(contentDir, newPath, problems, languages, lang, looked);
  }

  /** The context of one unit (a plan, a project, a hearing, a page) read on its own. */
  Ctx forUnit(Problems unitProblems, Set<Path> unitLooked) {
    return new Ctx(contentDir, path, unitProblems, languages, lang, unitLooked);
  }

  /** An error with the catalog message {@code key}. */
  void error(SourcePos pos, String key, Object... args) {
    problems.error(pos, Message.of(key, args));
  }

  /** A warning with the catalog message {@code key}. */
  void warning(SourcePos pos, String key, Object... args) {
    problems.warning(pos, Message.of(key, args));
  }

  /** What an editor calls a kind of value, for messages. */
  static Object kind(YNode node) {
    if (node instanceof YMap) return Message.of("kind.map");
    if (node instanceof YList) return Message.of("kind.list");
    YScalar s = (YScalar) node;
    return s.kind() == Kind.NULL ? Message.of("kind.empty") : "'" + s.text() + "'";
  }

  /** " — did you mean 'x'?" when a known word is near, else nothing. */
  static Object suggest(String word, List<String> known) {
    String near = no.planvev.diag.Suggest.nearest(word, known);
    return near == null ? "" : Message.of("suggest", near);
  }

  /** A scalar's text (numbers and booleans as written), or null after a problem. */
  String text(YNode node, String name) {
    if (node instanceof YScalar s && s.kind() != Kind.NULL) return s.text();
    error(node.pos(), "type.text", name, kind(node));
    return null;
  }

  /** A plain string (this file's language) or a map from site language to string. */
  LText ltext(YNode node, String name) {
    if (node instanceof YScalar s && s.kind() != Kind.NULL) {
      return withinLimits(s) ? LText.of(lang, s.text()) : null;
    }
    if (node instanceof YMap m) {
      if (m.entries().isEmpty()) {
        error(m.pos(), "ltext.empty", name);
        return null;
      }
      Map<String, String> values = new LinkedHashMap<>();
      boolean ok = true;
      for (Entry e : m.entries().values()) {
        if (!languages.contains(e.key())) {
          error(e.keyPos(), "ltext.language", e.key(), name, languages);
          ok = false;
          continue;
        }
        String t = text(e.value(), name + "." + e.key());
        if (t == null || !withinLimits((YScalar) e.value())) ok = false;
        else values.put(e.key(), t);
      }
      return ok ? new LText(values) : null;
    }
    error(node.pos(), "type.ltext", name, kind(node));
    return null;
  }

  /**
   * True when a text keeps the Markdown limits (every text may be shown as Markdown); else an error
   * at the text, on the very character when the text is one plain line.
   */
  private boolean withinLimits(YScalar s) {
    MarkdownLimits.Exceeded e = MarkdownLimits.check(s.text());
    if (e == null) return true;
    SourcePos pos =
        e.line() == 1 && !s.quoted() && s.text().indexOf('\n') < 0
            ? at(s, e.column() - 1)
            : s.pos();
    error(pos, e.key(), e.limit());
    return false;
  }

  /** A whole number. */
  Integer integer(YNode node, String name) {
    if (node instanceof YScalar s && s.kind() == Kind.INT) {
      try {
        return Integer.valueOf(s.text().replace("_", ""));
      } catch (NumberFormatException e) {
        // falls through to the message below
      }
    }
    error(node.pos(), "type.int", name, kind(node));
    return null;
  }

  /** Any deadline form, including free text {@code {text: ..., sort: ...}}. */
  Deadline deadline(YNode node, String name) {
    if (node instanceof YMap m) {
      Fields f = new Fields(m, this, name, List.of("text", "sort"));
      LText text = f.ltext("text", true);
      YNode sortNode = f.node("sort", true);
      Deadline sort = sortNode == null ? null : simpleDeadline(sortNode, name + ".sort");
      if (text == null || sort == null) return null;
      if (sort instanceof Deadline.Text) return null;
      return new Deadline.Text(text, sort);
    }
    return simpleDeadline(node, name);
  }

  private Deadline simpleDeadline(YNode node, String name) {
    return scalar(node, name, "type.deadline", Deadlines::parse);
  }

  /** A calendar date {@code YYYY-MM-DD}. */
  LocalDate date(YNode node, String name) {
    return scalar(node, name, "type.date", Deadlines::parseDate);
  }

  /** How {@link Deadlines} reads a scalar's text. */
  private interface DeadlineParser<T> {
    T parse(String text) throws Deadlines.InvalidDeadline;
  }

  /**
   * A scalar read by {@code parser}; a value that is no scalar is error {@code typeKey}, a text the
   * parser rejects is an error at the offending character. Null on error.
   */
  private <T> T scalar(YNode node, String name, String typeKey, DeadlineParser<T> parser) {
    if (!(node instanceof YScalar s) || s.kind() == Kind.NULL) {
      error(node.pos(), typeKey, name, kind(node));
      return null;
    }
    try {
      return parser.parse(s.text());
    } catch (Deadlines.InvalidDeadline e) {
      error(at(s, e.offset()), e.key(), e.args().toArray());
      return null;
    }
  }

  /** One of an enum's values, written in lower case ({@code in_progress}). */
  <E extends Enum<E>> E status(YNode node, String name, Class<E> type) {
    List<String> allowed = new ArrayList<>();
    for (E e : type.getEnumConstants()) allowed.add(e.name().toLowerCase(Locale.ROOT));
    if (node instanceof YScalar s && s.kind() != Kind.NULL) {
      int i = allowed.indexOf(s.text().strip());
      if (i >= 0) return type.getEnumConstants()[i];
    }
    error(node.pos(), "status.unknown", name, kind(node), allowed);
    return null;
  }

  /** The items of a list; a single value is not a list. */
  List<YNode> list(YNode node, String name) {
    if (node instanceof YList l) return l.items();
    if (node instanceof YScalar s && s.kind() == Kind.NULL) return List.of();
    error(node.pos(), "type.list", name, kind(node));
    return null;
  }

  /** The position of a character of a scalar's text, when it is on the scalar's first line. */
  static SourcePos at(YScalar s, int offset) {
    int lead = s.text().length() - s.text().stripLeading().length();
    int col = s.pos().column() + (s.quoted() ? 1 : 0) + lead + offset;
    return new SourcePos(s.pos().path(), s.pos().line(), col);
  }
}
