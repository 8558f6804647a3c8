package no.planvev.output.json;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.planvev.model.Deadline;
import no.planvev.model.LText;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Builds JSON trees in a fixed key order and prints them: 2-space indent, LF, UTF-8. */
final class Json {

  private static final ObjectWriter WRITER;

  static {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter pp = new DefaultPrettyPrinter(Separators.createDefaultInstance()
        .withObjectNameValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator(""))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
    WRITER = JsonMapper.builder().build().writer().with(pp);
  }

  private final List<String> languages;

  /** {@code languages}: the site's codes, default first; LText keys are written in this order. */
  Json(List<String> languages) {
    this.languages = List.copyOf(languages);
  }

  static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  static ArrayNode array() {
    return JsonNodeFactory.instance.arrayNode();
  }

  static byte[] bytes(ObjectNode node) {
    return (WRITER.writeValueAsString(node) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  /** A text as {@code {"nb": ..., "en": ...}}: site languages first, then any others by code. */
  ObjectNode text(LText t) {
    ObjectNode o = object();
    if (t == null) return o;
    for (String lang : languages) t.get(lang).ifPresent(v -> o.put(lang, v));
    List<String> rest = new ArrayList<>();
    for (Map.Entry<String, String> e : t.values().entrySet()) {
      if (!languages.contains(e.getKey())) rest.add(e.getKey());
    }
    rest.stream().sorted().forEach(k -> o.put(k, t.values().get(k)));
    return o;
  }

  /** Puts a text only when there is one. */
  void optText(ObjectNode o, String key, LText t) {
    if (t != null && !t.isEmpty()) o.set(key, text(t));
  }

  static void optString(ObjectNode o, String key, String s) {
    if (s != null && !s.isBlank()) o.put(key, s);
  }

  ArrayNode texts(List<LText> list) {
    ArrayNode a = array();
    list.forEach(t -> a.add(text(t)));
    return a;
  }

  /** {@code {iso, start, due, precision}} and, for free text, {@code text}. */
  ObjectNode deadline(Deadline d) {
    ObjectNode o = object();
    o.put("iso", d.iso());
    if (d instanceof Deadline.Text t) o.set("text", text(t.text()));
    o.put("start", d.start().toString());
    o.put("due", d.due().toString());
    o.put("precision", precision(d));
    return o;
  }

  static String precision(Deadline d) {
    return d.precision().name().toLowerCase(java.util.Locale.ROOT);
  }
}
