package no.planvev.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.planvev.diag.SourcePos;
import no.planvev.model.LText;
import org.junit.jupiter.api.Test;

/** What the build state is written with: values read back equal, and damage is told. */
class RecordCodecTest {

  enum Colour {
    RED,
    GREEN
  }

  record Inner(String name, int count, long big, boolean on, Colour colour) {}

  record Outer(
      List<Inner> inners,
      Map<String, Integer> ordered,
      Optional<LocalDate> date,
      Path path,
      String nothing,
      LText text,
      SourcePos pos,
      long[] longs,
      int[] ints) {}

  private static Outer sample() {
    Map<String, Integer> ordered = new LinkedHashMap<>();
    ordered.put("z", 1);
    ordered.put("a", -2);
    return new Outer(
        List.of(
            new Inner("æøå ĉ 😀", 7, Long.MIN_VALUE, true, Colour.GREEN),
            new Inner("x".repeat(300), -1, 1L << 40, false, Colour.RED)),
        ordered,
        Optional.of(LocalDate.of(2017, 4, 14)),
        Path.of("pages", "om.nb.md"),
        null,
        LText.of("nb", "Plan for næringsliv"),
        new SourcePos("plans/a/plan.yaml", 3, 5),
        new long[] {0, -1, Long.MAX_VALUE},
        new int[] {Integer.MIN_VALUE, 0, 42});
  }

  @Test
  void aRecordReadsBackEqualComponentByComponent() {
    Outer in = sample();
    Outer out = (Outer) RecordCodec.read(RecordCodec.write(in));
    assertEquals(in.inners(), out.inners());
    assertEquals(List.copyOf(in.ordered().keySet()), List.copyOf(out.ordered().keySet()));
    assertEquals(in.ordered(), out.ordered());
    assertEquals(in.date(), out.date());
    assertEquals(in.path(), out.path());
    assertEquals(null, out.nothing());
    assertEquals(in.text(), out.text());
    assertEquals(in.pos(), out.pos());
    assertArrayEquals(in.longs(), out.longs());
    assertArrayEquals(in.ints(), out.ints());
  }

  @Test
  void equalValuesGiveEqualBytesWhateverTheOrderOfAnUnorderedMap() {
    Map<String, Integer> one = new HashMap<>();
    Map<String, Integer> two = new HashMap<>(64);
    for (int i = 0; i < 40; i++) one.put("k" + i, i);
    for (int i = 39; i >= 0; i--) two.put("k" + i, i);
    assertArrayEquals(RecordCodec.write(one), RecordCodec.write(two));
  }

  @Test
  void cutOrAlteredBytesAreDamagedNotAnotherValue() {
    byte[] bytes = RecordCodec.write(sample());
    assertThrows(
        RecordCodec.Damaged.class, () -> RecordCodec.read(Arrays.copyOf(bytes, bytes.length / 2)));
    byte[] wrongTag = bytes.clone();
    wrongTag[0] = (byte) 0x7f;
    assertThrows(RecordCodec.Damaged.class, () -> RecordCodec.read(wrongTag));
  }

  @Test
  void aValueOfAnotherKindIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> RecordCodec.write(new StringBuilder("x")));
  }
}
