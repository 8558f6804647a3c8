package no.planvev.output;

import java.io.IOException;
import java.nio.file.Path;

/** Lets tests in other packages remove folders the way the site writer does. */
public final class SiteWriterAccess {

  private SiteWriterAccess() {}

  public static void deleteTree(Path root) throws IOException {
    SiteWriter.deleteTree(root);
  }
}
