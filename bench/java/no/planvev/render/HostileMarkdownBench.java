package no.planvev.render;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import no.planvev.cli.Cli;

/**
 * The Markdown bodies of the reliability probe (issue #18), timed: each as a page of a small site
 * checked end to end with {@code planvev check} (the limits refuse most of them at once), and the
 * ones that render timed through {@link Markdown} at growing sizes, so that a quadratic path shows
 * as a ratio near 64 for 8 times the input instead of near 8. Every figure has a generous bound;
 * the run exits 1 when one is missed or a case crashes (exit 3). Not a unit test: run it by hand
 * on a quiet machine and read the figures (docs/performance.md, "Hostile Markdown").
 *
 * <pre>
 * mvn -Pbench -DskipTests package test-compile
 * java -Xss1m -cp target/planvev.jar:target/test-classes no.planvev.render.HostileMarkdownBench
 *     [--reference]
 * </pre>
 *
 * {@code --reference} also times the original flexmark set-up ({@code Markdown.stock()}) on the
 * formerly quadratic inputs at small sizes (it needs minutes beyond 100 KB).
 */
public final class HostileMarkdownBench {

  /** Seconds one {@code check} of the small site with one hostile page may take. */
  static final double CHECK_BOUND_S = 30;
  /** How much longer 8 times the input may take: linear is about 8, quadratic 64. */
  static final double RATIO_BOUND = 24;

  public static void main(String[] args) throws IOException {
    boolean reference = List.of(args).contains("--reference");
    List<String> missed = new ArrayList<>();

    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("1,000 nested >", ">".repeat(1000) + " x");
    pages.put("5,000 '- '", "- ".repeat(5000) + "x");
    pages.put("20,000 *", "*".repeat(20_000));
    StringBuilder list = new StringBuilder();
    for (int i = 0; i < 700; i++) list.append("  ".repeat(i)).append("- x\n");
    pages.put("700-level list", list.toString());
    pages.put("4,000 [![", "[![".repeat(4000));
    pages.put("1000x400 table", table(1000, 400));
    pages.put("1000x200 table", table(1000, 200));
    pages.put("[a](b x 20,000 (100 KB)", "[a](b".repeat(20_000));
    pages.put("[a](b x 200,000 (1 MB)", "[a](b".repeat(200_000));
    pages.put("10,000 reference definitions", references(10_000));
    pages.put("50,000 reference definitions", references(50_000));
    pages.put("deep emphasis (stack)", "*a ".repeat(40_000) + "b" + " c*".repeat(40_000));

    Path site = Files.createTempDirectory("planvev-hostile");
    copy(Path.of("src/test/resources/invalid/_base"), site);
    System.out.printf("%-32s %5s %9s  %s%n", "planvev check, one page", "exit", "seconds",
        "first message");
    for (var e : pages.entrySet()) {
      Files.writeString(site.resolve("pages/x.nb.md"), "---\ntitle: X\n---\n" + e.getValue()
          + "\n");
      StringWriter err = new StringWriter();
      long t0 = System.nanoTime();
      int exit = Cli.run(new String[] {"check", "--content", site.toString(), "--date",
          "2026-11-23", "--messages", "en"}, new PrintWriter(new StringWriter()),
          new PrintWriter(err, true));
      double s = (System.nanoTime() - t0) / 1e9;
      String first = err.toString().lines().findFirst().orElse("");
      System.out.printf("%-32s %5d %9.2f  %s%n", e.getKey(), exit, s,
          first.length() > 90 ? first.substring(0, 90) + "..." : first);
      if (exit == 3 || s > CHECK_BOUND_S) missed.add(e.getKey() + " (exit " + exit + ", " + s + " s)");
    }

    Map<String, IntFunction<String>> grow = new LinkedHashMap<>();
    grow.put("[a](b repeated", n -> "[a](b".repeat(n / 5));
    grow.put("reference definitions", HostileMarkdownBench::referencesOfSize);
    grow.put("paragraph: *emphasis* and [link]", n -> "word *emph* [link](x) `c`\n".repeat(n / 26));
    grow.put("table, 200 columns", n -> table(n / 1200, 200));
    grow.put("[ repeated", n -> "[".repeat(n));
    Markdown md = new Markdown(false);
    System.out.printf("%n%-34s %9s %9s %9s %9s %7s%n", "Markdown.toHtml, ms", "100 KB", "200 KB",
        "400 KB", "800 KB", "800/100");
    for (var e : grow.entrySet()) {
      for (int i = 0; i < 3; i++) md.toHtml(e.getValue().apply(50_000), 2);  // warm up
      double[] ms = new double[4];
      int[] sizes = {100_000, 200_000, 400_000, 800_000};
      for (int i = 0; i < sizes.length; i++) ms[i] = time(md::toHtml, e.getValue().apply(sizes[i]));
      double ratio = ms[3] / Math.max(ms[0], 1);
      System.out.printf("%-34s %9.0f %9.0f %9.0f %9.0f %7.1f%n", e.getKey(), ms[0], ms[1], ms[2],
          ms[3], ratio);
      if (ratio > RATIO_BOUND) missed.add(e.getKey() + " grows " + ratio + "x for 8x the input");
    }

    if (reference) {
      Markdown ref = Markdown.stock();
      System.out.printf("%n%-34s %9s %9s %9s %7s%n", "stock flexmark (before), ms", "25 KB",
          "50 KB", "100 KB", "100/25");
      for (String name : List.of("[a](b repeated", "reference definitions")) {
        IntFunction<String> f = grow.get(name);
        ref.toHtml(f.apply(10_000), 2);
        double[] ms = new double[3];
        int[] sizes = {25_000, 50_000, 100_000};
        for (int i = 0; i < sizes.length; i++) ms[i] = time(ref::toHtml, f.apply(sizes[i]));
        System.out.printf("%-34s %9.0f %9.0f %9.0f %7.1f%n", name, ms[0], ms[1], ms[2],
            ms[2] / Math.max(ms[0], 1));
      }
    }

    if (!missed.isEmpty()) {
      System.out.println("\nMISSED: " + missed);
      System.exit(1);
    }
    System.out.println("\nall within bounds (check under " + CHECK_BOUND_S
        + " s each, growth under " + RATIO_BOUND + "x for 8x the input)");
  }

  private interface Render {
    String apply(String markdown, int base);
  }

  private static double time(Render r, String markdown) {
    long t0 = System.nanoTime();
    try {
      r.apply(markdown, 2);
    } catch (Markdown.TooComplex e) {
      // timed all the same: a refusal is an answer
    }
    return (System.nanoTime() - t0) / 1e6;
  }

  static String table(int rows, int columns) {
    StringBuilder sb = new StringBuilder("|h".repeat(columns)).append('\n')
        .append("|---".repeat(columns)).append('\n');
    for (int r = 0; r < rows; r++) sb.append(("|c" + r).repeat(columns)).append('\n');
    return sb.toString();
  }

  static String references(int count) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < count; i++) {
      sb.append("[r").append(i).append("]: https://example.no/u").append(i).append('\n');
    }
    return sb.append("\nSe [siste][r").append(count - 1).append("].\n").toString();
  }

  static String referencesOfSize(int chars) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; sb.length() < chars; i++) {
      sb.append("[r").append(i).append("]: /u").append(i).append('\n');
    }
    return sb.toString();
  }

  private static void copy(Path from, Path to) throws IOException {
    try (var files = Files.walk(from)) {
      for (Path f : files.toList()) {
        Path t = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) Files.createDirectories(t);
        else Files.copy(f, t);
      }
    }
  }
}
