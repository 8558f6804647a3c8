package no.planvev.theme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Where each file of the theme comes from. The built-in theme ships in the jar (under {@code
 * theme/}, made from the repository's {@code templates/} folder); an override folder — {@code
 * --templates DIR}, else a {@code templates/} folder beside the content folder — replaces it file
 * by file, as Hugo's lookup order does: a site may override only {@code home.ftlh}, only {@code
 * i18n/nb.yaml} or a single file under {@code static/}. Names are relative to the theme with {@code
 * /} as the separator ({@code home.ftlh}, {@code i18n/nb.yaml}, {@code static/planvev.css}).
 */
public final class Theme {

  /** A file of the theme: its name, where it is, and how messages name it. */
  public record File(String name, Path path, String shown, boolean builtIn) {}

  /** The name of the folder beside the content folder that overrides the built-in theme. */
  public static final String FOLDER = "templates";

  private static volatile Path builtInRoot;

  private final Path override;
  private final String overrideShown;

  private Theme(Path override) {
    this.override = override;
    this.overrideShown = override == null ? null : shown(override);
  }

  /** The built-in theme alone. */
  public static Theme builtIn() {
    return new Theme(null);
  }

  /** {@code dir} over the built-in theme; {@code dir} need not exist. */
  public static Theme over(Path dir) {
    return new Theme(dir);
  }

  /**
   * The lookup order of a build: {@code templates} (the {@code --templates} option) when given,
   * else a {@code templates/} folder beside {@code content} when there is one, then the built-in
   * theme.
   */
  public static Theme lookup(Path templates, Path content) {
    if (templates != null) return new Theme(templates);
    Path beside = beside(content);
    return new Theme(beside != null && Files.isDirectory(beside) ? beside : null);
  }

  /**
   * The {@code templates/} folder beside {@code content}, shown relative to here when inside it.
   */
  static Path beside(Path content) {
    Path parent = content.toAbsolutePath().normalize().getParent();
    if (parent == null) return null;
    Path dir = parent.resolve(FOLDER);
    Path here = Path.of("").toAbsolutePath();
    return dir.startsWith(here) ? here.relativize(dir) : dir;
  }

  /** The override folder, if there is one (it may not exist when given with --templates). */
  public Optional<Path> overrideDir() {
    return Optional.ofNullable(override);
  }

  /** The file called {@code name}: the override's if it has one, else the built-in one. */
  public Optional<File> find(String name) {
    if (name.isEmpty()
        || name.startsWith("/")
        || name.contains("\\")
        || List.of(name.split("/")).contains("..")) {
      return Optional.empty();
    }
    if (override != null) {
      Path p = override.resolve(name);
      if (Files.isRegularFile(p))
        return Optional.of(new File(name, p, overrideShown + name, false));
    }
    Path p = root().resolve(name);
    if (Files.isRegularFile(p)) return Optional.of(new File(name, p, name, true));
    return Optional.empty();
  }

  /** How messages name the file {@code name}: the override's path, else the bare name. */
  public String shown(String name) {
    return find(name).map(File::shown).orElse(override == null ? name : overrideShown + name);
  }

  /**
   * The override folder's own files (none without one), sorted by name; names starting with a dot
   * are left out.
   */
  public List<File> overrideFiles() throws IOException {
    Map<String, File> all = new TreeMap<>();
    if (override != null && Files.isDirectory(override)) collect(override, "", false, all);
    return List.copyOf(all.values());
  }

  /**
   * Every file under {@code folder} ({@code ""} for all, else e.g. {@code "static"}), the
   * override's taking the place of a built-in file of the same name, sorted by name. Files and
   * folders whose names start with a dot are left out.
   */
  public List<File> files(String folder) throws IOException {
    Map<String, File> all = new TreeMap<>();
    collect(root(), folder, true, all);
    if (override != null && Files.isDirectory(override)) collect(override, folder, false, all);
    return List.copyOf(all.values());
  }

  private void collect(Path base, String folder, boolean builtIn, Map<String, File> into)
      throws IOException {
    Path start = folder.isEmpty() ? base : base.resolve(folder);
    if (!Files.isDirectory(start)) return;
    try (Stream<Path> s = Files.walk(start)) {
      for (Path f : (Iterable<Path>) s::iterator) {
        if (!Files.isRegularFile(f)) continue;
        String name = slashes(base.relativize(f));
        if (name.startsWith(".") || name.contains("/.")) continue;
        into.put(name, new File(name, f, builtIn ? name : overrideShown + name, builtIn));
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * Folders in which problem paths ({@link File#shown}) can be found: the working folder for
   * overrides, the built-in theme for its bare names.
   */
  public static List<Path> problemRoots() {
    return List.of(Path.of(""), root());
  }

  private static String shown(Path dir) {
    String s = slashes(dir);
    return s.isEmpty() || s.endsWith("/") ? s : s + "/";
  }

  private static String slashes(Path p) {
    return p.toString().replace('\\', '/');
  }

  /**
   * The built-in theme's folder: in the jar (opened once as a zip file system), or under
   * target/classes when run from the build.
   */
  static Path root() {
    Path r = builtInRoot;
    if (r != null) return r;
    synchronized (Theme.class) {
      if (builtInRoot == null) builtInRoot = locate();
      return builtInRoot;
    }
  }

  private static Path locate() {
    URL url = Theme.class.getResource("/theme/home.ftlh");
    if (url == null) throw new IllegalStateException("the built-in theme is missing from planvev");
    try {
      URI uri = url.toURI();
      if (uri.getScheme().equals("jar")) {
        try {
          FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
          // opened before: Path.of finds it
        }
      }
      return Path.of(uri).getParent();
    } catch (URISyntaxException | IOException e) {
      throw new IllegalStateException("cannot open the built-in theme at " + url, e);
    }
  }
}
