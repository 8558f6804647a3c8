package no.planvev.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site does not depend on the machine's language: the demo built by the real command in a JVM
 * whose default locale writes other digits (Persian, Arabic) or other case rules (Turkish dotless
 * i) is byte for byte the site built under English.
 */
class LocaleIndependenceTest {

  @Test
  void theDemoSiteIsTheSameBytesUnderPersianArabicAndTurkishLocales(@TempDir Path tmp)
      throws Exception {
    Map<String, byte[]> reference = files(build(tmp, "en", "US"));
    assertTrue(reference.containsKey("data/site.json"), reference.keySet().toString());
    for (String[] locale : new String[][] {{"fa", "IR"}, {"ar", "EG"}, {"tr", "TR"}}) {
      Map<String, byte[]> other = files(build(tmp, locale[0], locale[1]));
      assertEquals(reference.keySet(), other.keySet(), locale[0]);
      for (var e : reference.entrySet()) {
        String a = new String(e.getValue(), java.nio.charset.StandardCharsets.UTF_8);
        String b = new String(other.get(e.getKey()), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(a, b, locale[0] + "_" + locale[1] + ": " + e.getKey());
      }
    }
  }

  /** Runs {@code planvev build} on the demo in a child JVM with the given default locale. */
  private static Path build(Path tmp, String language, String country)
      throws IOException, InterruptedException {
    Path out = tmp.resolve("site-" + language);
    List<String> cmd =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.language=" + language,
                "-Duser.country=" + country,
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                "no.planvev.cli.Main",
                "build",
                "--content",
                "content",
                "--templates",
                "templates",
                "--output",
                out.toString(),
                "--date",
                "2026-11-23",
                "--messages",
                "en"));
    ProcessBuilder pb =
        new ProcessBuilder(cmd)
            .redirectErrorStream(true)
            .redirectOutput(tmp.resolve("log-" + language + ".txt").toFile());
    pb.environment().remove("SOURCE_DATE_EPOCH");
    Process p = pb.start();
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "build under " + language + " did not end");
    assertEquals(0, p.exitValue(), Files.readString(tmp.resolve("log-" + language + ".txt")));
    return out;
  }

  private static Map<String, byte[]> files(Path root) throws IOException {
    Map<String, byte[]> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        out.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
      }
    }
    return out;
  }
}
