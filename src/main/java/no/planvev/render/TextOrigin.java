package no.planvev.render;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import no.planvev.diag.Message;
import no.planvev.diag.Problem;
import no.planvev.diag.SourcePos;
import no.planvev.model.Body;
import no.planvev.model.Content;
import no.planvev.model.LText;
import no.planvev.model.Unit;

/**
 * Where a text of the content was written, for a problem found only while rendering it (see {@link
 * Markdown.TooComplex}): the file of the nearest part of the model that knows its place (a page, a
 * plan, a focus area), the field the text is in and its language. Found by walking the model's
 * records, which is slow, but only ever done once a page has failed.
 */
final class TextOrigin {

  private TextOrigin() {}

  /** The problem for a Markdown text that could not be rendered. */
  static Problem problem(Content content, String markdown) {
    Found f = find(content, markdown);
    if (f == null) {
      return Problem.error(SourcePos.file("content"), Message.of("markdown.tooComplex", "?", "?"));
    }
    return Problem.error(f.pos(), Message.of("markdown.tooComplex", f.field(), f.lang()));
  }

  /** The text's place: {@code field} as the content names it ({@code focus_areas.body}). */
  record Found(SourcePos pos, String field, String lang) {}

  /** The first place {@code text} occurs in the content, or null. */
  static Found find(Content content, String text) {
    Found f = walk(content.site(), SourcePos.file("site.yaml"), "", text);
    if (f != null) return f;
    for (List<? extends Unit> part :
        List.<List<? extends Unit>>of(
            content.plans(), content.projects(), content.hearings(), content.pages())) {
      f = walk(part, null, "", text);
      if (f != null) return f;
    }
    return null;
  }

  private static Found walk(Object o, SourcePos near, String field, String text) {
    if (o instanceof Body b) {
      for (Map.Entry<String, Body.Part> e : b.parts().entrySet()) {
        if (e.getValue().length() != text.length() || near == null) continue;
        try {
          if (new Body(Map.of(e.getKey(), e.getValue()))
              .all()
              .values()
              .get(e.getKey())
              .equals(text)) {
            return new Found(near, field, e.getKey());
          }
        } catch (Body.Changed changed) {
          // not this text
        }
      }
      return null;
    }
    if (o instanceof LText t) {
      for (Map.Entry<String, String> e : t.values().entrySet()) {
        if (e.getValue().equals(text) && near != null) return new Found(near, field, e.getKey());
      }
      return null;
    }
    if (o instanceof List<?> list) {
      for (Object item : list) {
        Found f = walk(item, near, field, text);
        if (f != null) return f;
      }
      return null;
    }
    if (!(o instanceof Record r)) return null;
    RecordComponent[] parts = r.getClass().getRecordComponents();
    SourcePos here = near;
    for (RecordComponent c : parts) {
      if (c.getType() == SourcePos.class && value(c, r) instanceof SourcePos p) here = p;
    }
    // A part that knows its own place starts the field names afresh.
    String prefix = here == near ? field : "";
    for (RecordComponent c : parts) {
      Object v = value(c, r);
      if (v == null || v instanceof SourcePos) continue;
      Found f =
          walk(
              v,
              here,
              prefix.isEmpty() ? snake(c.getName()) : prefix + "." + snake(c.getName()),
              text);
      if (f != null) return f;
    }
    return null;
  }

  private static Object value(RecordComponent c, Record r) {
    try {
      return c.getAccessor().invoke(r);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null; // a part we may not read holds no text of the content
    }
  }

  /** {@code mainStrategy} as content writes it: {@code main_strategy}. */
  private static String snake(String name) {
    StringBuilder sb = new StringBuilder();
    for (char ch : name.toCharArray()) {
      if (Character.isUpperCase(ch)) sb.append('_').append(Character.toLowerCase(ch));
      else sb.append(ch);
    }
    return sb.toString();
  }
}
