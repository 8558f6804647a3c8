package no.planvev.preview;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import no.planvev.build.SiteFiles;
import no.planvev.diag.Problem;

/**
 * What the server shows at one moment: the last good site, and the errors of the latest build
 * (empty when it succeeded). Immutable apart from a cache of content hashes; a request reads one of
 * these once, so it never mixes two builds.
 */
final class ServedSite {

  private final long buildId;
  private final SiteFiles site;
  private final List<Problem> errors;
  private final Map<String, String> hashes;

  private ServedSite(
      long buildId, SiteFiles site, List<Problem> errors, Map<String, String> hashes) {
    this.buildId = buildId;
    this.site = site;
    this.errors = List.copyOf(errors);
    this.hashes = hashes;
  }

  /** Before the first build: nothing to serve yet. */
  static ServedSite starting() {
    return new ServedSite(0, null, List.of(), new ConcurrentHashMap<>());
  }

  /** A successful build replaces the site. */
  ServedSite succeeded(SiteFiles next) {
    return new ServedSite(buildId + 1, next, List.of(), new ConcurrentHashMap<>());
  }

  /** A failed build keeps the last good site (and its hashes) and records the errors. */
  ServedSite failed(List<Problem> problems) {
    return new ServedSite(buildId + 1, site, problems, hashes);
  }

  long buildId() {
    return buildId;
  }

  /** The last good site, or null when no build has succeeded yet. */
  SiteFiles site() {
    return site;
  }

  List<Problem> errors() {
    return errors;
  }

  boolean hasErrors() {
    return !errors.isEmpty();
  }

  boolean contains(String sitePath) {
    return site != null
        && (site.generated().containsKey(sitePath) || site.copied().containsKey(sitePath));
  }

  /**
   * A short hash of one file's content as built ({@code ""} when there is no such file); a page
   * compares it with the hash it was served with to know whether it must reload.
   */
  String hash(String sitePath) {
    if (!contains(sitePath)) return "";
    return hashes.computeIfAbsent(sitePath, this::computeHash);
  }

  /**
   * A copied file's bytes. The build resolved every link it may follow, so a file that has become a
   * link since (while a rebuild fails, the last good site is still served) is refused.
   */
  static byte[] read(Path source) throws IOException {
    try (var in = open(source)) {
      return in.readAllBytes();
    }
  }

  /**
   * Opens a copied file without following a link. Files of the built-in theme live in the jar,
   * whose file system has no links and refuses the option.
   */
  static java.io.InputStream open(Path source) throws IOException {
    if (source.getFileSystem() != java.nio.file.FileSystems.getDefault()) {
      return Files.newInputStream(source);
    }
    return Files.newInputStream(source, LinkOption.NOFOLLOW_LINKS);
  }

  private String computeHash(String sitePath) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] bytes = site.generated().get(sitePath);
      if (bytes == null) {
        Path source = site.copied().get(sitePath);
        try {
          bytes = read(source);
        } catch (IOException e) {
          return "missing";
        }
      }
      return HexFormat.of().formatHex(sha.digest(bytes), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
