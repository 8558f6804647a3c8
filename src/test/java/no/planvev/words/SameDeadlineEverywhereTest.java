package no.planvev.words;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import no.planvev.build.BuildOptions;
import no.planvev.build.BuildResult;
import no.planvev.build.Builder;
import no.planvev.diag.Severity;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A deadline reads the same on a project's page, in its calendar and in the activities feed: one
 * phrase ("uke 10 2024"), from one vocabulary, in the page's language. The small fixture site is
 * built for real; HTML is read with jsoup, the calendar with ical4j, the feed with ROME.
 */
class SameDeadlineEverywhereTest {

  private static final Path SITE = Path.of("src/test/resources/sites/small");

  @TempDir static Path tmp;
  private static Path out;

  @BeforeAll
  static void build() throws Exception {
    out = tmp.resolve("site");
    LocalDate date = LocalDate.parse(Files.readString(SITE.resolve("date")).strip());
    BuildResult r =
        Builder.build(
            new BuildOptions(
                SITE.resolve("content"), Path.of("templates"), out, null, date, false));
    assertFalse(
        r.problems().all().stream().anyMatch(p -> p.severity() == Severity.ERROR),
        () -> r.problems().all().toString());
  }

  @ParameterizedTest
  @CsvSource({"nb, prosjekter/veiprosjekt, uke 10 2024", "en, projects/veiprosjekt, week 10 2024"})
  void theProjectPageItsCalendarAndTheFeedSayTheSamePhrase(String lang, String page, String week)
      throws Exception {
    String label = Words.builtIn().word("activity.deadline", lang);
    Map<String, String> html = fromPage(lang + "/" + page + "/index.html", label);
    Map<String, String> ics = fromCalendar(lang + "/calendar/veiprosjekt.ics", label);
    Map<String, String> atom = fromFeed(lang + "/feeds/activities.atom", lang, label);

    assertEquals(4, html.size(), html.toString());
    assertTrue(html.containsValue(week), html.toString());
    assertEquals(html, ics, "calendar");
    assertEquals(html, atom, "feed");
  }

  /**
   * Activity title → the text of its deadline on the page: the time element right after the label
   * ("Frist: <time>") on the activity's first meta line.
   */
  private static Map<String, String> fromPage(String path, String label) throws Exception {
    Document doc = Jsoup.parse(out.resolve(path).toFile(), "UTF-8");
    Map<String, String> m = new TreeMap<>();
    for (Element item : doc.select("li.activity")) {
      String name = titleText(item.selectFirst(".activity-title"));
      Element meta = item.selectFirst("p.activity-meta");
      if (meta != null && meta.ownText().startsWith(label + ":")) {
        m.put(name, meta.selectFirst("time").text());
      }
    }
    return m;
  }

  private static String titleText(Element title) {
    Element c = title.clone();
    c.select("strong").remove();
    return c.text().strip();
  }

  /** Activity title → the deadline in its event's description. */
  private static Map<String, String> fromCalendar(String path, String label) throws Exception {
    Calendar cal =
        new CalendarBuilder().build(new StringReader(Files.readString(out.resolve(path))));
    Map<String, String> m = new TreeMap<>();
    for (Object o : cal.getComponents()) {
      Component e = (Component) o;
      if (!e.getName().equals("VEVENT")) continue;
      String summary = e.<Property>getProperty("SUMMARY").orElseThrow().getValue();
      String description = e.<Property>getProperty("DESCRIPTION").orElseThrow().getValue();
      Matcher d = Pattern.compile("(?m)^" + Pattern.quote(label) + ": (.*)$").matcher(description);
      if (!d.find()) throw new AssertionError("no deadline in " + description);
      // The summary carries a deadline longer than a day in brackets: the same phrase again.
      String title =
          summary.endsWith(" (" + d.group(1) + ")")
              ? summary.substring(0, summary.length() - d.group(1).length() - 3)
              : summary;
      m.put(title, d.group(1));
    }
    return m;
  }

  /** Activity title → the deadline in its entry's summary. */
  private static Map<String, String> fromFeed(String path, String lang, String label)
      throws Exception {
    Feed feed =
        (Feed) new WireFeedInput().build(new StringReader(Files.readString(out.resolve(path))));
    Map<String, String> m = new TreeMap<>();
    Pattern p =
        Pattern.compile(
            Pattern.quote(label)
                + ": (.*?)\\. "
                + Pattern.quote(Words.builtIn().word("activity.status", lang))
                + ":");
    for (Entry e : feed.getEntries()) {
      Matcher d = p.matcher(e.getSummary().getValue());
      if (!d.find()) throw new AssertionError("no deadline in " + e.getSummary().getValue());
      m.put(e.getTitleEx().getValue(), d.group(1));
    }
    return m;
  }
}
