package no.planvev.render;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import no.planvev.model.Content;
import no.planvev.model.Report;
import no.planvev.model.Urls;

/** The list of period reports, newest first. */
record ReportsPage(List<Entry> reports) {

  /** One report in the list. */
  record Entry(View.Txt title, String href, String period, String periodDatetime,
      ReportPage.Day published) {}

  static ReportsPage of(View v, Content content, Urls urls) {
    return new ReportsPage(content.reports().stream()
        .sorted(Comparator.comparing(Report::published).reversed()
            .thenComparing(Report::id))
        .map(r -> new Entry(v.t(r.title()), v.link(urls.report(r, v.lang)), period(v, r),
            r.period().datetime(), ReportPage.Day.of(v, r.published())))
        .toList());
  }

  /** The period as people say it: "2. halvår 2017", "2nd half of 2017", "november 2017". */
  static String period(View v, Report r) {
    var p = r.period();
    if (p.kind() == 'Y') return Integer.toString(p.year());
    if (p.kind() == 'M') {
      return v.deadline(new no.planvev.model.Deadline.Month(p.year(), p.n())).text();
    }
    String pattern = PATTERNS.getOrDefault(v.lang, PATTERNS.get("en")).get(p.kind());
    return pattern.replace("{n}", Integer.toString(p.n()))
        .replace("{y}", Integer.toString(p.year()));
  }

  private static final Map<String, Map<Character, String>> PATTERNS = Map.of(
      "nb", Map.of('H', "{n}. halvår {y}", 'T', "{n}. tertial {y}", 'Q', "{n}. kvartal {y}"),
      "nn", Map.of('H', "{n}. halvår {y}", 'T', "{n}. tertial {y}", 'Q', "{n}. kvartal {y}"),
      "se", Map.of('H', "{n}. jahkebealli {y}", 'T', "{n}. tertiála {y}",
          'Q', "{n}. kvartála {y}"),
      "en", Map.of('H', "H{n} {y}", 'T', "T{n} {y}", 'Q', "Q{n} {y}"));
}
