package no.planvev.scaffold;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code planvev new}: {@code new site DIR} writes a site's repository {@code DIR}: a small working
 * bilingual {@code content/} folder, a README for editors, {@code .gitignore} and CI files for
 * GitHub and GitLab; {@code new plan|project|hearing|page ID} writes one content file with every
 * key explained. Never overwrites a file.
 */
public final class NewCommand {

  /** Lowercase a–z, digits, single hyphens between them; they become file names and URLs. */
  static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private NewCommand() {}

  /**
   * What is wrong with the words after {@code planvev new} (a usage mistake, said in one line), or
   * null when they are a kind and an ID (or {@code site} and a folder).
   */
  public static String usageProblem(List<String> words) {
    if (words.isEmpty()) return "say what to make: site, plan, project, hearing or page";
    if (words.size() != 2) {
      return "planvev new "
          + words.get(0)
          + " takes one "
          + (words.get(0).equals("site") ? "folder" : "ID");
    }
    String what = words.get(0);
    String name = words.get(1);
    if (what.equals("site")) return null;
    Kind kind = Kind.of(what);
    if (kind == null) {
      return "cannot make '" + what + "': choose site, plan, project, hearing or page";
    }
    if (!ID.matcher(name).matches()) {
      return "'"
          + name
          + "' is not a valid ID: use lowercase letters a-z, digits"
          + " and single hyphens, e.g. "
          + example(kind)
          + " (write æ, ø, å as ae, o, a)";
    }
    return null;
  }

  /**
   * Writes what {@code words} ask for ({@code site DIR}, or a kind and an ID in {@code content});
   * the words must have no {@link #usageProblem}. Exit codes: 0 written, 1 the file exists or
   * cannot be written.
   */
  public static int run(
      List<String> words, Path content, PrintWriter out, PrintWriter err, LocalDate today) {
    String problem = usageProblem(words);
    if (problem != null) throw new IllegalArgumentException(problem);
    try {
      String what = words.get(0);
      String name = words.get(1);
      if (what.equals("site")) return site(Path.of(name), out, err, today);
      Kind kind = Kind.of(what);
      Path file = kind.file(content, name);
      String text = Templates.fill(Templates.read(kind.template), name, today);
      if (!write(file, text, err)) return 1;
      out.println("wrote " + file + " — fill it in; every key is explained in it");
      return 0;
    } finally {
      out.flush();
      err.flush();
    }
  }

  private static int site(Path repo, PrintWriter out, PrintWriter err, LocalDate today) {
    try {
      if (Files.isDirectory(repo)) {
        try (var entries = Files.list(repo)) {
          if (entries.findAny().isPresent()) {
            err.println(
                "planvev new: "
                    + repo
                    + " already has files; nothing was written"
                    + " (choose a new folder)");
            return 1;
          }
        }
      }
    } catch (IOException e) {
      err.println("planvev new: cannot read " + repo + ": " + e.getMessage());
      return 1;
    }
    Path content = repo.resolve("content");
    for (String rel : Templates.SITE) {
      String text = Templates.fill(Templates.read("site/" + rel), "", today);
      if (!write(content.resolve(rel), text, err)) return 1;
    }
    Path name = repo.toAbsolutePath().normalize().getFileName();
    String id = name == null ? "" : name.toString().toLowerCase(java.util.Locale.ROOT);
    for (var e : Templates.REPO.entrySet()) {
      String text = Templates.fill(Templates.read("repo/" + e.getKey()), id, today);
      if (!write(repo.resolve(e.getValue()), text, err)) return 1;
    }
    out.println(
        "wrote a new site to "
            + repo
            + ": content/ ("
            + Templates.SITE.size()
            + " files), README.md, .gitignore, .github/workflows/planvev.yml, .gitlab-ci.yml");
    out.println(
        "preview it with: cd "
            + repo
            + " && planvev serve"
            + "  (or: java -jar planvev.jar serve)");
    return 0;
  }

  /** Writes a new file; says so and returns false when it exists or cannot be written. */
  private static boolean write(Path file, String text, PrintWriter err) {
    try {
      if (file.getParent() != null) Files.createDirectories(file.getParent());
      Files.writeString(
          file,
          text,
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE);
      return true;
    } catch (FileAlreadyExistsException e) {
      err.println(
          "planvev new: "
              + file
              + " already exists; nothing was written"
              + " (choose another ID, or edit the file)");
      return false;
    } catch (IOException e) {
      err.println("planvev new: cannot write " + file + ": " + e.getMessage());
      return false;
    }
  }

  private static String example(Kind kind) {
    return switch (kind) {
      case PLAN -> "kommuneplan-2027";
      case PROJECT -> "digital-byggesak";
      case HEARING -> "nasjonal-transportplan";
      case PAGE -> "kontakt";
    };
  }
}
