package no.planvev.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class FileSizesTest {

  @Test
  void showsKilobytesWholeAndMegabytesWithOneDecimalInThePagesDecimalMark() {
    assertEquals("812 B", FileSizes.format(812, "nb"));
    assertEquals("245 kB", FileSizes.format(245_123, "nb"));
    assertEquals("1 kB", FileSizes.format(1_000, "en"));
    assertEquals("1,2 MB", FileSizes.format(1_234_567, "nb"));
    assertEquals("1.2 MB", FileSizes.format(1_234_567, "en"));
    assertEquals("3 MB", FileSizes.format(3_000_000, "nn"));
  }

  @Test
  void joinsTypeAndSize() {
    assertEquals("PDF, 245 kB", FileSizes.meta("PDF", 245_000L, "nb"));
    assertEquals("PDF", FileSizes.meta("PDF", null, "nb"));
    assertEquals("245 kB", FileSizes.meta(null, 245_000L, "nb"));
    assertNull(FileSizes.meta(null, null, "nb"));
  }
}
