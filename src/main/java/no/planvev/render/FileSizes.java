package no.planvev.render;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** File sizes as pages show them: "245 kB", "1,2 MB" (decimal units, the page's decimal mark). */
final class FileSizes {

  private FileSizes() {}

  static String format(long bytes, String lang) {
    String text;
    if (bytes < 1_000) {
      text = bytes + " B";
    } else if (bytes < 1_000_000) {
      text = Math.max(1, Math.round(bytes / 1_000.0)) + " kB";
    } else if (bytes < 1_000_000_000) {
      text = oneDecimal(bytes, 1_000_000) + " MB";
    } else {
      text = oneDecimal(bytes, 1_000_000_000) + " GB";
    }
    return "en".equals(lang) ? text : text.replace('.', ',');
  }

  private static String oneDecimal(long bytes, long unit) {
    BigDecimal d =
        BigDecimal.valueOf(bytes)
            .divide(BigDecimal.valueOf(unit), 1, RoundingMode.HALF_UP)
            .stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
  }

  /** "PDF, 245 kB", "PDF", "245 kB", or null when nothing is known. */
  static String meta(String type, Long size, String lang) {
    String s = size == null ? null : format(size, lang);
    if (type == null) return s;
    return s == null ? type : type + ", " + s;
  }
}
