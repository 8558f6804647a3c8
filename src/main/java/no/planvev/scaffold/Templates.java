package no.planvev.scaffold;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The scaffold templates in {@code src/main/resources/scaffold/}, with their fields filled. */
final class Templates {

  /** The files of a new site, relative to its content folder. */
  static final List<String> SITE =
      List.of(
          "site.yaml",
          "plans/strategisk-plan/plan.yaml",
          "projects/digital-byggesak/project.yaml",
          "hearings/kommuneplanens-arealdel.nb.md",
          "hearings/kommuneplanens-arealdel.en.md",
          "pages/om.nb.md",
          "pages/om.en.md");

  /**
   * The other files of a new site's repository: resource name under {@code repo/} → path in the
   * repository (resources are named without a leading dot: Maven leaves out {@code .gitignore}).
   */
  static final Map<String, String> REPO = new java.util.LinkedHashMap<>();

  static {
    REPO.put("README.md", "README.md");
    REPO.put("gitignore", ".gitignore");
    REPO.put("github-workflow.yml", ".github/workflows/planvev.yml");
    REPO.put("gitlab-ci.yml", ".gitlab-ci.yml");
  }

  private Templates() {}

  static String read(String name) {
    String resource = "/scaffold/" + name;
    try (InputStream in = Templates.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("missing template " + resource);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Fills {@code {{ID}}}, {@code {{TITLE}}}, dates and years. */
  static String fill(String template, String id, LocalDate today) {
    Map<String, String> values = new TreeMap<>();
    values.put("ID", id);
    values.put("TITLE", title(id));
    values.put("TODAY", today.toString());
    values.put("DEADLINE", today.plusWeeks(6).toString());
    values.put("Y1", Integer.toString(today.getYear() + 1));
    values.put("Y4", Integer.toString(today.getYear() + 4));
    values.put("YY", String.format(Locale.ROOT, "%02d", today.getYear() % 100));
    String out = template;
    for (var e : values.entrySet()) out = out.replace("{{" + e.getKey() + "}}", e.getValue());
    return out;
  }

  /** {@code kommuneplan-2027} → {@code Kommuneplan 2027}. */
  static String title(String id) {
    if (id.isEmpty()) return id;
    String words = id.replace('-', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
