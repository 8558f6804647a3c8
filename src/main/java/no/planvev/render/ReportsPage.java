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
  record Entry(
      View.Txt title,
      String href,
      String period,
      String periodDatetime,
      ReportPage.Day published) {}

  static ReportsPage of(View v, Map<String, String> ui, Content content, Urls urls) {
    return new ReportsPage(
        content.reports().stream()
            .sorted(Comparator.comparing(Report::published).reversed().thenComparing(Report::id))
            .map(
                r ->
                    new Entry(
                        v.t(r.title()),
                        v.link(urls.report(r, v.lang())),
                        period(v, ui, r),
                        r.period().datetime(),
                        ReportPage.Day.of(v, r.published())))
            .toList());
  }

  /**
   * The period as people say it: "2. halvår 2017", "H2 2017", "november 2017". Halves, tertials and
   * quarters come from the UI strings {@code report.period.H|T|Q} ({@code {n}} and {@code {y}});
   * without the string, the period as written in content.
   */
  static String period(View v, Map<String, String> ui, Report r) {
    var p = r.period();
    if (p.kind() == 'Y') return Integer.toString(p.year());
    if (p.kind() == 'M') {
      return v.deadline(new no.planvev.model.Deadline.Month(p.year(), p.n())).text();
    }
    String pattern = ui.get("report.period." + p.kind());
    if (pattern == null || pattern.isBlank()) return p.iso();
    return pattern
        .replace("{n}", Integer.toString(p.n()))
        .replace("{y}", Integer.toString(p.year()));
  }
}
