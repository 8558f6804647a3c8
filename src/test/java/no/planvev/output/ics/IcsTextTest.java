package no.planvev.output.ics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class IcsTextTest {

  @Test
  void escapesBackslashSemicolonCommaAndNewlines() {
    assertEquals("a\\\\b\\;c\\,d\\ne\\nf", IcsText.escape("a\\b;c,d\r\ne\nf"));
  }

  @Test
  void dropsControlCharactersButKeepsTab() {
    assertEquals("a\tb", IcsText.escape("a\u0007\tb"));
  }

  @Test
  void leavesShortLinesAlone() {
    assertEquals("SUMMARY:kort\r\n", IcsText.fold("SUMMARY:kort"));
  }

  @Test
  void foldsAtSeventyFiveOctetsCountingTheLeadingSpace() {
    String line = "X:" + "a".repeat(200);
    String folded = IcsText.fold(line);
    String[] physical = folded.split("\r\n");
    assertEquals(75, physical[0].length());
    assertEquals(75, physical[1].length());
    assertTrue(physical[1].startsWith(" a"));
    assertEquals(line, folded.replace("\r\n ", "").replace("\r\n", ""));
  }

  @Test
  void neverSplitsATwoOrFourByteCharacter() {
    for (int prefix = 0; prefix < 4; prefix++) {
      String line = "S:" + "x".repeat(prefix) + "æøå😀".repeat(40);
      String folded = IcsText.fold(line);
      byte[] bytes = folded.getBytes(StandardCharsets.UTF_8);
      int start = 0;
      for (int i = 0; i + 1 < bytes.length; i++) {
        if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
          assertTrue(i - start <= 75, "physical line of " + (i - start) + " octets");
          // The octet after CRLF (a space) and the octet before it must not be a continuation byte.
          assertTrue((bytes[i - 1] & 0xC0) != 0xC0, "line ends with a lead byte");
          if (i + 2 < bytes.length) assertEquals(' ', bytes[i + 2]);
          if (i + 3 < bytes.length) assertTrue((bytes[i + 3] & 0xC0) != 0x80, "split sequence");
          start = i + 2;
        }
      }
      assertEquals(
          line, new String(bytes, StandardCharsets.UTF_8).replace("\r\n ", "").replace("\r\n", ""));
    }
  }
}
