package no.planvev.model;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.planvev.diag.Printable;

/**
 * Which addresses (URLs) content and options may give. Every address a site shows comes from here,
 * so one that could run script ({@code javascript:}, {@code data:}, {@code vbscript:}) or read the
 * reader's disk ({@code file:}) is refused where it is written, with a position, instead of being
 * dropped from the HTML and kept in the JSON and feeds.
 */
public final class Addresses {

  /** What a key accepts. */
  public enum Accepts {
    /** An absolute http or https address: links that leave the site. */
    WEB,
    /** A file under content/ (a relative path) or an http, https, mailto or tel address. */
    WEB_OR_FILE
  }

  /** Why an address is refused: the catalog key of the message, {0} the key, {1} the value. */
  public enum Refusal {
    CONTROL("url.control"),
    NOT_WEB("url.notWeb"),
    NOT_DOCUMENT("url.notDocument"),
    CREDENTIALS("url.credentials"),
    QUERY("url.query");

    private final String key;

    Refusal(String key) {
      this.key = key;
    }

    public String key() {
      return key;
    }
  }

  private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");
  private static final Set<String> WEB = Set.of("http", "https");
  private static final Set<String> DOCUMENT = Set.of("http", "https", "mailto", "tel");

  private Addresses() {}

  /** The refusal of {@code url} for a key that accepts {@code accepts}; null when it is fine. */
  public static Refusal check(String url, Accepts accepts) {
    if (hasControl(url)) return Refusal.CONTROL;
    String scheme = scheme(url);
    if (accepts == Accepts.WEB) {
      return scheme != null && WEB.contains(scheme) && hasHost(url) ? null : Refusal.NOT_WEB;
    }
    if (scheme == null) {
      // "//host/x" and "\\host\x" are read by browsers as another host, not as a file.
      return url.startsWith("//") || url.startsWith("\\") || url.startsWith("/\\")
          ? Refusal.NOT_DOCUMENT
          : null;
    }
    if (!DOCUMENT.contains(scheme)) return Refusal.NOT_DOCUMENT;
    if (WEB.contains(scheme) && !hasHost(url)) return Refusal.NOT_DOCUMENT;
    return null;
  }

  /**
   * The refusal of a site's public address ({@code base_url}, {@code --base-url}): an absolute http
   * or https address with a host, and without user name, password, query or fragment, since every
   * page's canonical address, the sitemap and the feeds are made by appending to it.
   */
  public static Refusal checkBase(String url) {
    Refusal r = check(url, Accepts.WEB);
    if (r != null) return r;
    if (url.indexOf(' ') >= 0) return Refusal.NOT_WEB;
    String afterScheme = url.substring(url.indexOf("//") + 2);
    int end = firstOf(afterScheme, "/?#");
    String authority = end < 0 ? afterScheme : afterScheme.substring(0, end);
    if (authority.contains("@")) return Refusal.CREDENTIALS;
    if (url.indexOf('?') >= 0 || url.indexOf('#') >= 0) return Refusal.QUERY;
    return null;
  }

  /** True when {@code url} starts with a scheme ({@code https:}, {@code mailto:}, ...). */
  public static boolean hasScheme(String url) {
    return scheme(url) != null;
  }

  /** The scheme in lower case, or null for a relative address. */
  private static String scheme(String url) {
    Matcher m = SCHEME.matcher(url);
    return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
  }

  /** {@code http://host...}: two slashes and a host that is not empty. */
  private static boolean hasHost(String url) {
    int colon = url.indexOf(':');
    if (!url.startsWith("//", colon + 1)) return false;
    String rest = url.substring(colon + 3);
    int end = firstOf(rest, "/?#\\");
    String authority = end < 0 ? rest : rest.substring(0, end);
    String host = authority.substring(authority.lastIndexOf('@') + 1);
    return !host.isEmpty() && !host.startsWith(":");
  }

  /** C0 and C1 controls, DEL, and the line and direction controls that reorder what is shown. */
  static boolean hasControl(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Printable.isControl(s.charAt(i))) return true;
    }
    return false;
  }

  private static int firstOf(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) return i;
    }
    return -1;
  }
}
