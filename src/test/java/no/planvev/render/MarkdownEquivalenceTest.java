package no.planvev.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import no.planvev.bench.SyntheticSite;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.dataformat.yaml.YAMLFactory;

/**
 * The optimised {@link Markdown} (linear parsers, fast text renderer, plain-text shortcut) gives
 * byte for byte the HTML of flexmark as it comes with the same options ({@link Markdown#stock}):
 * for every Markdown body and YAML text of the demo site and the fixture sites, for synthetic
 * pages, and for generated strings aimed at the plain-text path. What the HTML must be (headings,
 * unsafe links, tables, escaping) is asserted directly in {@code MarkdownTest}.
 */
class MarkdownEquivalenceTest {

  final Markdown md = new Markdown(false);
  final Markdown ref = Markdown.stock();

  @Test
  void demoAndFixtureSitesRenderAsTheReferenceDoes() throws IOException {
    List<String> texts = new ArrayList<>();
    for (Path root : List.of(Path.of("content"), Path.of("src/test/resources"))) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
          String name = f.getFileName().toString();
          // Texts past the Markdown limits: refused before they reach a renderer.
          if (f.toString().contains("invalid/markdown-")) continue;
          if (name.endsWith(".md")) {
            String s = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
            texts.add(s);
            String[] parts = s.split("(?m)^---\\s*$", 3);
            if (parts.length == 3) {
              texts.add(parts[2]);
              yamlStrings(parts[1], texts);
            }
          } else if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            yamlStrings(new String(Files.readAllBytes(f), StandardCharsets.UTF_8), texts);
          }
        }
      }
    }
    assertTrue(texts.size() > 300, "found " + texts.size() + " texts");
    for (int i = 0; i < texts.size(); i++) assertSame(texts.get(i), i);
  }

  @Test
  void syntheticPagesRenderAsTheReferenceDoes() {
    SyntheticSite site = new SyntheticSite(20261117L);
    for (int i = 0; i < 100; i++) {
      for (String lang : List.of("nb", "en")) {
        SyntheticSite.PageText p = site.page(i, lang);
        assertSame(p.body(), i);
        assertSame(p.summary(), i);
        assertSame(p.title(), i);
      }
    }
  }

  @Test
  void safetyCasesRenderAsTheReferenceDoes() {
    String[] cases = {
      "<script>alert(1)</script>\n\nText <b onclick=x>bold</b>",
      "[a](javascript:alert(1))",
      "[a](JaVaScRiPt:alert(1))",
      "[a](vbscript:x)",
      "[a](data:text/html,<b>)",
      "![a](data:image/png;base64,AA)",
      "[a](&#106;avascript:x)",
      "[a][r]\n\n[r]: javascript:alert(1)",
      "<javascript:alert(1)>",
      "[a](java\tscript:x)",
      "[![i](javascript:x)](javascript:y) tekst",
      "<https://x.no/> <mailto:a@b.no>",
      "# A\n\n## B\n\n# C",
      "## A\n\n#### B\n\n###### C",
      "### Én\n\n# To\n\n##### Tre",
      "| a | b |\n|---|---|\n| 1 | 2 |",
      "a | b\n--|--\n1 | 2\n\ntext",
      "|x|\n|-|\n",
      "a|b",
      "  | a |\n  |---|\n  | 1 |",
      "| a |\n|:-:|\n| [l](javascript:x) |",
      "- a\n- b\n\n  c",
      "1. a\n2. b",
      "> sitat\n> mer",
      "```js\nkode <b>\n```",
      "    innrykk",
      "a  \nb",
      "a\\\nb",
      "*a* **b** `c` _d_ __e__",
      "&amp; &copy; &#123; &x; & <",
      "Linje\r\nto\rtre",
      "",
      "\n\n",
      "   ",
      "***",
      "Tittel\n===",
      "[ref]\n\n[ref]: https://x.no \"Tittel\"",
      "![alt *x*](bilde.png \"t\")",
      "<div>\nhtml\n</div>",
      "a <!-- c --> b",
      "<?php x ?>"
    };
    for (String c : cases) {
      for (int base = 2; base <= 6; base++) assertSame(c, base);
    }
  }

  /** Plain-looking one-liners: most take the fast path, and all must match flexmark. */
  @Test
  void generatedOneLinersRenderAsTheReferenceDoes() {
    String[] plain = {
      "a", "B", "æ", "Ø", "å", "Økonomi", "plan", "2026", " ", " ", ".", ",", ":", "?", "'", "\"",
      "(", ")", "–", "& ", "< ", ">", "/", "%"
    };
    String[] atoms = {
      "a",
      "B",
      "æ",
      "Ø",
      "å",
      "Økonomi",
      "plan",
      "2026",
      "1",
      " ",
      " ",
      " ",
      "  ",
      ".",
      ",",
      ";",
      ":",
      "?",
      "!",
      "'",
      "\"",
      "(",
      ")",
      "/",
      "%",
      "=",
      "@",
      "$",
      "+",
      "-",
      "–",
      "—",
      "’",
      "“",
      "”",
      "«",
      "»",
      "…",
      "&",
      "& ",
      "&amp;",
      "&copy;",
      "&#229;",
      "&x",
      "<",
      "< ",
      "<b>",
      ">",
      "*",
      "_",
      "`",
      "[",
      "]",
      "![",
      "\\",
      "\\*",
      "#",
      "|",
      "~",
      "{",
      "}",
      "^",
      "\t",
      "\u00a0",
      "\n",
      "https://x.no",
      "www.x.no",
      "a@b.no",
      "1.",
      "1)",
      "- ",
      "+ ",
      "> ",
      "# ",
      "é",
      "e\u0301",
      "😀",
      "ǅ",
      "٣",
      "\u200b",
      "<https://x.no>",
      "**b**",
      "_i_"
    };
    SplittableRandom r = new SplittableRandom(42);
    int fast = 0;
    for (int i = 0; i < 6_000; i++) {
      StringBuilder s = new StringBuilder();
      if (r.nextInt(3) > 0) s.append(r.nextBoolean() ? "Ordet" : "é");
      int len = 1 + r.nextInt(12);
      for (int k = 0; k < len; k++) {
        String[] from = r.nextInt(4) == 0 ? atoms : plain;
        s.append(from[r.nextInt(from.length)]);
      }
      String t = s.toString();
      if (PlainInline.html(t) != null) fast++;
      assertEquals(ref.inlineHtml(t), md.inlineHtml(t), () -> "inline " + show(t));
    }
    assertTrue(fast > 1_500, "only " + fast + " strings took the plain path");
  }

  /**
   * The pieces LinearInlineParser and LinearHeadingFactory touch: links, references, brackets,
   * emphasis around links, setext and ATX headings, tables, escapes, line breaks.
   */
  private static final String[] PIECES = {
    "[",
    "]",
    "(",
    ")",
    "![",
    "](",
    "*",
    "**",
    "_",
    "`",
    "<",
    ">",
    "\n",
    "\n\n",
    "# ",
    "\n===\n",
    "\n---\n",
    "- ",
    "1. ",
    "> ",
    "[r1]: /u1\n",
    "[r2]: <https://x.no/a b> \"tittel\"\n",
    "[r1]",
    "[R2][]",
    "[x][r2]",
    "a",
    "b c",
    "\\",
    "|",
    "\n|---|---|\n",
    "https://x.no",
    "<https://x.no>",
    "&amp;",
    "  ",
    "\t",
    "æ",
    "[a](b)",
    "[a](<b c>)",
    "[a](b \"t\")",
    "[a](b(c)d)",
    "'",
    "\"",
    "~~",
    "    "
  };

  @Test
  void generatedMarkdownOfLinksHeadingsAndReferencesRendersAsTheReferenceDoes() {
    SplittableRandom r = new SplittableRandom(18);
    for (int i = 0; i < 4000; i++) {
      StringBuilder sb = new StringBuilder();
      int n = 1 + r.nextInt(60);
      for (int k = 0; k < n; k++) sb.append(PIECES[r.nextInt(PIECES.length)]);
      String t = sb.toString();
      assertEquals(ref.toHtml(t, 2), md.toHtml(t, 2), () -> show(t));
    }
  }

  @Test
  void longParagraphsAndReferenceListsRenderAsTheReferenceDoes() {
    StringBuilder refs = new StringBuilder();
    for (int i = 0; i < 300; i++)
      refs.append("[r").append(i).append("]: /u").append(i).append('\n');
    refs.append("Title\n===\n[r7] and [x][r299] and [none]\n");
    assertSame(refs.toString(), 0);
    assertSame("word *emph* [link](x) `c`\n".repeat(300), 0);
    assertSame("[a](b".repeat(300), 0);
    assertSame("[a](" + "(".repeat(32) + "x" + ")".repeat(32) + ")", 0);
  }

  @Test
  void plainPathTakesSentencesAndLeavesMarkdownToFlexmark() {
    assertEquals(
        "Plan &amp; bygg: &quot;Økonomi&quot; &gt; 5 %, &lt; 7 (ca.)!",
        PlainInline.html("Plan & bygg: \"Økonomi\" > 5 %, < 7 (ca.)!"));
    assertNotNull(PlainInline.html("Kommunen vil styrke næringslivet i 2026–2030."));
    for (String s :
        new String[] {
          "1. mai",
          "- a",
          "Hei *du*",
          "a &amp; b",
          "a <b>",
          "a\\b",
          "a  \nb",
          "Trailing ",
          " lead",
          "",
          "a|b",
          "a`b`",
          "[a](b)",
          "a_b_"
        }) {
      assertNull(PlainInline.html(s), s);
    }
  }

  /** Same block HTML at base 2 and at one more base chosen by {@code n}, same inline HTML. */
  private void assertSame(String markdown, int n) {
    for (int base : new int[] {2, 2 + Math.floorMod(n, 5)}) {
      assertEquals(
          ref.toHtml(markdown, base),
          md.toHtml(markdown, base),
          () -> "base " + base + " of " + show(markdown));
    }
    assertEquals(
        ref.inlineHtml(markdown), md.inlineHtml(markdown), () -> "inline " + show(markdown));
  }

  private static String show(String s) {
    return "\"" + s.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t") + "\"";
  }

  private static void yamlStrings(String yaml, List<String> out) {
    try (JsonParser p = new YAMLFactory().createParser(ObjectReadContext.empty(), yaml)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.VALUE_STRING) out.add(p.getString());
      }
    } catch (RuntimeException e) {
      // invalid fixtures hold broken YAML on purpose; their bodies are still compared
    }
  }
}
