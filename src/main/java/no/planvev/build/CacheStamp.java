package no.planvev.build;

import java.nio.file.Files;
import java.nio.file.Path;
import no.planvev.cache.BuildCache;
import no.planvev.dist.Version;

/** Which planvev wrote a build cache, and where the cache of an output folder is. */
public final class CacheStamp {

  private CacheStamp() {}

  /** The cache of {@code output}: {@link BuildCache#FOLDER} beside it. */
  public static Path folder(Path output) {
    Path abs = output.toAbsolutePath().normalize();
    Path parent = abs.getParent();
    return (parent == null ? abs : parent).resolve(BuildCache.FOLDER);
  }

  /**
   * planvev's version and commit, and the size and date of the jar it runs from: a cache is only
   * read by the very planvev that wrote it (a development build changes the jar).
   */
  public static String of() {
    String stamp = Version.current().toString();
    try {
      var src = Builder.class.getProtectionDomain().getCodeSource();
      Path p = src == null ? null : Path.of(src.getLocation().toURI());
      if (p != null && Files.isRegularFile(p)) {
        stamp += " " + Files.size(p) + " " + Files.getLastModifiedTime(p).toMillis();
      } else {
        stamp += " classes:" + (p == null ? "?" : Files.getLastModifiedTime(p).toMillis());
      }
    } catch (Exception e) {
      stamp += " unknown:" + System.nanoTime(); // never reused
    }
    return stamp;
  }
}
