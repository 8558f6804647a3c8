package no.planvev.output.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
        new Cells() {
          @Override
          public String text(LText t) {
            return Words.text(t, def, def);
          }

          @Override
          public String number(BigDecimal v) {
            return v.toPlainString();
          }

          @Override
          public String date(java.time.LocalDate d) {
            return d.toString();
          }

          @Override
          public String word(String prefix, String key) {
            return key;
          }
        });
  }

  static String localized(Content content, String lang, Words words, char sep) {
    String def = content.site().defaultLanguage();
    Map<String, String> ui = words.strings(lang);
    List<String> header = new ArrayList<>();
    for (String c : COLUMNS) header.add(ui.getOrDefault("csv.indicator." + c, c));
    String decimal = ui.getOrDefault("number.decimal", ".");
    return write(
        content,
        sep,
        header,
        new Cells() {
          @Override
          public String text(LText t) {
            return Words.text(t, lang, def);
          }

          @Override
          public String number(BigDecimal v) {
            return v.toPlainString().replace(".", decimal);
          }

          @Override
          public String date(java.time.LocalDate d) {
            return words.deadline(new Deadline.Day(d), lang, def);
          }

          @Override
          public String word(String prefix, String key) {
            return ui.getOrDefault(prefix + key, key);
          }
        });
  }

  /** How one variant writes a cell. */
  private interface Cells {
    String text(LText t);

    String number(BigDecimal v);

    String date(java.time.LocalDate d);

    /** A fixed word: its key, or the UI string {@code prefix + key}. */
    String word(String prefix, String key);
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
          row(
              sb,
              cells(
                  lead,
                  c.word("indicator.", "baseline"),
                  c.date(in.baseline().date()),
                  c.number(in.baseline().value()),
                  "",
                  "",
                  state),
              sep);
          for (Indicator.Measurement m : in.measurements()) {
            row(
                sb,
                cells(
                    lead,
                    c.word("indicator.", "measurement"),
                    c.date(m.date()),
                    c.number(m.value()),
                    c.text(m.source()),
                    c.text(m.note()),
                    state),
                sep);
          }
          row(
              sb,
              cells(
                  lead,
                  c.word("indicator.", "target"),
                  c.date(in.target().date()),
                  c.number(in.target().value()),
                  "",
                  "",
                  state),
              sep);
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
