package no.planvev.output;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import no.planvev.model.Activity;
import no.planvev.model.Initiative;
import no.planvev.model.Measure;
import no.planvev.model.Project;

/**
 * An activity with the project, initiative and measure it stands under ({@code initiative} and
 * {@code measure} null when it stands higher up), and a key that is stable across builds.
 *
 * <p>The key is a hash of the project id, the ids on the way down and the activity's title in
 * the default language, so inserting or moving another activity does not change it. Two
 * activities with the same title under the same parent get {@code -2}, {@code -3}, ... in document
 * order. Renaming an activity (in the default language) gives it a new key.
 */
public record LocatedActivity(
    Project project, Initiative initiative, Measure measure, Activity activity, String key) {

  /** Every activity of the project in document order (project, initiatives, measures). */
  public static List<LocatedActivity> of(Project project, String defaultLang) {
    List<LocatedActivity> out = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (Activity a : project.activities()) {
      out.add(locate(project, null, null, a, defaultLang, seen));
    }
    for (Initiative i : project.initiatives()) {
      for (Activity a : i.activities()) out.add(locate(project, i, null, a, defaultLang, seen));
      for (Measure m : i.measures()) {
        for (Activity a : m.activities()) out.add(locate(project, i, m, a, defaultLang, seen));
      }
    }
    return List.copyOf(out);
  }

  /** The id path: {@code project/initiative/measure}, as far down as the activity stands. */
  public String idPath() {
    StringBuilder sb = new StringBuilder(project.id());
    if (initiative != null) sb.append('/').append(initiative.id());
    if (measure != null) sb.append('/').append(measure.id());
    return sb.toString();
  }

  private static LocatedActivity locate(Project p, Initiative i, Measure m, Activity a,
      String defaultLang, Map<String, Integer> seen) {
    StringBuilder path = new StringBuilder(p.id());
    if (i != null) path.append('/').append(i.id());
    if (m != null) path.append('/').append(m.id());
    String title = a.title().resolve(defaultLang, defaultLang).map(r -> r.text()).orElse("");
    String name = path + "\n" + title;
    String hash = sha256(name).substring(0, 16);
    int n = seen.merge(name, 1, Integer::sum);
    return new LocatedActivity(p, i, m, a, n == 1 ? hash : hash + "-" + n);
  }

  private static String sha256(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
