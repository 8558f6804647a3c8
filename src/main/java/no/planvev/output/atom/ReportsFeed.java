package no.planvev.output.atom;

import java.util.ArrayList;
import java.util.List;
import no.planvev.model.Content;
import no.planvev.model.Report;
import no.planvev.model.ReportChanges;
import no.planvev.model.ReportPeriod;
import no.planvev.model.Urls;
import no.planvev.output.Facts;
import no.planvev.words.Words;

/**
 * {@code <lang>/feeds/reports.atom}: one entry per period report, {@code published} and {@code
 * updated} its published date, the category its period ({@code 2017-H2}), the summary its period in
 * words and how many activities it lists as completed, moved, late and new. Ids are name-based
 * UUIDs of the language and the report's id.
 */
final class ReportsFeed {

  private ReportsFeed() {}

  static byte[] reports(AtomWriter.Feeds feeds) {
    Content content = feeds.content();
    String lang = feeds.lang();
    Words words = feeds.words();
    String def = content.site().defaultLanguage();
    List<AtomWriter.Entry> entries = new ArrayList<>();
    for (Report r : content.reports()) {
      ReportChanges c = ReportChanges.of(r, content.reports(), content.projects());
      String period = period(r.period(), lang, words);
      String s =
          new Facts(words, lang)
              .add("report.period", period)
              .add("report.completed", c.completed().size())
              .add("report.moved", c.moved().size())
              .add("report.late", c.late().size())
              .add("report.added", c.added().size())
              .sentences();
      entries.add(
          new AtomWriter.Entry(
              AtomWriter.uuid(lang + ":report:" + r.id()),
              Words.text(r.title(), lang, def),
              r.published(),
              r.published(),
              feeds.urls().absolute(feeds.urls().report(r, lang)),
              r.period().iso(),
              period,
              s));
    }
    return feeds.feed("reports.title", Urls.reportsFeed(lang), feeds.urls().reports(lang), entries);
  }

  /** The period in words, as on the report page: the {@code report.period.*} UI strings. */
  static String period(ReportPeriod p, String lang, Words words) {
    if (p.kind() == 'Y') return Integer.toString(p.year());
    if (p.kind() == 'M')
      return words.deadline(new no.planvev.model.Deadline.Month(p.year(), p.n()), lang, lang);
    String pattern = words.strings(lang).get("report.period." + p.kind());
    if (pattern == null || pattern.isBlank()) return p.iso();
    return pattern
        .replace("{n}", Integer.toString(p.n()))
        .replace("{y}", Integer.toString(p.year()));
  }
}
