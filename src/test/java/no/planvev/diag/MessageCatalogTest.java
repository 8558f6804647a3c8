package no.planvev.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Month;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MessageCatalogTest {

  @Test
  void bothLanguagesHaveTheSameKeysAndPlaceholders() {
    Map<String, String> en = Catalog.texts("en");
    Map<String, String> nb = Catalog.texts("nb");
    assertEquals(en.keySet(), nb.keySet());
    for (String key : en.keySet()) {
      assertEquals(placeholders(en.get(key)), placeholders(nb.get(key)), key);
    }
  }

  /** Properties keep the last of two equal keys silently: one message would replace another. */
  @Test
  void noKeyIsDefinedTwice() throws java.io.IOException {
    for (String lang : Message.LANGUAGES) {
      Set<String> seen = new TreeSet<>();
      for (String line :
          java.nio.file.Files.readAllLines(
              java.nio.file.Path.of(
                  "src/main/resources/no/planvev/diag/messages." + lang + ".properties"))) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String key = line.substring(0, line.indexOf('=')).strip();
        assertTrue(seen.add(key), key + " twice in " + lang);
      }
    }
  }

  private static Set<String> placeholders(String pattern) {
    Set<String> out = new TreeSet<>();
    Matcher m = Pattern.compile("\\{\\d+}").matcher(pattern);
    while (m.find()) out.add(m.group());
    return out;
  }

  @Test
  void rendersNestedMessagesMonthsAndListsInTheSameLanguage() {
    Message m = Message.of("deadline.days", "2017-11-31", Month.NOVEMBER, 2017, 30);
    assertEquals("2017-11-31 is not a date: November has 30 days", m.in("en"));
    assertEquals("2017-11-31 er ikke en dato: november har 30 dager", m.in("nb"));
    Message k = Message.of("key.unknown", "deadlien", Message.of("suggest", "deadline"));
    assertEquals("unknown key 'deadlien' — did you mean 'deadline'?", k.in("en"));
    assertEquals("ukjent nøkkel 'deadlien' — mente du 'deadline'?", k.in("nb"));
    assertEquals(
        "'de' in title is not one of the site's languages (nb, en)",
        Message.of("ltext.language", "de", "title", List.of("nb", "en")).in("en"));
  }

  @Test
  void toStringIsEnglishWithTheLabel() {
    Problem p =
        Problem.warning(new SourcePos("plans/p/plan.yaml", 3, 1), Message.of("weight.none"));
    assertEquals(
        "plans/p/plan.yaml:3:1: warning: no focus area has a weight; the plan will show"
            + " no shares",
        p.toString());
    assertEquals(
        "plans/p/plan.yaml:3:1: advarsel: ingen satsingsområder har weight; planen viser"
            + " ingen andeler",
        p.format("nb"));
    assertEquals("error", p.asError().severity().label());
  }

  @Test
  void aLiteralIsTheSameInEveryLanguage() {
    Problem p = Problem.error(SourcePos.file("templates/page.ftlh"), "template missing");
    assertEquals("template missing", p.message());
    assertTrue(p.format("nb").endsWith(": feil: template missing"));
  }
}
