package no.planvev.validate;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import no.planvev.diag.Message;

/**
 * Content never leaves content: a symbolic link under the content (or templates) folder is followed
 * only when it leads to a place inside that folder. Otherwise a link such as {@code assets/x.pdf ->
 * /etc/passwd} would copy any file of the machine into the public site.
 *
 * <p>Only the path itself is looked at (one {@code lstat}); the folders above it must have been
 * checked when they were listed. A path that is no link costs nothing more.
 */
public final class LinkGuard {

  /** The content folder, in messages. */
  public static final String CONTENT = "symlink.folder.content";

  /** The templates folder, in messages. */
  public static final String TEMPLATES = "symlink.folder.templates";

  private LinkGuard() {}

  /**
   * Null when {@code p} is no link, or a link that stays inside {@code root}, or a link to nothing
   * (reading it fails as any missing file does); else what is wrong, for a problem at {@code p}: a
   * link out of the folder ({@code folder} is {@link #CONTENT} or {@link #TEMPLATES}) or a loop of
   * links.
   */
  public static Message check(Path root, Path p, String folder) {
    if (!Files.isSymbolicLink(p)) return null;
    return escape(root, p, folder);
  }

  /** As {@link #check}, for a path already known to be a link, or to lie below one. */
  public static Message escape(Path root, Path p, String folder) {
    Path real;
    try {
      real = p.toRealPath();
    } catch (NoSuchFileException | AccessDeniedException e) {
      return null; // reading it fails, and says so, as for any file
    } catch (FileSystemException e) {
      // ELOOP ("too many levels of symbolic links"): the one other failure a link adds.
      return Message.of("symlink.loop");
    } catch (IOException e) {
      return null;
    }
    Path realRoot;
    try {
      realRoot = root.toRealPath();
    } catch (IOException e) {
      realRoot = root.toAbsolutePath().normalize();
    }
    return real.startsWith(realRoot)
        ? null
        : Message.of("symlink.outside", real, Message.of(folder));
  }
}
