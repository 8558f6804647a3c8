package no.planvev.output.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import no.planvev.model.Content;
import no.planvev.model.Deadline;
import no.planvev.model.FocusArea;
import no.planvev.model.Indicator;
import no.planvev.model.LText;
import no.planvev.model.Plan;
import no.planvev.words.Words;

/**
 * Every indicator's figures as spreadsheets, one row per baseline, measurement and target, in plan,
 * focus area and indicator order (baseline, measurements oldest first, target). As {@link
 * ActivitiesCsv}: {@code data/indicators.csv} with stable English column names ({@link #COLUMNS})
 * and machine values (ISO dates, a decimal point, default-language texts), and per language {@code
 * data/indicators.<lang>.csv} with that language's headers ({@code csv.indicator.*}), words, dates
 * and decimal sign; both UTF-8 with a byte order mark, the site's separator, CRLF, and formula-like
 * cells defused.
 */
final class IndicatorsCsv {

  /**
   * The machine columns, in order; each also names the {@code csv.indicator.<column>} UI string.
   */
  static final List<String> COLUMNS =
      List.of(
          "plan",
          "plan_title",
          "area",
          "area_title",
          "indicator",
          "indicator_name",
          "unit",
          "direction",
          "kind",
          "date",
          "value",
          "source",
          "note",
          "state");

  private IndicatorsCsv() {}

  /** True when some focus area of some plan has an indicator (else no file is written). */
  static boolean any(Content content) {
    return content.plans().stream()
        .flatMap(p -> p.focusAreas().stream())
        .anyMatch(a -> !a.indicators().isEmpty());
  }

  static String machine(Content content, char sep) {
    String def = content.site().defaultLanguage();
    return write(
        content,
        sep,
        COLUMNS,
        new Cells(def, def, BigDecimal::toPlainString, LocalDate::toString, Map.of()));
  }

  static String localized(Content content, String lang, Words words, char sep) {
    String def = content.site().defaultLanguage();
    Map<String, String> ui = words.strings(lang);
    List<String> header = new ArrayList<>();
    for (String c : COLUMNS) header.add(ui.getOrDefault("csv.indicator." + c, c));
    String decimal = ui.getOrDefault("number.decimal", ".");
    Cells cells =
        new Cells(
            lang,
            def,
            v -> v.toPlainString().replace(".", decimal),
            d -> words.deadline(new Deadline.Day(d), lang, def),
            ui);
    return write(content, sep, header, cells);
  }

  /**
   * How one variant writes a cell: texts in {@code lang}, numbers and dates by its functions, a
   * fixed word as its UI string in {@code ui} (else its key).
   */
  private record Cells(
      String lang,
      String def,
      Function<BigDecimal, String> number,
      Function<LocalDate, String> date,
      Map<String, String> ui) {

    String text(LText t) {
      return Words.text(t, lang, def);
    }

    /** A fixed word: its key, or the UI string {@code prefix + key}. */
    String word(String prefix, String key) {
      return ui.getOrDefault(prefix + key, key);
    }
  }

  private static String write(Content content, char sep, List<String> header, Cells c) {
    StringBuilder sb = new StringBuilder("\uFEFF");
    row(sb, header, sep);
    for (Plan p : content.plans()) {
      for (FocusArea a : p.focusAreas()) {
        for (Indicator in : a.indicators()) {
          List<String> lead =
              List.of(
                  p.id(),
                  c.text(p.title()),
                  a.id(),
                  c.text(a.title()),
                  in.id(),
                  c.text(in.name()),
                  c.text(in.unit()),
                  c.word("indicator.direction.", in.direction().key()));
          String state = c.word("indicator.state.", in.projection().state().key());
          for (Indicator.SeriesValue sv : in.series()) {
            Indicator.Measurement m = sv.value();
            row(
                sb,
                cells(
                    lead,
                    c.word("indicator.", sv.kind()),
                    c.date().apply(m.date()),
                    c.number().apply(m.value()),
                    c.text(m.source()),
                    c.text(m.note()),
                    state),
                sep);
          }
        }
      }
    }
    return sb.toString();
  }

  private static List<String> cells(List<String> lead, String... rest) {
    List<String> out = new ArrayList<>(lead);
    out.addAll(List.of(rest));
    return out;
  }

  /** A number as we write it: a spreadsheet reads it as a number, never as a formula. */
  private static final java.util.regex.Pattern NUMBER =
      java.util.regex.Pattern.compile("-?[0-9]+([.,][0-9]+)?");

  private static void row(StringBuilder sb, List<String> fields, char sep) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) sb.append(sep);
      String f = fields.get(i);
      // A negative value must stay a number: only text that starts with '-' is defused.
      if (NUMBER.matcher(f).matches()) {
        sb.append(f.indexOf(sep) >= 0 ? '"' + f + '"' : f);
      } else {
        sb.append(ActivitiesCsv.field(f, sep));
      }
    }
    sb.append("\r\n");
  }
}
