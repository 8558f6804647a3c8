package no.planvev.validate;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.planvev.diag.Message;
import no.planvev.diag.Problem;
import no.planvev.diag.Problems;
import no.planvev.diag.SourcePos;
import no.planvev.diag.Suggest;
import no.planvev.model.Content;
import no.planvev.model.Urls;

/**
 * Checks every internal link of a generated site: each relative (or same-site) {@code href} and
 * {@code src} must lead to a generated or copied file, and each {@code #anchor} to an id on that
 * page. A broken link is reported where it is written in content when it can be found there (the
 * Markdown or YAML file behind the page, at the link's line), else at the page's file or path.
 *
 * <p>Each page is {@linkplain #scan scanned} once, right after it is rendered, into a compact
 * {@link PageLinks}; a checker holds those of every page and {@linkplain #check checks} them all.
 * Kept between rebuilds (the preview), it re-checks only what can have changed: the pages
 * {@linkplain #replace replaced} since, the pages that link with a fragment to a page whose ids
 * changed, and everything when the set of files (or the base URL) changed. The problems of the
 * other pages are those of the last check, so the list is that of a full check as long as a page
 * whose HTML did not change keeps its owner in content (its problems keep their positions; a page
 * with problems is looked at again whenever it is replaced).
 *
 * <p>{@link #add}, {@link #replace} and {@link #remove} are thread-safe and may run on worker
 * threads at the same time; {@link #check} waits for them and they wait for it.
 *
 * <p>A small attribute scanner, not an HTML parser: the pages are our own templates' output,
 * well-formed and with quoted attributes, and jsoup stays a test-only dependency.
 */
public final class LinkChecker {

  private static final Pattern ENTITY =
      Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);");

  /**
   * One page: its links and, from its last check, what it links to with a fragment and its
   * problems.
   */
  private static final class Page {
    final PageLinks links;
    String[] fragmentTargets = PageLinks.NONE;
    List<Problem> problems = List.of();

    Page(PageLinks links) {
      this.links = links;
    }
  }

  /** Equal strings of all pages, shared (menus, styles and language links repeat on every page). */
  private final Map<String, String> pool = new ConcurrentHashMap<>();

  private final Map<String, Page> pages;

  /** Pages added or replaced since the last check. */
  private final Set<String> changed;

  /** Pages whose ids changed (or which came or went) since the last check. */
  private final Set<String> idsChanged;

  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private volatile boolean pageSetChanged = true;
  private Set<String> lastFiles;
  private String lastBase;
  private int checkedLastTime;

  /** The "did you mean" of a missing target; depends only on the set of pages. */
  private final Map<String, Message> nearest = new ConcurrentHashMap<>();

  /** An empty checker; add every HTML page of the site, then check. */
  public LinkChecker() {
    this(16);
  }

  /** An empty checker for about {@code pages} pages (its tables need not grow). */
  public LinkChecker(int pages) {
    int capacity = pages * 4 / 3 + 16;
    this.pages = new ConcurrentHashMap<>(capacity);
    this.changed = ConcurrentHashMap.newKeySet(capacity);
    this.idsChanged = ConcurrentHashMap.newKeySet(capacity);
  }

  /** The internal links and ids of one page (UTF-8 bytes); call it where the page is rendered. */
  public static PageLinks scan(byte[] html) {
    return LinkScanner.scan(html);
  }

  /**
   * Adds (or replaces) the links of the page at {@code sitePath}, e.g. {@code nb/om/index.html}.
   */
  public void add(String sitePath, PageLinks links) {
    replace(sitePath, links);
  }

  /**
   * Replaces the links of a page that was rendered again (or adds a new page); the next check looks
   * at it again unless its links and ids are the same and it had no problems.
   */
  public void replace(String sitePath, PageLinks links) {
    replaceShared(sitePath, intern(links));
  }

  /**
   * As {@link #add}, for links whose strings are shared already (a build state decoded them once
   * each): they are not looked up in the pool.
   */
  public void addShared(String sitePath, PageLinks links) {
    replaceShared(sitePath, links);
  }

  private void replaceShared(String sitePath, PageLinks shared) {
    lock.readLock().lock();
    try {
      Page old = pages.get(sitePath);
      // Same links and ids, and no problem whose position in content may have moved: the
      // result cannot differ, so the preview may hand over every page it rendered again.
      if (old != null && old.problems.isEmpty() && old.links.equals(shared)) return;
      old = pages.put(sitePath, new Page(shared));
      changed.add(sitePath);
      if (old == null) {
        pageSetChanged = true;
        idsChanged.add(sitePath);
      } else if (!old.links.sameIds(shared)) {
        idsChanged.add(sitePath);
      }
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Forgets a page that is no longer generated. */
  public void remove(String sitePath) {
    lock.readLock().lock();
    try {
      if (pages.remove(sitePath) != null) {
        pageSetChanged = true;
        idsChanged.add(sitePath);
      }
      changed.remove(sitePath);
    } finally {
      lock.readLock().unlock();
    }
  }

  /**
   * Checks the links of the pages added, against {@code allFiles} (every generated and every copied
   * site path), and adds the problems of every page to {@code problems}. {@code content} and {@code
   * contentDir} tell which content file each page comes from.
   */
  public void check(Set<String> allFiles, Content content, Path contentDir, Problems problems) {
    lock.writeLock().lock();
    try {
      String base = Urls.basePath(content.site().baseUrl());
      boolean all = pageSetChanged || !base.equals(lastBase) || !allFiles.equals(lastFiles);
      Collection<String> todo;
      if (all) {
        todo = pages.keySet();
        nearest.clear();
      } else {
        Set<String> set = new HashSet<>(changed);
        if (!idsChanged.isEmpty()) {
          for (Map.Entry<String, Page> e : pages.entrySet()) {
            for (String t : e.getValue().fragmentTargets) {
              if (idsChanged.contains(t)) {
                set.add(e.getKey());
                break;
              }
            }
          }
        }
        todo = set;
      }
      Resolver r = new Resolver(base, allFiles, content, contentDir);
      checkedLastTime = todo.size();
      todo.parallelStream()
          .forEach(
              path -> {
                Page page = pages.get(path);
                if (page != null) r.check(path, page);
              });
      for (Page page : pages.values()) {
        for (Problem p : page.problems) problems.add(p);
      }
      changed.clear();
      idsChanged.clear();
      pageSetChanged = false;
      lastBase = base;
      if (all) lastFiles = Set.copyOf(allFiles);
    } finally {
      lock.writeLock().unlock();
    }
  }

  /**
   * Checks the links of the pages at {@code paths} alone against {@code allFiles} (every site
   * path), and, when {@code idsChanged}, those of every page that links to another page with a
   * fragment; adds their problems to {@code problems}. For a build that made again only the pages
   * at {@code paths} and leaves every other page, with links a check of the whole site found sound,
   * as it was.
   */
  public void checkSome(
      Set<String> paths,
      boolean idsChanged,
      Set<String> allFiles,
      Content content,
      Path contentDir,
      Problems problems) {
    lock.writeLock().lock();
    try {
      Set<String> todo = new HashSet<>(paths);
      if (idsChanged) {
        for (Map.Entry<String, Page> e : pages.entrySet()) {
          for (String l : e.getValue().links.links) {
            if (l.indexOf('#') > 0) {
              todo.add(e.getKey());
              break;
            }
          }
        }
      }
      Resolver r =
          new Resolver(Urls.basePath(content.site().baseUrl()), allFiles, content, contentDir);
      for (String path : todo) {
        Page page = pages.get(path);
        if (page == null) continue;
        r.check(path, page);
        for (Problem p : page.problems) problems.add(p);
      }
    } finally {
      lock.writeLock().unlock();
    }
  }

  /**
   * Checks the HTML pages of {@code generated} (site path → bytes) against those files and the
   * {@code copied} ones: scans them all and {@linkplain #check(Set, Content, Path, Problems)
   * checks} them once.
   */
  public static void check(
      Map<String, byte[]> generated,
      Set<String> copied,
      Content content,
      Path contentDir,
      Problems problems) {
    LinkChecker checker = new LinkChecker();
    generated.entrySet().parallelStream()
        .filter(e -> e.getKey().endsWith(".html"))
        .forEach(e -> checker.add(e.getKey(), scan(e.getValue())));
    Set<String> all = new HashSet<>(generated.keySet());
    all.addAll(copied);
    checker.check(all, content, contentDir, problems);
  }

  /** How many pages the last {@link #check} looked at (the others kept their problems). */
  int checkedLastTime() {
    return checkedLastTime;
  }

  /** Swaps the strings of {@code links} for equal shared ones, in place (nothing else changes). */
  private PageLinks intern(PageLinks links) {
    String[] l = links.links;
    for (int i = 0; i < l.length; i++) l[i] = intern(l[i]);
    String[] d = links.ids;
    for (int i = 0; i < d.length; i++) d[i] = intern(d[i]);
    return links;
  }

  private String intern(String s) {
    String shared = pool.putIfAbsent(s, s);
    return shared == null ? s : shared;
  }

  /** A link as written, taken apart once per check: what it leads to depends on little else. */
  private static final class Href {
    static final Href SKIP = new Href();

    boolean skip;

    /** Only a query or fragment: the page itself. */
    boolean self;

    /** From the site root ({@code /...}). */
    boolean rooted;

    /** How many folders of the page's folder it climbs ({@code ..}) before the rest. */
    int up;

    /** The path after the climb, segments joined by {@code /}. */
    String rest = "";

    /** Whether it names a folder (ends in {@code /}, {@code .} or {@code ..}). */
    boolean folder;

    /** The decoded fragment when it must be an id on the target, else null. */
    String anchor;

    /** Target (or missing target) by the part of the page's folder that is kept. */
    final Map<String, Outcome> outcomes = new ConcurrentHashMap<>();
  }

  /** Where a link leads: an existing file or page, or a missing one. */
  private record Outcome(String target, boolean missing) {}

  /** The parsed path of a link, without query and fragment, decoded. */
  private static Href parsePath(String p, String basePath) {
    Href h = new Href();
    if (p.startsWith("/")) {
      h.rooted = true;
      p = p.startsWith(basePath) ? p.substring(basePath.length()) : p.substring(1);
    }
    h.folder =
        p.isEmpty()
            || p.endsWith("/")
            || p.endsWith("/.")
            || p.endsWith("/..")
            || p.equals(".")
            || p.equals("..");
    List<String> rest = new ArrayList<>();
    int from = 0;
    int len = p.length();
    while (from <= len) {
      int slash = p.indexOf('/', from);
      int end = slash < 0 ? len : slash;
      int n = end - from;
      if (n == 0 || n == 1 && p.charAt(from) == '.') {
        // empty or "."
      } else if (n == 2 && p.charAt(from) == '.' && p.charAt(from + 1) == '.') {
        if (rest.isEmpty()) {
          h.up++;
        } else {
          rest.remove(rest.size() - 1);
        }
      } else {
        rest.add(p.substring(from, end));
      }
      if (slash < 0) break;
      from = slash + 1;
    }
    h.rest = String.join("/", rest);
    return h;
  }

  private static Href parse(String href, String basePath) {
    String internal = internal(href);
    if (internal == null) return Href.SKIP;
    int hash = internal.indexOf('#');
    String fragment = hash < 0 ? null : decode(internal.substring(hash + 1));
    String pathPart = hash < 0 ? internal : internal.substring(0, hash);
    int q = pathPart.indexOf('?');
    if (q >= 0) pathPart = pathPart.substring(0, q);
    Href h;
    if (pathPart.isEmpty()) {
      h = new Href();
      h.self = true;
    } else {
      h = parsePath(decode(pathPart), basePath);
    }
    if (fragment != null && !fragment.isEmpty() && !fragment.equals("top")) h.anchor = fragment;
    return h;
  }

  /** The folders of a page's folder: {@code [, nb, nb/planer]} for {@code nb/planer/index.html}. */
  private static String[] prefixes(String page) {
    List<String> out = new ArrayList<>();
    out.add("");
    StringBuilder sb = new StringBuilder();
    int dirEnd = page.lastIndexOf('/') + 1;
    int from = 0;
    while (from < dirEnd) {
      int slash = page.indexOf('/', from);
      if (slash > from) {
        if (sb.length() > 0) sb.append('/');
        sb.append(page, from, slash);
        out.add(sb.toString());
      }
      from = slash + 1;
    }
    return out.toArray(new String[0]);
  }

  /** The target of {@code h} from a page whose folder keeps {@code prefix}, before existence. */
  private static String join(String prefix, Href h) {
    String joined = prefix.isEmpty() ? h.rest : h.rest.isEmpty() ? prefix : prefix + "/" + h.rest;
    return h.folder && !joined.isEmpty() ? joined + "/" : joined;
  }

  /** The site file a link leads to, or null when it climbs out of the site. */
  static String resolve(String page, String path, String basePath) {
    Href h = parsePath(path, basePath);
    if (h.rooted) return h.up > 0 ? null : join("", h);
    String[] prefixes = prefixes(page);
    int n = prefixes.length - 1;
    return h.up > n ? null : join(prefixes[n - h.up], h);
  }

  /**
   * One check: the state it reads (with the checker's pages, under its write lock), and what it
   * learns on the way (shared by its threads).
   */
  private final class Resolver {
    final String base;
    final Set<String> allFiles;
    final Content content;
    final SourceFiles files;
    final Map<String, Href> hrefs = new ConcurrentHashMap<>();

    /** Made on the first problem: most checks find none, and it reads the content folder. */
    private volatile Owners owners;

    Resolver(String base, Set<String> allFiles, Content content, Path contentDir) {
      this.base = base;
      this.allFiles = allFiles;
      this.content = content;
      this.files = new SourceFiles(contentDir);
    }

    private Owners owners() {
      Owners o = owners;
      if (o == null) {
        synchronized (this) {
          o = owners;
          if (o == null) owners = o = Owners.of(content);
        }
      }
      return o;
    }

    void check(String path, Page page) {
      String[] prefixes = null;
      List<Problem> found = null;
      List<String> fragmentTargets = null;
      for (String href : page.links.links) {
        Href h = hrefs.get(href);
        if (h == null) {
          h = parse(href, base);
          Href had = hrefs.putIfAbsent(href, h);
          if (had != null) h = had;
        }
        if (h.skip) continue;
        String target;
        Problem problem = null;
        if (h.self) {
          target = path;
        } else {
          String prefix;
          if (h.rooted) {
            prefix = h.up > 0 ? null : "";
          } else {
            if (prefixes == null) prefixes = prefixes(path);
            int n = prefixes.length - 1;
            prefix = h.up > n ? null : prefixes[n - h.up];
          }
          if (prefix == null) {
            problem = report(path, href, Message.of("link.outside", href));
            target = null;
          } else {
            Outcome o = h.outcomes.get(prefix);
            if (o == null) {
              o = outcome(join(prefix, h));
              h.outcomes.putIfAbsent(prefix, o);
            }
            target = o.target;
            if (o.missing) {
              problem =
                  report(
                      path,
                      href,
                      Message.of(
                          "link.missingPage",
                          href,
                          pageName(path),
                          pageName(target),
                          nearest.computeIfAbsent(
                              target, t -> LinkChecker.nearest(t, pages.keySet()))));
              target = null;
            }
          }
        }
        if (target != null && h.anchor != null) {
          Page to = pages.get(target);
          if (to != null) {
            if (!target.equals(path)) {
              if (fragmentTargets == null) fragmentTargets = new ArrayList<>();
              fragmentTargets.add(target);
            }
            if (!to.links.hasId(h.anchor)) {
              problem =
                  report(
                      path,
                      href,
                      Message.of(
                          "link.missingAnchor", href, pageName(path), h.anchor, pageName(target)));
            }
          }
        }
        if (problem != null) {
          if (found == null) found = new ArrayList<>();
          found.add(problem);
        }
      }
      page.problems = found == null ? List.of() : List.copyOf(found);
      page.fragmentTargets =
          fragmentTargets == null ? PageLinks.NONE : fragmentTargets.toArray(new String[0]);
    }

    private Outcome outcome(String target) {
      if (target.isEmpty() || target.endsWith("/")) target += "index.html";
      if (allFiles.contains(target)) return new Outcome(target, false);
      String index = target + "/index.html";
      if (pages.containsKey(index)) return new Outcome(index, false);
      return new Outcome(target, true);
    }

    private Problem report(String page, String href, Message message) {
      return LinkChecker.report(page, href, owners(), files, message);
    }
  }

  /**
   * The link when it is relative or root-relative, else null. A full URL is not checked, even on
   * the site's own host: other systems may live beside the site there.
   */
  static String internal(String href) {
    String h = href.strip();
    if (h.isEmpty() || h.startsWith("//") || hasScheme(h)) return null;
    return h;
  }

  /** Whether {@code s} starts with a URL scheme: {@code [a-zA-Z][a-zA-Z0-9+.-]*:}. */
  static boolean hasScheme(String s) {
    char c = s.charAt(0);
    if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) return false;
    for (int i = 1; i < s.length(); i++) {
      c = s.charAt(i);
      if (c == ':') return true;
      if (!(c >= 'a' && c <= 'z'
          || c >= 'A' && c <= 'Z'
          || c >= '0' && c <= '9'
          || c == '+'
          || c == '.'
          || c == '-')) {
        return false;
      }
    }
    return false;
  }

  /**
   * An error where the link is written. A link found only in the default language's text, shown on
   * a page in another language because a translation is missing, is a warning: it works where it
   * was written, and the missing translation is reported already.
   */
  private static Problem report(
      String page, String href, Owners owners, SourceFiles files, Message message) {
    String pagePath =
        page.endsWith("index.html")
            ? page.substring(0, page.length() - "index.html".length())
            : page;
    Owners.Owner owner = owners.owner(pagePath);
    if (owner == null) return Problem.error(SourcePos.file(page), message);
    for (String f : owner.files()) {
      SourcePos p = files.find(f, href);
      if (p != null) return Problem.error(p, message);
    }
    for (String f : owner.fallback()) {
      SourcePos p = files.find(f, href);
      if (p != null) return Problem.warning(p, Message.of("link.inFallback", message));
    }
    return Problem.error(
        owner.files().isEmpty() ? owner.pos() : SourcePos.file(owner.files().get(0)), message);
  }

  /** " — did you mean 'nb/planer/plan/'?" for the nearest page, or nothing. */
  static Message nearest(String target, Set<String> files) {
    List<String> names = new ArrayList<>();
    for (String f : files) {
      if (f.endsWith("index.html")) names.add(pageName(f));
    }
    String best = Suggest.nearest(pageName(target), names, 4, true);
    return best != null ? Message.of("suggest", best) : Message.literal("");
  }

  private static String pageName(String file) {
    return file.endsWith("/index.html") ? file.substring(0, file.length() - 10) : file;
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
      String r =
          switch (e) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            default ->
                new String(
                    Character.toChars(
                        e.startsWith("#x")
                            ? Integer.parseInt(e.substring(2), 16)
                            : Integer.parseInt(e.substring(1))));
          };
      m.appendReplacement(sb, Matcher.quoteReplacement(r));
    }
    m.appendTail(sb);
    return sb.toString();
  }
}
