package no.planvev;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.planvev.diag.Problems;
import no.planvev.model.Content;
import no.planvev.model.LText;
import no.planvev.source.ContentLoader;
import no.planvev.source.UiStrings;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * What counts as bokmål on a page in another language: text equal to a bokmål UI string, or to a
 * bokmål content text (a paragraph of it, for Markdown), that is not also the page language's text.
 * Such text must sit inside an element whose nearest {@code lang} is {@code nb}, or a screen reader
 * reads it with the wrong pronunciation (WCAG 2.1, 3.1.2).
 */
public final class BokmalText {

  private final Set<String> bokmal;

  private BokmalText(Set<String> bokmal) {
    this.bokmal = bokmal;
  }

  /**
   * The bokmål texts of {@code content}'s site and the nb UI strings, less those of {@code lang}.
   */
  public static BokmalText of(Path contentDir, Path templates, String lang) {
    Problems problems = new Problems();
    Content content = ContentLoader.load(contentDir, problems);
    Map<String, Map<String, String>> ui =
        UiStrings.load(no.planvev.theme.Theme.over(templates), problems);
    Set<String> own = new HashSet<>();
    Set<String> nb = new HashSet<>();
    ui.getOrDefault(lang, Map.of()).values().forEach(v -> own.add(norm(v)));
    for (String v : ui.get("nb").values()) {
      if (!v.contains("{")) nb.add(norm(v));
    }
    List<LText> texts = new ArrayList<>();
    collect(content, texts, new IdentityHashMap<>());
    for (LText t : texts) {
      String b = t.get("nb").orElse(null);
      if (b == null) continue;
      String o = t.get(lang).orElse(null);
      if (o != null) own.addAll(paragraphs(o));
      if (b.equals(o)) continue;
      nb.addAll(paragraphs(b));
    }
    nb.removeAll(own);
    nb.removeIf(s -> s.codePoints().filter(Character::isLetter).count() < 2);
    return new BokmalText(Set.copyOf(nb));
  }

  /**
   * Every place on {@code page} (its body) where bokmål text is not marked {@code lang="nb"}: one
   * line each, "text (in <tag>)".
   */
  public List<String> unmarked(Document page) {
    List<String> out = new ArrayList<>();
    for (Element e : page.body().getAllElements()) {
      for (Node n : e.childNodes()) {
        if (!(n instanceof TextNode tn) || tn.isBlank()) continue;
        String own = norm(tn.text());
        String whole = norm(e.text());
        if (!bokmal.contains(own) && !bokmal.contains(whole)) continue;
        if (!"nb".equals(nearestLang(e))) {
          out.add("'" + (bokmal.contains(own) ? own : whole) + "' (in <" + e.tagName() + ">)");
        }
      }
    }
    return out;
  }

  /** As {@link #unmarked(Document)} for texts gathered in a browser: text, parent text, lang. */
  public boolean isUnmarkedBokmal(String text, String parentText, String nearestLang) {
    String own = norm(text);
    if (own.isEmpty()) return false;
    return (bokmal.contains(own) || bokmal.contains(norm(parentText))) && !"nb".equals(nearestLang);
  }

  /** How many bokmål texts are known (a check that the set is not empty). */
  public int size() {
    return bokmal.size();
  }

  public boolean contains(String text) {
    return bokmal.contains(norm(text));
  }

  static String nearestLang(Element e) {
    for (Element x = e; x != null; x = x.parent()) {
      if (x.hasAttr("lang")) return x.attr("lang");
    }
    return "";
  }

  static String norm(String s) {
    return s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
  }

  /** A text and, for Markdown, each paragraph and list item with its markup taken away. */
  static List<String> paragraphs(String text) {
    List<String> out = new ArrayList<>();
    out.add(norm(text));
    for (String p : text.split("\\n\\s*\\n|\\n(?=\\s*(?:[-*]|\\d+\\.) )")) {
      String plain =
          p.replaceAll("(?m)^\\s*(?:#+|[-*>]|\\d+\\.)\\s+", "")
              .replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1")
              .replaceAll("[*_`]", "");
      out.add(norm(plain));
    }
    return out;
  }

  /** Every LText reachable from {@code o} through records, lists and maps. */
  private static void collect(Object o, List<LText> out, IdentityHashMap<Object, Boolean> seen) {
    if (o == null || seen.put(o, true) != null) return;
    if (o instanceof LText t) {
      out.add(t);
    } else if (o instanceof Collection<?> c) {
      for (Object x : c) collect(x, out, seen);
    } else if (o instanceof Map<?, ?> m) {
      for (Object x : m.values()) collect(x, out, seen);
    } else if (o.getClass().isRecord()) {
      for (RecordComponent rc : o.getClass().getRecordComponents()) {
        try {
          collect(rc.getAccessor().invoke(o), out, seen);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
    }
  }
}
