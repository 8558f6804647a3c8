package no.planvev.validate;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.planvev.model.Content;
import no.planvev.model.SourcePos;

/**
 * The link check as it was before the one-pass scanner (a regular expression per tag over every
 * page, resolution by split), kept for {@code LinkBench} to compare against. Benchmarks only.
 */
public final class OldLinkChecker {

  private static final Pattern TAG = Pattern.compile("<[a-zA-Z][^>]*>");
  private static final Pattern ATTR =
      Pattern.compile("\\s(href|src|id|name)\\s*=\\s*(\"([^\"]*)\"|'([^']*)')");
  private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
  private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);");

  private OldLinkChecker() {}

  /**
   * Checks the HTML pages of {@code generated} (site path → bytes) against those files and the
   * {@code copied} ones. {@code content} and {@code contentDir} tell which content file each
   * page comes from.
   */
  public static void check(Map<String, byte[]> generated, Set<String> copied, Content content,
      Path contentDir, Problems problems) {
    SourceFiles files = new SourceFiles(contentDir);
    Owners owners = Owners.of(content, files);
    String basePath = basePath(content.site().baseUrl());
    Map<String, Set<String>> ids = new HashMap<>();
    Map<String, List<String[]>> links = new HashMap<>();
    for (Map.Entry<String, byte[]> e : generated.entrySet()) {
      if (!e.getKey().endsWith(".html")) continue;
      Set<String> pageIds = new HashSet<>();
      List<String[]> pageLinks = new ArrayList<>();
      scan(new String(e.getValue(), StandardCharsets.UTF_8), pageIds, pageLinks);
      ids.put(e.getKey(), pageIds);
      links.put(e.getKey(), pageLinks);
    }
    for (Map.Entry<String, List<String[]>> e : new TreeMap<>(links).entrySet()) {
      String page = e.getKey();
      for (String[] link : e.getValue()) {
        String href = link[1];
        String internal = internal(href);
        if (internal == null) continue;
        int hash = internal.indexOf('#');
        String fragment = hash < 0 ? null : decode(internal.substring(hash + 1));
        String pathPart = hash < 0 ? internal : internal.substring(0, hash);
        int q = pathPart.indexOf('?');
        if (q >= 0) pathPart = pathPart.substring(0, q);
        String target;
        if (pathPart.isEmpty()) {
          target = page;
        } else {
          String resolved = resolve(page, decode(pathPart), basePath);
          if (resolved == null) {
            report(page, href, owners, files, problems, Message.of("link.outside", href));
            continue;
          }
          target = resolved;
          if (target.isEmpty() || target.endsWith("/")) target += "index.html";
          if (!generated.containsKey(target) && !copied.contains(target)) {
            if (generated.containsKey(target + "/index.html")) {
              target = target + "/index.html";
            } else {
              report(page, href, owners, files, problems, Message.of("link.missingPage",
                  href, pageName(page), pageName(target), nearest(target, generated.keySet())));
              continue;
            }
          }
        }
        if (fragment != null && !fragment.isEmpty() && !fragment.equals("top")
            && ids.containsKey(target) && !ids.get(target).contains(fragment)) {
          report(page, href, owners, files, problems, Message.of("link.missingAnchor",
              href, pageName(page), fragment, pageName(target)));
        }
      }
    }
  }

  /** Collects ids and links ({attribute, value}) of one page. */
  static void scan(String html, Set<String> ids, List<String[]> links) {
    Matcher tag = TAG.matcher(html);
    while (tag.find()) {
      String t = tag.group();
      if (t.startsWith("<!")) continue;
      Matcher a = ATTR.matcher(t);
      boolean isAnchor = t.regionMatches(true, 0, "<a ", 0, 3);
      while (a.find()) {
        String name = a.group(1).toLowerCase(Locale.ROOT);
        String value = unescape(a.group(3) != null ? a.group(3) : a.group(4));
        switch (name) {
          case "id" -> ids.add(value);
          case "name" -> {
            if (isAnchor) ids.add(value);
          }
          default -> links.add(new String[] {name, value});
        }
      }
    }
  }

  /**
   * The link when it is relative or root-relative, else null. A full URL is not checked, even on
   * the site's own host: other systems may live beside the site there.
   */
  private static String internal(String href) {
    String h = href.strip();
    if (h.isEmpty() || h.startsWith("//") || SCHEME.matcher(h).find()) return null;
    return h;
  }

  /** The site file a link leads to, or null when it climbs out of the site. */
  static String resolve(String page, String path, String basePath) {
    Deque<String> parts = new ArrayDeque<>();
    String p = path;
    if (p.startsWith("/")) {
      p = p.startsWith(basePath) ? p.substring(basePath.length()) : p.substring(1);
    } else {
      String dir = page.substring(0, page.lastIndexOf('/') + 1);
      for (String s : dir.split("/")) {
        if (!s.isEmpty()) parts.addLast(s);
      }
    }
    boolean dir = p.isEmpty() || p.endsWith("/") || p.endsWith("/.") || p.endsWith("/..")
        || p.equals(".") || p.equals("..");
    for (String s : p.split("/")) {
      if (s.isEmpty() || s.equals(".")) continue;
      if (s.equals("..")) {
        if (parts.isEmpty()) return null;
        parts.removeLast();
      } else {
        parts.addLast(s);
      }
    }
    String joined = String.join("/", parts);
    return dir && !joined.isEmpty() ? joined + "/" : joined;
  }

  /**
   * An error where the link is written. A link found only in the default language's text, shown
   * on a page in another language because a translation is missing, is a warning: it works where
   * it was written, and the missing translation is reported already.
   */
  private static void report(String page, String href, Owners owners, SourceFiles files,
      Problems problems, Message message) {
    String pagePath = page.endsWith("index.html")
        ? page.substring(0, page.length() - "index.html".length()) : page;
    Owners.Owner owner = owners.owner(pagePath);
    if (owner == null) {
      problems.error(SourcePos.file(page), message);
      return;
    }
    for (String f : owner.files()) {
      SourcePos p = files.find(f, href);
      if (p != null) {
        problems.error(p, message);
        return;
      }
    }
    for (String f : owner.fallback()) {
      SourcePos p = files.find(f, href);
      if (p != null) {
        problems.warning(p, Message.of("link.inFallback", message));
        return;
      }
    }
    problems.error(owner.files().isEmpty() ? owner.pos() : SourcePos.file(owner.files().get(0)),
        message);
  }

  /** " — did you mean 'nb/planer/plan/'?" for the nearest page, or nothing. */
  static Object nearest(String target, Set<String> files) {
    String want = pageName(target);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String f : files) {
      if (!f.endsWith("index.html")) continue;
      String name = pageName(f);
      int d = distance(want, name);
      if (d < bestDistance || d == bestDistance && best != null && name.compareTo(best) < 0) {
        bestDistance = d;
        best = name;
      }
    }
    return best != null && bestDistance <= Math.max(2, want.length() / 4)
        ? Message.of("suggest", best) : "";
  }

  static int distance(String a, String b) {
    return no.planvev.validate.EditDistance.between(a, b);
  }

  private static String pageName(String file) {
    return file.endsWith("/index.html") ? file.substring(0, file.length() - 10) : file;
  }

  private static String basePath(String baseUrl) {
    String p = "/" + rawPath(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
    return p.endsWith("/") ? p : p + "/";
  }

  private static String rawPath(String url) {
    try {
      String p = URI.create(url).getRawPath();
      if (p == null) return "";
      return p.startsWith("/") ? p.substring(1) : p;
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }

  static String unescape(String s) {
    if (s.indexOf('&') < 0) return s;
    Matcher m = ENTITY.matcher(s);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String e = m.group(1);
      String r = switch (e) {
        case "amp" -> "&";
        case "lt" -> "<";
        case "gt" -> ">";
        case "quot" -> "\"";
        case "apos" -> "'";
        default -> new String(Character.toChars(e.startsWith("#x")
            ? Integer.parseInt(e.substring(2), 16) : Integer.parseInt(e.substring(1))));
      };
      m.appendReplacement(sb, Matcher.quoteReplacement(r));
    }
    m.appendTail(sb);
    return sb.toString();
  }
}
