package no.planvev.render;

import java.util.List;

/**
 * The open data page ({@code data.ftlh}): data files with their schemas, calendars, feeds; the
 * indicator CSV files are null when the site has no indicators.
 */
record DataPage(
    List<DataFile> files,
    String csv,
    String csvMachine,
    String catalog,
    Licence licence,
    List<Calendar> calendars,
    List<Feed> feeds,
    String indicatorsCsv,
    String indicatorsCsvMachine) {

  /** A JSON file and the link to its JSON Schema. */
  record DataFile(View.Txt title, String href, String schema) {}

  /** A calendar file and its {@code webcal:} address. */
  record Calendar(View.Txt title, String href, String webcal) {}

  /** An Atom feed. */
  record Feed(View.Txt title, String href) {}

  /** The licence of the data: its name, address and key. */
  record Licence(String title, String href, String id) {}
}
