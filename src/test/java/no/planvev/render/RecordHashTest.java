package no.planvev.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import freemarker.template.Configuration;
import freemarker.template.Template;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Templates read page records as they are, and the build cache keys them by value. */
class RecordHashTest {

  private record Item(String title, View.Txt label, Integer count, boolean late) {}

  private record Page(String heading, List<Item> items, Map<String, String> ui, Item none) {}

  private record Empty(String a, View.Txt b) {}

  private record Root(Page p, Empty empty) {}

  /** Same components as Item, another record. */
  private record Other(String title, View.Txt label, Integer count, boolean late) {}

  private static String render(String template, Record root) throws Exception {
    Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
    cfg.setObjectWrapper(new RecordHash.Wrapper(Configuration.VERSION_2_3_34));
    cfg.setNumberFormat("computer");
    cfg.setBooleanFormat("c");
    StringWriter out = new StringWriter();
    new Template("t", new StringReader(template), cfg).process(root, out);
    return out.toString();
  }

  private static Root root() {
    return new Root(
        new Page(
            "Aktiviteter",
            List.of(
                new Item("Kartlegge", new View.Txt("Forsinket", "nb", false), null, true),
                new Item("Høre", null, 3, false)),
            Map.of("k", "v"),
            null),
        new Empty(null, null));
  }

  @Test
  void componentsAreKeysAndANullComponentIsMissing() throws Exception {
    assertEquals(
        "Aktiviteter|Kartlegge:Forsinket/nb/false:-:true;Høre:?:3:false;|v|no-none",
        render(
            "${p.heading}|<#list p.items as i>${i.title}:<#if i.label??>${i.label.text}/"
                + "${i.label.lang}/${i.label.fallback}<#else>?</#if>:${i.count!'-'}:${i.late};"
                + "</#list>|${p.ui['k']}|<#if p.none??>none<#else>no-none</#if>",
            root()));
  }

  @Test
  void onlyTheComponentsAreVisibleAndARecordOfNullsHasNoContent() throws Exception {
    assertEquals(
        "heading,items,ui|3|true|false|missing",
        render(
            "<#list p?keys as k>${k}<#sep>,</#list>|${p?size}|${p?has_content}"
                + "|${empty?has_content}|${(p.hashCode)???then('there', 'missing')}",
            root()));
  }

  @Test
  void theCacheKeyFollowsEveryComponentAndTheRecordClass() {
    byte[] a = RenderCache.pageKey("f", "t.ftlh", "theme", root());
    assertNotNull(a);
    assertArrayEquals(a, RenderCache.pageKey("f", "t.ftlh", "theme", root()));
    Root changed =
        new Root(
            new Page(
                "Aktiviteter",
                List.of(
                    new Item("Kartlegge", new View.Txt("Forsinket", "nb", true), null, true),
                    new Item("Høre", null, 3, false)),
                Map.of("k", "v"),
                null),
            new Empty(null, null));
    assertFalse(Arrays.equals(a, RenderCache.pageKey("f", "t.ftlh", "theme", changed)));
    View.Txt l = new View.Txt("x", "nb", false);
    ValueDigest item = new ValueDigest();
    item.value(new Item("a", l, 1, true));
    ValueDigest other = new ValueDigest();
    other.value(new Other("a", l, 1, true));
    assertFalse(Arrays.equals(item.digest(), other.digest()));
  }

  @Test
  void aValueOfAnotherKindMakesAPageThatIsNotKept() {
    record Dated(java.time.LocalDate day) {}
    assertNull(
        RenderCache.pageKey("f", "t.ftlh", "theme", new Dated(java.time.LocalDate.of(2024, 1, 1))));
  }
}
