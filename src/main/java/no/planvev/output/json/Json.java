package no.planvev.output.json;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.planvev.model.Deadline;
import no.planvev.model.LText;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Builds JSON trees in a fixed key order and prints them: 2-space indent, LF, UTF-8. */
final class Json {

  private static final DefaultPrettyPrinter PRETTY;

  /** jackson-core's generator alone: databind's mapper costs a quarter second to start. */
  private static final JsonFactory FACTORY = new JsonFactory();

  static {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    PRETTY =
        new DefaultPrettyPrinter(
                Separators.createDefaultInstance()
                    .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withObjectIndenter(indenter)
            .withArrayIndenter(indenter);
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
    ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
    ObjectWriteContext context =
        new ObjectWriteContext.Base() {
          @Override
          public PrettyPrinter getPrettyPrinter() {
            return PRETTY.createInstance();
          }
        };
    try (JsonGenerator g = FACTORY.createGenerator(context, out)) {
      write(g, node);
    }
    out.write('\n');
    return out.toByteArray();
  }

  /** The tree as it is: objects, arrays, strings, integers, decimals, booleans and null. */
  private static void write(JsonGenerator g, JsonNode node) {
    if (node instanceof ObjectNode o) {
      g.writeStartObject();
      for (Map.Entry<String, JsonNode> e : o.properties()) {
        g.writeName(e.getKey());
        write(g, e.getValue());
      }
      g.writeEndObject();
    } else if (node instanceof ArrayNode a) {
      g.writeStartArray();
      for (JsonNode item : a) write(g, item);
      g.writeEndArray();
    } else if (node.isString()) {
      g.writeString(node.stringValue());
    } else if (node.isIntegralNumber()) {
      g.writeNumber(node.longValue());
    } else if (node.isBigDecimal()) {
      // Indicator values: as written (-1.2 stays -1.2), never in exponent form.
      g.writeNumber(node.decimalValue().toPlainString());
    } else if (node.isBoolean()) {
      g.writeBoolean(node.booleanValue());
    } else if (node.isNull()) {
      g.writeNull();
    } else {
      throw new IllegalArgumentException("no JSON writer for " + node.getNodeType());
    }
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
