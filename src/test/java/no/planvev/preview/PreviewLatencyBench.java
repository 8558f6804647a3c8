package no.planvev.preview;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import no.planvev.TestFiles;
import no.planvev.build.Builder;

/**
 * Not a test: measures save-to-served latency of {@code planvev serve} on a copy of the demo site.
 * Each round edits one content file and polls the page until its bytes change.
 *
 * <pre>
 * mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp "target/classes:target/test-classes:$(cat target/cp.txt)" \
 *     no.planvev.preview.PreviewLatencyBench [edits] [incremental|full] [content file page [warm-ups]]
 * </pre>
 *
 * <p>{@code incremental} (the default) is what {@code planvev serve} does; {@code full} rebuilds
 * everything on every save, for comparison in the same session.
 */
public final class PreviewLatencyBench {

  private PreviewLatencyBench() {}

  public static void main(String[] args) throws Exception {
    int edits = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    boolean full = args.length > 1 && args[1].equals("full");
    // Optional: another content folder (e.g. target/bench/1000/content from bench/run.sh), the
    // Markdown file to edit in it and the page that shows it.
    Path source = Path.of(args.length > 2 ? args[2] : "content");
    String fileToEdit = args.length > 3 ? args[3] : "pages/om.nb.md";
    String pagePath = args.length > 4 ? args[4] : "/nb/om/";
    // Optional sixth: unmeasured edits first (default 3). A preview that has run a while has a
    // warm JIT; a large site needs a few dozen saves to get there.
    int warmups = args.length > 5 ? Integer.parseInt(args[5]) : 3;
    Path dir = Files.createTempDirectory("planvev-bench");
    Path content = dir.resolve("content");
    TestFiles.copyTree(source, content);
    StringWriter log = new StringWriter();
    PrintWriter w = new PrintWriter(log, true);
    ServeOptions serve =
        no.planvev.cli.Cli.serveOptions(
            List.of(
                "--port",
                "0",
                "--content",
                content.toString(),
                "--templates",
                "templates",
                "--date",
                "2026-11-23"),
            Map.of());
    Object started =
        full
            ? PreviewCommand.start(serve, w, w, Builder::render)
            : PreviewCommand.startIncremental(serve, w, w);
    if (!(started instanceof PreviewCommand.Running running)) {
      System.err.println(log);
      System.exit(1);
      return;
    }
    try (running) {
      URI page = URI.create("http://127.0.0.1:" + running.server().port() + pagePath);
      Path about = content.resolve(fileToEdit);
      String original = Files.readString(about);
      // Warm up: the first builds in a JVM are slow (class loading, JIT).
      long[] ms = new long[edits];
      try {
        for (int i = 0; i < warmups; i++) measure(page, about, original, "warm" + i);
        for (int i = 0; i < edits; i++) ms[i] = measure(page, about, original, "run" + i);
      } catch (IllegalStateException e) {
        System.err.println(e.getMessage() + "\n" + log);
        System.exit(1);
      }
      long[] sorted = ms.clone();
      Arrays.sort(sorted);
      System.out.printf(
          "%s rebuilds; save-to-served latency over %d one-file edits of"
              + " %s: median %d ms, p90 %d ms, min %d ms, max %d ms%n",
          full ? "full" : "incremental",
          edits,
          source,
          sorted[edits / 2],
          sorted[(int) Math.ceil(edits * 0.9) - 1],
          sorted[0],
          sorted[edits - 1]);
      List<Long> builds = new ArrayList<>();
      for (String line : log.toString().split("\n")) {
        java.util.regex.Matcher m =
            java.util.regex.Pattern.compile("^build \\d+ ok in (\\d+) ms").matcher(line);
        if (m.find()) builds.add(Long.parseLong(m.group(1)));
      }
      List<Long> timed = new ArrayList<>(builds.subList(builds.size() - edits, builds.size()));
      timed.sort(null);
      System.out.printf(
          "of which the in-memory rebuild: median %d ms (%d rebuilds)%n",
          timed.get(timed.size() / 2), timed.size());
    }
  }

  /** Milliseconds from writing the file to the first response with the new text. */
  private static long measure(URI page, Path file, String original, String marker)
      throws Exception {
    String edited = original + "\n\nEndret (" + marker + ").\n";
    long start = System.nanoTime();
    Files.writeString(file, edited);
    while (true) {
      if (System.nanoTime() - start > 30_000_000_000L) {
        throw new IllegalStateException("the edit " + marker + " was not served within 30 s");
      }
      HttpResponse<String> r =
          Fixtures.CLIENT.send(
              HttpRequest.newBuilder(page).build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (r.body().contains("(" + marker + ")")) break;
      Thread.sleep(5);
    }
    return (System.nanoTime() - start) / 1_000_000;
  }
}
