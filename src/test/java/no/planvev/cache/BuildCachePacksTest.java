package no.planvev.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packs of the build cache on their own: look-ups in a many-entry index, a damaged index, and
 * which packs a build merges.
 */
class BuildCachePacksTest {

  private static final String VERSION = "test 1";

  /** A 32-byte key; keys of one {@code group} share their first 8 bytes (the table's hash). */
  private static byte[] key(int group, int i) {
    return ByteBuffer.allocate(32).putLong(group).putLong(i).putLong(~i).putLong(i * 31L).array();
  }

  private static byte[] value(int i) {
    return ("entry " + i + " ").repeat(1 + i % 7).getBytes(StandardCharsets.UTF_8);
  }

  private static List<Path> packs(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().startsWith("pack-")).sorted().toList();
    }
  }

  @Test
  void everyEntryOfAManyEntryIndexIsFoundAndNoOther(@TempDir Path dir) {
    List<String> warnings = new ArrayList<>();
    BuildCache c = BuildCache.open(dir, VERSION, warnings::add);
    for (int i = 0; i < 5_000; i++) c.putPage(key(i % 3 == 0 ? 7 : i, i), value(i));
    c.close(true);

    BuildCache again = BuildCache.open(dir, VERSION, warnings::add);
    for (int i = 0; i < 5_000; i++) {
      assertArrayEquals(value(i), again.page(key(i % 3 == 0 ? 7 : i, i)), "entry " + i);
    }
    assertNull(again.page(key(7, 5_001)));
    assertNull(again.page(key(5_001, 5_001)));
    assertNull(again.page(key(4, 5))); // the first long of entry 4, the rest of another
    assertEquals(5_000, again.hits());
    assertEquals(3, again.misses());
    again.close(true);
    assertEquals(List.of(), warnings);
  }

  @Test
  void aLaterPackShadowsAnEarlierOne(@TempDir Path dir) throws IOException {
    BuildCache one = BuildCache.open(dir, VERSION, w -> {});
    one.putPage(key(1, 1), value(1));
    one.close(true);
    BuildCache two = BuildCache.open(dir, VERSION, w -> {});
    two.putPage(key(1, 1), value(2)); // as a build would after a miss
    two.close(true);
    assertEquals(2, packs(dir).size());
    BuildCache three = BuildCache.open(dir, VERSION, w -> {});
    assertArrayEquals(value(2), three.page(key(1, 1)));
    three.close(false);
  }

  @Test
  void aPackWithADamagedIndexIsIgnoredWithOneWarningAndDeleted(@TempDir Path dir)
      throws IOException {
    BuildCache c = BuildCache.open(dir, VERSION, w -> {});
    for (int i = 0; i < 100; i++) c.putPage(key(i, i), value(i));
    c.close(true);
    Path pack = packs(dir).get(0);
    byte[] b = Files.readAllBytes(pack);
    b[b.length - 24 - 48 * 50 + 3] ^= 0x40; // a byte of the 50th key from the end
    Files.write(pack, b);

    List<String> warnings = new ArrayList<>();
    BuildCache damaged = BuildCache.open(dir, VERSION, warnings::add);
    assertEquals(1, warnings.size(), warnings.toString());
    assertTrue(warnings.get(0).contains("damaged index"), warnings.toString());
    assertNull(damaged.page(key(10, 10)));
    damaged.putPage(key(10, 10), value(10));
    damaged.close(true);
    assertEquals(1, packs(dir).size());
    assertTrue(Files.notExists(pack), "the damaged pack is deleted");

    BuildCache healed = BuildCache.open(dir, VERSION, warnings::add);
    assertArrayEquals(value(10), healed.page(key(10, 10)));
    healed.close(false);
    assertEquals(1, warnings.size());
  }

  @Test
  void aFewNewEntriesNeverRewriteABigPack(@TempDir Path dir) throws IOException {
    SplittableRandom random = new SplittableRandom(3);
    BuildCache cold = BuildCache.open(dir, VERSION, w -> {});
    for (int i = 0; i < 2_000; i++) cold.putPage(key(i, i), value(i));
    cold.close(true);
    Path big = packs(dir).get(0);
    long bigSize = Files.size(big);

    for (int build = 0; build < 20; build++) { // warm builds: each makes two entries
      BuildCache warm = BuildCache.open(dir, VERSION, w -> {});
      warm.usedInPart();
      assertArrayEquals(value(42), warm.page(key(42, 42)));
      for (int k = 0; k < 2; k++) {
        int i = 10_000 + build * 2 + k;
        assertNull(warm.page(key(i, i)));
        warm.putPage(key(i, i), value(i));
      }
      warm.close(true);
      List<Path> now = packs(dir);
      assertTrue(now.size() <= 8, now.toString());
      assertTrue(now.contains(big), "build " + build + ": the big pack is left as it is");
      assertEquals(bigSize, Files.size(big));
    }
    BuildCache after = BuildCache.open(dir, VERSION, w -> {});
    for (int i = 0; i < 2_000; i += 1 + random.nextInt(50)) {
      assertArrayEquals(value(i), after.page(key(i, i)));
    }
    for (int i = 10_000; i < 10_040; i++) assertArrayEquals(value(i), after.page(key(i, i)));
    after.close(false);
  }

  @Test
  void aFullBuildThatUsesLittleOfTheCacheWritesOnePackOfWhatItUsed(@TempDir Path dir)
      throws IOException {
    BuildCache cold = BuildCache.open(dir, VERSION, w -> {});
    for (int i = 0; i < 3_000; i++) cold.putPage(key(i, i), new byte[3_000]);
    cold.close(true);
    BuildCache small = BuildCache.open(dir, VERSION, w -> {}); // a build of another, small site
    for (int i = 0; i < 10; i++) assertArrayEquals(new byte[3_000], small.page(key(i, i)));
    small.putPage(key(-1, -1), value(1));
    small.close(true);
    List<Path> now = packs(dir);
    assertEquals(1, now.size());
    assertTrue(Files.size(now.get(0)) < 100_000, "only what the build used is kept");
    BuildCache after = BuildCache.open(dir, VERSION, w -> {});
    for (int i = 0; i < 10; i++) assertArrayEquals(new byte[3_000], after.page(key(i, i)));
    assertNull(after.page(key(11, 11)));
    assertArrayEquals(value(1), after.page(key(-1, -1)));
    after.close(false);
  }
}
