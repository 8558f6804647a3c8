package no.planvev.output;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import no.planvev.diag.Message;

/**
 * Decides whether the folder {@code --output} names may be replaced. A build replaces the whole
 * output folder, so a mistyped {@code --output} must never name the sources, the project, a version
 * control folder, the home folder or {@code /}; and a folder planvev did not write (it has no
 * {@link #MARKER}) is replaced only with {@code --force}. A symbolic link is written through: the
 * folder it points to is replaced and the link stays.
 */
public final class OutputFolder {

  /** The file every build writes into the site, so that the next build knows the folder. */
  public static final String MARKER = ".planvev-output";

  /** The marker's bytes: the same in every build, so the output stays byte-identical. */
  static final String MARKER_TEXT =
      "planvev writes this folder and replaces all of it on every"
          + " build; do not keep other files here.\n";

  private static final Set<String> VCS = Set.of(".git", ".hg", ".svn");
  private static final int MAX_LINKS = 40;

  /** An output planvev refuses to replace; {@link #message()} says why (exit code 2). */
  public static final class Refused extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient Message message;

    Refused(Message message) {
      super(message.in("en"), null);
      this.message = message;
    }

    public Message message() {
      return message;
    }
  }

  /**
   * The folder to replace, with symbolic links followed; {@code link} is the output as given when
   * it is a link (the link stays, its target is replaced), else null.
   */
  public record Target(Path folder, Path link) {}

  private OutputFolder() {}

  /**
   * Checks {@code output} against the content and templates folders ({@code templates} null when
   * the site uses the built-in theme alone), the current folder, the home folder and version
   * control folders; with {@code force} a non-empty folder without the marker may be replaced
   * (nothing else is allowed by it).
   */
  public static Target check(Path output, Path content, Path templates, boolean force)
      throws Refused {
    Path given = output.toAbsolutePath().normalize();
    Path folder;
    try {
      folder = real(given, 0);
    } catch (FileSystemException e) {
      throw new Refused(Message.of("output.loop", output));
    } catch (IOException e) {
      throw new Refused(Message.of("output.unreadable", output, e.getMessage()));
    }
    if (folder.getParent() == null) throw new Refused(Message.of("output.root", output));
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      throw new Refused(Message.of("output.notFolder", output));
    }
    List<Guarded> guarded =
        List.of(
            new Guarded(content, Message.of("output.what.content", content)),
            new Guarded(templates, Message.of("output.what.templates", templates)),
            new Guarded(Path.of(""), Message.of("output.what.current", given(Path.of("")))),
            new Guarded(
                Path.of(System.getProperty("user.home", "/")),
                Message.of("output.what.home", System.getProperty("user.home", "/"))));
    for (Guarded g : guarded) {
      Path p = realOrNull(g.path());
      if (p == null) continue;
      if (p.startsWith(folder)) throw new Refused(Message.of("output.holds", output, g.what()));
    }
    for (Guarded g : guarded.subList(0, 2)) {
      Path p = realOrNull(g.path());
      if (p != null && folder.startsWith(p)) {
        throw new Refused(Message.of("output.inside", output, g.what()));
      }
    }
    for (Path part : folder) {
      if (VCS.contains(part.toString())) {
        throw new Refused(Message.of("output.inVcs", output, part));
      }
    }
    for (String vcs : VCS) {
      if (Files.exists(folder.resolve(vcs))) {
        throw new Refused(
            Message.of("output.holds", output, Message.of("output.what.vcs", folder.resolve(vcs))));
      }
    }
    if (!force && Files.isDirectory(folder) && !planvevWrote(folder)) {
      throw new Refused(Message.of("output.notSite", output, MARKER));
    }
    return new Target(folder, Files.isSymbolicLink(given) ? given : null);
  }

  /**
   * Whether planvev wrote {@code folder}: it has the marker, it is empty, or it is a site built
   * before there was a marker (an {@code index.html} and a {@code sitemap.xml} at the top).
   */
  static boolean planvevWrote(Path folder) throws Refused {
    if (Files.isRegularFile(folder.resolve(MARKER))) return true;
    if (Files.isRegularFile(folder.resolve("index.html"))
        && Files.isRegularFile(folder.resolve("sitemap.xml"))) {
      return true;
    }
    try (var entries = Files.list(folder)) {
      return entries.findAny().isEmpty();
    } catch (IOException e) {
      throw new Refused(Message.of("output.unreadable", folder, e.getMessage()));
    }
  }

  private record Guarded(Path path, Message what) {}

  private static String given(Path p) {
    return p.toAbsolutePath().normalize().toString();
  }

  private static Path realOrNull(Path p) {
    if (p == null) return null; // no templates folder: the built-in theme alone
    try {
      return p.toAbsolutePath().toRealPath();
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * {@code p} with every link followed, also one whose target does not exist yet (it is created
   * there) and links in folders above it; a loop of links is a {@link FileSystemException}.
   */
  private static Path real(Path p, int hops) throws IOException {
    if (hops > MAX_LINKS) throw new FileSystemException(p.toString(), null, "loop of links");
    if (Files.exists(p)) return p.toRealPath();
    if (Files.isSymbolicLink(p)) {
      Path target = Files.readSymbolicLink(p);
      Path parent = p.getParent();
      return real(parent == null ? target : parent.resolve(target).normalize(), hops + 1);
    }
    Deque<Path> names = new ArrayDeque<>();
    Path existing = p;
    while (existing != null && !Files.exists(existing) && !Files.isSymbolicLink(existing)) {
      names.push(existing.getFileName());
      existing = existing.getParent();
    }
    Path out = existing == null ? p.getRoot() : real(existing, hops + 1);
    while (!names.isEmpty()) out = out.resolve(names.pop());
    return out;
  }
}
