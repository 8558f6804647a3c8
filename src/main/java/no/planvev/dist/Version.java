package no.planvev.dist;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version and git commit this planvev was built from (written by the Maven build). */
public record Version(String version, String commit) {

  /** This build's; "development" and "unknown" when run from classes Maven did not package. */
  public static Version current() {
    Properties p = new Properties();
    try (InputStream in = Version.class.getResourceAsStream("build.properties")) {
      if (in != null) p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Version(p.getProperty("version", "development"), p.getProperty("commit", "unknown"));
  }

  /** {@code 0.1.0 (commit 1a2b3c4d5e6f)}. */
  @Override
  public String toString() {
    return version + " (commit " + commit + ")";
  }
}
