package no.planvev.output.atom;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.planvev.model.Content;
import no.planvev.model.Report;
import no.planvev.model.ReportChanges;
import no.planvev.model.ReportPeriod;
import no.planvev.model.Urls;
import no.planvev.words.Words;

/**
 * {@code <lang>/feeds/reports.atom}: one entry per period report, {@code published} and {@code
 * updated} its published date, the category its period ({@code 2017-H2}), the summary its period in
 * words and how many activities it lists as completed, moved, late and new. Ids are name-based
 * UUIDs of the language and the report's id.
 */
final class ReportsFeed {

  private ReportsFeed() {}

  static byte[] reports(Content content, Urls urls, LocalDate buildDate, String lang, Words words) {
    String def = content.site().defaultLanguage();
    List<AtomWriter.Entry> entries = new ArrayList<>();
    for (Report r : content.reports()) {
      ReportChanges c = ReportChanges.of(r, content.reports(), content.projects());
      String period = period(r.period(), lang, words);
      String s =
          words.word("report.period", lang)
              + ": "
              + period
              + ". "
              + words.word("report.completed", lang)
              + ": "
              + c.completed().size()
              + ". "
              + words.word("report.moved", lang)
              + ": "
              + c.moved().size()
              + ". "
              + words.word("report.late", lang)
              + ": "
              + c.late().size()
              + ". "
              + words.word("report.added", lang)
              + ": "
              + c.added().size()
              + ".";
      entries.add(
          new AtomWriter.Entry(
              AtomWriter.uuid(lang + ":report:" + r.id()),
              Words.text(r.title(), lang, def),
              r.published(),
              r.published(),
              urls.absolute(urls.report(r, lang)),
              r.period().iso(),
              period,
              s));
    }
    return AtomWriter.feed(
        content,
        urls,
        buildDate,
        lang,
        words.word("reports.title", lang),
        Urls.reportsFeed(lang),
        urls.reports(lang),
        entries);
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
