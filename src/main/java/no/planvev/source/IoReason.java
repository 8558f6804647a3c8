package no.planvev.source;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import no.planvev.diag.Message;

/**
 * Why a file could not be read, in the editor's words. The JDK's message for the common cases is
 * only the path ({@code AccessDeniedException: /x/y}), which says nothing the message does not.
 */
public final class IoReason {

  private IoReason() {}

  /** The reason, as a catalog message or the system's own words. */
  public static Message of(IOException e) {
    if (e instanceof AccessDeniedException) return Message.of("io.denied");
    if (e instanceof NoSuchFileException) return Message.of("io.missing");
    if (e instanceof NotDirectoryException) return Message.of("io.notFolder");
    if (e instanceof FileSystemLoopException) return Message.of("io.loop");
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return Message.literal(Names.visible(f.getReason()));
    }
    String m = e.getMessage();
    if (m == null || m.isBlank()) m = e.getClass().getSimpleName();
    return Message.literal(Names.visible(m));
  }
}
