package no.planvev.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a municipality does with the jar alone, run as it would run it: in a fresh folder that holds
 * nothing but planvev.jar, {@code java -jar planvev.jar new site my-site}, then in my-site {@code
 * java -jar ../planvev.jar build}, {@code check} and {@code serve}, each in its own JVM. Needs the
 * packaged jar: run by {@code mvn verify} after {@code package}.
 */
class JarOnlyIT {

  static final Path JAR = Path.of("target", "planvev.jar");

  @TempDir Path dir;

  private Processes.Result java(Path in, String... args) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of(Processes.java(), "-jar"));
    command.addAll(List.of(args));
    return Processes.run(in, 300, command);
  }

  @Test
  void newSiteBuildsChecksAndServesWithTheJarAlone() throws Exception {
    assertTrue(Files.isRegularFile(JAR), "run mvn package first: no " + JAR.toAbsolutePath());
    Files.copy(JAR, dir.resolve("planvev.jar"));

    Processes.Result version = java(dir, "planvev.jar", "--version");
    assertEquals(0, version.exit(), version.output());
    assertTrue(
        version
            .output()
            .matches(
                "planvev \\d+\\.\\d+\\.\\d+\\S* \\(commit ([0-9a-f]{7,40}(-dirty)?|unknown)\\)\\n"),
        version.output());

    Processes.Result created = java(dir, "planvev.jar", "new", "site", "my-site");
    assertEquals(0, created.exit(), created.output());
    Path site = dir.resolve("my-site");
    assertFalse(Files.exists(site.resolve("templates")), "the theme comes from the jar");
    assertTrue(Files.isRegularFile(site.resolve(".github/workflows/planvev.yml")));

    Processes.Result build = java(site, "../planvev.jar", "build");
    assertEquals(0, build.exit(), build.output());
    assertTrue(build.output().startsWith("planvev: wrote "), build.output());
    assertFalse(build.output().contains("\r"), "no progress line off a terminal");
    for (String f :
        List.of(
            "index.html", "nb/index.html", "en/index.html", "static/planvev.css", "sitemap.xml")) {
      assertTrue(Files.isRegularFile(site.resolve("site").resolve(f)), f);
    }
    assertArrayEqualsToBuiltIn(site.resolve("site/static/planvev.css"));

    Processes.Result check = java(site, "../planvev.jar", "check", "--strict");
    assertEquals(0, check.exit(), check.output());

    serve(site);
  }

  @Test
  void theStartScriptAndAnInstalledLauncherRunTheJar() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        Files.isExecutable(Path.of("/bin/sh")), "no /bin/sh: the launchers are shell scripts");
    Path script = Path.of("target", "planvev");
    assertTrue(Files.isExecutable(script), "mvn package writes " + script);
    Processes.Result viaScript =
        Processes.run(dir, 60, List.of(script.toAbsolutePath().toString(), "--version"));
    assertEquals(0, viaScript.exit(), viaScript.output());
    assertTrue(viaScript.output().startsWith("planvev "), viaScript.output());

    Path bin = dir.resolve("bin");
    Processes.Result install =
        Processes.run(
            dir, 60, List.of(script.toAbsolutePath().toString(), "install", bin.toString()));
    assertEquals(0, install.exit(), install.output());
    Processes.Result installed =
        Processes.run(dir, 60, List.of(bin.resolve("planvev").toString(), "--version"));
    assertEquals(0, installed.exit(), installed.output());
    assertEquals(viaScript.output(), installed.output());
  }

  /** The copied stylesheet is the repository's templates/static/planvev.css, from the jar. */
  private static void assertArrayEqualsToBuiltIn(Path copied) throws Exception {
    assertTrue(
        java.util.Arrays.equals(
            Files.readAllBytes(Path.of("templates/static/planvev.css")),
            Files.readAllBytes(copied)));
  }

  private void serve(Path site) throws Exception {
    Process p =
        new ProcessBuilder(Processes.java(), "-jar", "../planvev.jar", "serve", "--port", "0")
            .directory(site.toFile())
            .redirectErrorStream(true)
            .start();
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      Pattern at = Pattern.compile("Preview at (http://127\\.0\\.0\\.1:\\d+/)");
      String url = null;
      StringBuilder seen = new StringBuilder();
      for (String line; url == null && (line = r.readLine()) != null; ) {
        seen.append(line).append('\n');
        Matcher m = at.matcher(line);
        if (m.find()) url = m.group(1);
      }
      assertTrue(url != null, "serve did not say where:\n" + seen);
      HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
      HttpResponse<String> home =
          client.send(
              HttpRequest.newBuilder(URI.create(url + "nb/"))
                  .timeout(Duration.ofSeconds(30))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(200, home.statusCode(), home.body());
      Document doc = Jsoup.parse(home.body());
      assertEquals("nb", doc.selectFirst("html").attr("lang"));
      assertTrue(doc.title().contains("Eksempel kommune"), doc.title());
      HttpResponse<String> css =
          client.send(
              HttpRequest.newBuilder(URI.create(url + "static/planvev.css")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(200, css.statusCode());
    } finally {
      p.destroy();
      if (!p.waitFor(20, TimeUnit.SECONDS)) p.destroyForcibly().waitFor();
    }
  }
}
