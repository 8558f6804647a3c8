package no.planvev.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

  record Every(
      String ascii,
      String norsk,
      String longLatin1,
      String longWide,
      String lone,
      List<String> repeated,
      int i,
      long l,
      boolean t,
      boolean f,
      double d,
      char c,
      short s,
      byte b,
      float x,
      Colour colour,
      Set<String> hashed,
      Set<String> linked,
      java.util.SortedSet<String> sorted,
      Map<String, List<Integer>> hashMap,
      Map<Object, Object> mapOf,
      java.util.SortedMap<String, String> treeMap,
      LocalDate date,
      Path path,
      Optional<String> none,
      String[] strings,
      long[] longs,
      int[] ints,
      byte[] bytes,
      java.math.BigDecimal decimal,
      java.time.Instant instant,
      List<Inner> inners,
      List<Object> empty) {}

  /** A value with every kind the codec writes. */
  static Every everyKind() {
    Set<String> hashed = new java.util.HashSet<>(List.of("p", "q", "a", "æ", "Z"));
    Map<String, List<Integer>> hashMap = new HashMap<>();
    for (int i = 0; i < 20; i++) hashMap.put("key" + i, List.of(i, -i, Integer.MAX_VALUE));
    return new Every(
        "plain ascii",
        "Blåbærsyltetøy på skiva",
        "Lang tekst med æøå og ÆØÅ, ".repeat(5),
        "Long text with ĉ, € and 😀 in it. ".repeat(3),
        "lone \ud800 surrogate and \udc00 another",
        List.of("nb", "en", "nb", "en", "x".repeat(64), "x".repeat(64), "y".repeat(65)),
        -7,
        Long.MIN_VALUE,
        true,
        false,
        -0.5,
        'ø',
        (short) -3,
        (byte) -128,
        1.25f,
        Colour.GREEN,
        hashed,
        new java.util.LinkedHashSet<>(List.of("z", "a")),
        new java.util.TreeSet<>(List.of("m", "b")),
        hashMap,
        Map.of("k", 1, "j", 2),
        new java.util.TreeMap<>(Map.of("b", "2", "a", "1")),
        LocalDate.of(2026, 11, 29),
        Path.of("pages", "om.nb.md"),
        Optional.empty(),
        new String[] {"a", null, "a", "Ærlig"},
        new long[] {0, -1, Long.MAX_VALUE, 1L << 35},
        new int[] {Integer.MIN_VALUE, -1, 0, 42},
        new byte[] {1, -2, 3},
        new java.math.BigDecimal("-12.50"),
        java.time.Instant.parse("2026-11-29T14:00:00Z"),
        List.of(new Inner("a", 1, 2, true, Colour.RED), new Inner("a", 1, 2, true, Colour.RED)),
        List.of());
  }

  /**
   * The bytes of every kind are those the first version of the codec wrote (kept in
   * every-kind.hex): build states on disk stay readable, and a change of format is a choice.
   */
  @Test
  void everyKindIsWrittenInTheFirstFormat() throws java.io.IOException {
    String hex;
    try (var in = RecordCodecTest.class.getResourceAsStream("every-kind.hex")) {
      hex = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII).strip();
    }
    assertEquals(hex, java.util.HexFormat.of().formatHex(RecordCodec.write(everyKind())));
    // Twice on one thread (the writer is reused) and through a read: the same bytes.
    assertEquals(hex, java.util.HexFormat.of().formatHex(RecordCodec.write(everyKind())));
    byte[] old = java.util.HexFormat.of().parseHex(hex);
    assertArrayEquals(old, RecordCodec.write(RecordCodec.read(old)));
  }

  @Test
  void everyKindReadsBackEqual() {
    Every in = everyKind();
    Every out = (Every) RecordCodec.read(RecordCodec.write(in));
    assertEquals(in.ascii(), out.ascii());
    assertEquals(in.norsk(), out.norsk());
    assertEquals(in.longLatin1(), out.longLatin1());
    assertEquals(in.longWide(), out.longWide());
    // An unpaired surrogate is written as UTF-8 writes it: '?'.
    assertEquals(in.lone().replace('\ud800', '?').replace('\udc00', '?'), out.lone());
    assertEquals(in.repeated(), out.repeated());
    assertEquals(
        List.of(in.i(), in.l(), in.t(), in.f(), in.d()),
        List.of(out.i(), out.l(), out.t(), out.f(), out.d()));
    assertEquals(
        List.of(in.c(), in.s(), in.b(), in.x()), List.of(out.c(), out.s(), out.b(), out.x()));
    assertEquals(in.colour(), out.colour());
    assertEquals(in.hashed(), out.hashed());
    assertEquals(List.copyOf(in.linked()), List.copyOf(out.linked()));
    assertEquals(in.sorted(), out.sorted());
    assertEquals(in.hashMap(), out.hashMap());
    assertEquals(in.mapOf(), out.mapOf());
    assertEquals(in.treeMap(), out.treeMap());
    assertEquals(in.date(), out.date());
    assertEquals(in.path(), out.path());
    assertEquals(in.none(), out.none());
    assertArrayEquals(in.strings(), out.strings());
    assertArrayEquals(in.longs(), out.longs());
    assertArrayEquals(in.ints(), out.ints());
    assertArrayEquals(in.bytes(), out.bytes());
    assertEquals(in.decimal(), out.decimal());
    assertEquals(in.instant(), out.instant());
    assertEquals(in.inners(), out.inners());
    assertEquals(in.empty(), out.empty());
  }

  @Test
  void manyClassesInOneStreamReadBack() {
    List<Object> many =
        List.of(
            Colour.RED,
            java.time.DayOfWeek.MONDAY,
            java.time.Month.MAY,
            java.util.concurrent.TimeUnit.SECONDS,
            java.math.RoundingMode.HALF_UP,
            Thread.State.NEW,
            java.lang.annotation.ElementType.FIELD,
            java.lang.annotation.RetentionPolicy.RUNTIME,
            java.nio.file.StandardCopyOption.ATOMIC_MOVE,
            java.nio.file.LinkOption.NOFOLLOW_LINKS,
            java.time.YearMonth.of(2026, 11),
            java.time.Duration.ofMinutes(90),
            new Inner("i", 1, 2, false, Colour.GREEN),
            java.time.DayOfWeek.FRIDAY);
    assertEquals(many, RecordCodec.read(RecordCodec.write(many)));
  }

  @Test
  void aValueOfManyMegabytesReadsBackAndLeavesTheWriterAsBefore() {
    byte[] small = RecordCodec.write(sample());
    String[] names = new String[60_000];
    for (int i = 0; i < names.length; i++) names[i] = "/nb/sider/side-" + (i % 20_000) + "/";
    List<Object> big =
        List.of(
            names,
            "æ".repeat(200_000), // one string longer than a chunk of the buffer
            "€".repeat(100_000),
            new long[] {1, 2, 3});
    Object back = RecordCodec.read(RecordCodec.write(big));
    List<?> l = (List<?>) back;
    assertArrayEquals(names, (String[]) l.get(0));
    assertEquals(big.get(1), l.get(1));
    assertEquals(big.get(2), l.get(2));
    assertArrayEquals(new long[] {1, 2, 3}, (long[]) l.get(3));
    // Repeated names are written as references: far less than the names' own bytes.
    assertTrue(RecordCodec.write(big).length < 20_000 * 20 + 200_000 + 300_000 + 60_000 * 4);
    assertArrayEquals(small, RecordCodec.write(sample()));
  }

  @Test
  void aValueOfAnotherKindIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> RecordCodec.write(new StringBuilder("x")));
  }
}
