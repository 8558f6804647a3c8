package no.planvev.render;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import no.planvev.bench.SyntheticSite;

/**
 * A plain loop over 400 synthetic page bodies and summaries, for profiling with JFR (no JMH in
 * the stacks) and for an A/B comparison on a busy machine: {@code MODE} {@code ab} alternates
 * rounds of the current and the reference renderer and prints the median thread CPU time per
 * document of each; {@code current} or {@code reference} loops over one only.
 *
 * <pre>java [-XX:StartFlightRecording=...] -cp ... no.planvev.render.MarkdownProfile SECONDS MODE</pre>
 */
public final class MarkdownProfile {

  public static void main(String[] args) {
    long seconds = args.length > 0 ? Long.parseLong(args[0]) : 20;
    String mode = args.length > 1 ? args[1] : "ab";
    SyntheticSite site = new SyntheticSite(20261117L);
    List<String> bodies = new ArrayList<>();
    List<String> summaries = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      for (String lang : List.of("nb", "en")) {
        var p = site.page(i, lang);
        bodies.add(p.body());
        summaries.add(p.summary());
      }
    }
    Markdown md = new Markdown(false);
    Markdown ref = Markdown.stock();
    List<Impl> impls = new ArrayList<>();
    if (!mode.equals("reference")) impls.add(new Impl("current", md::toHtml, md::inlineHtml));
    if (!mode.equals("current")) impls.add(new Impl("reference", ref::toHtml, ref::inlineHtml));
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    long sink = 0;
    List<List<Double>> rounds = new ArrayList<>();
    impls.forEach(i -> rounds.add(new ArrayList<>()));
    while (System.nanoTime() < end) {
      for (int k = 0; k < impls.size(); k++) {
        Impl impl = impls.get(k);
        long[] cpu = new long[3];
        long t0 = mx.getCurrentThreadCpuTime();
        for (String b : bodies) sink += impl.block.apply(b, 2).length();
        long t1 = mx.getCurrentThreadCpuTime();
        for (String s : summaries) sink += impl.inline.apply(s).length();
        long t2 = mx.getCurrentThreadCpuTime();
        rounds.get(k).add((t1 - t0) / 1000.0 / bodies.size());
        rounds.get(k).add(-(t2 - t1) / 1000.0 / summaries.size());
        cpu[0] = t0;
      }
    }
    for (int k = 0; k < impls.size(); k++) {
      double[] body = rounds.get(k).stream().filter(d -> d >= 0).mapToDouble(d -> d).toArray();
      double[] inl = rounds.get(k).stream().filter(d -> d < 0).mapToDouble(d -> -d).toArray();
      System.out.printf("%-9s body %7.1f µs CPU (median of %d rounds, last half %7.1f), "
          + "summary %6.2f µs%n", impls.get(k).name, median(body), body.length,
          median(Arrays.copyOfRange(body, body.length / 2, body.length)), median(inl));
    }
    System.out.println("(" + sink + ")");
  }

  private record Impl(String name, BiFunction<String, Integer, String> block,
      Function<String, String> inline) {}

  private static double median(double[] xs) {
    double[] s = xs.clone();
    Arrays.sort(s);
    return s.length == 0 ? Double.NaN : s[s.length / 2];
  }
}
