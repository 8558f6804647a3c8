package no.planvev.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import no.planvev.diag.Problem;
import no.planvev.diag.Problems;
import no.planvev.model.Content;
import no.planvev.model.Page;
import no.planvev.model.SiteConfig;
import no.planvev.model.Unit;
import no.planvev.model.Urls;
import no.planvev.theme.Theme;

/**
 * What a renderer keeps between builds, for the preview: rendered Markdown by source, and each
 * page's template values and bytes. A page whose template and values equal the last build's is not
 * rendered again: templates see nothing but their values.
 *
 * <p>How values compare: a page's values are one {@link ChromeModel}, records all the way down to
 * strings, numbers and booleans, with lists (ordered) and the UI string maps (only looked up by
 * key, so {@link Map#equals}, which ignores order, is right); so they compare with {@code equals},
 * every component in turn.
 *
 * <p>A page made from one unit of content alone ({@code fromSource}) is kept by the identity of the
 * unit, else its {@code equals} (provenance included), while the chrome's inputs ({@link
 * Chrome.Inputs}, compared with {@code equals}) stay equal. Pages are forgotten when any file of
 * the theme (but static/) changes. docs/architecture.md lists each key and what makes it forget.
 * Thread-safe; give one memo to one renderer at a time.
 */
public final class RenderMemo {

  private record Kept(String template, ChromeModel values, byte[] bytes) {}

  /** Templates compiled from a theme whose files had {@code fingerprint}. */
  private record Compiled(String fingerprint, Templates templates, List<Problem> problems) {}

  /** A page's bytes and the very source object it was made from. */
  private record FromSource(Unit source, byte[] bytes) {}

  final Markdown markdown;
  private final Map<String, Kept> pages = new ConcurrentHashMap<>();
  private final Map<String, FromSource> fromSource = new ConcurrentHashMap<>();
  private Chrome.Inputs chrome;
  private StatementKey statementKey;

  /** Page paths per language by source object, and site files by page path (preview only). */
  private Map<Unit, Map<String, String>> pathsBySource = new java.util.IdentityHashMap<>();

  private final Map<String, String> files = new ConcurrentHashMap<>();
  private Map<String, java.util.Optional<String>> statementPages;
  private final Set<String> rendered = ConcurrentHashMap.newKeySet();
  private Compiled compiled;
  private final boolean keepPages;
  private volatile RenderCache store;

  /**
   * What a page job returns instead of bytes when its page is in the output already, unchanged (see
   * {@link #onDisk}): the caller keeps the output's file as it is.
   */
  public static final byte[] ON_DISK = new byte[0];

  /** Pages in the output made from these very units (page file → unit), by a build state. */
  private volatile Map<String, Unit> onDisk = Map.of();

  private volatile java.util.function.Predicate<Object> sameChrome;

  /** Page file → the unit each page made from one unit came from, when asked to record them. */
  private volatile Map<String, Unit> sources;

  private volatile Object chromeInputs;

  /** Templates are compiled when a page first needs them ({@link #compileLazily}). */
  private boolean lazy;

  private Theme lazyTheme;
  private Problems lazyProblems;
  private String lazyFingerprint;

  /**
   * Compiles the templates only when a page is first rendered through them: for a build that
   * expects to render few pages or none, with a theme whose same files compiled without a problem
   * before (templates report only errors, so a clean compile adds no problem).
   */
  public synchronized void compileLazily() {
    lazy = true;
  }

  /** A memo that keeps pages for the next build (the preview's). */
  public RenderMemo() {
    this(true);
  }

  private RenderMemo(boolean keepPages) {
    this.keepPages = keepPages;
    markdown = new Markdown(keepPages ? Markdown.MAX_ENTRIES : Markdown.ONE_BUILD_ENTRIES);
  }

  /**
   * A memo for a single build, which keeps no page (a large site's pages would not fit in memory);
   * Markdown and templates are still compiled once.
   */
  public static RenderMemo forOneBuild() {
    return new RenderMemo(false);
  }

  /**
   * Compiles the templates of {@code theme} and readies the Markdown renderer, so that a build can
   * do this on another thread while it reads the content; the renderer made later with this memo
   * finds both done (and reports the template problems itself).
   */
  public void prepare(Theme theme) {
    synchronized (this) {
      if (compiled != null) return; // a preview rebuild: the renderer checks them itself
      if (lazy) return; // compiled on the first page that needs them
    }
    templates(theme, new Problems());
    markdown.toHtml("# a\n\n*b* [c](d) | e\n--|--\nf | g", 2);
  }

  /**
   * Compiles only the template {@code first} of {@code theme} (and what it imports, when it
   * renders): for a build that makes a few pages of one kind. {@link #compileRest} compiles the
   * others before this memo serves any other build.
   */
  public synchronized void prepareOnly(Theme theme, String first) {
    if (compiled != null || lazy) return;
    Problems found = new Problems();
    Templates t = new Templates(theme, found, java.util.Set.of(first));
    compiled = new Compiled(fingerprint(theme), t, List.copyOf(found.all()));
    partial = found;
  }

  /** Compiles the templates {@link #prepareOnly} left out; nothing when there are none. */
  public synchronized void compileRest() {
    if (partial == null || compiled == null) return;
    compiled.templates.compileRest(partial);
    compiled = new Compiled(compiled.fingerprint, compiled.templates, List.copyOf(partial.all()));
    partial = null;
  }

  /** The problems of the templates compiled so far after {@link #prepareOnly}, else null. */
  private Problems partial;

  /**
   * Tells this memo that the output holds, unchanged, the page at each file of {@code pages}, made
   * from that very unit object in a chrome whose inputs {@code sameChrome} accepts: such a page's
   * job returns {@link #ON_DISK} without building its values, as long as the content loader gives
   * the same object (an unchanged unit) and the chrome is the same. The output must be known to be
   * as that build left it.
   */
  public void onDisk(Map<String, Unit> pages, java.util.function.Predicate<Object> sameChrome) {
    this.sameChrome = sameChrome;
    this.onDisk = pages;
  }

  /** From now on, keeps which unit each page made from one unit came from ({@link #sources}). */
  public void recordSources(int expected) {
    sources = new ConcurrentHashMap<>(expected * 4 / 3 + 16);
  }

  /** Page file → the unit its page was made from, for every such page of the build so far. */
  public Map<String, Unit> sources() {
    return sources == null ? Map.of() : sources;
  }

  /** The inputs of the chrome of the last build ({@code Chrome.Inputs}), or null. */
  public Object chromeInputs() {
    return chromeInputs;
  }

  /** Pages and Markdown are also looked up in, and kept in, {@code store} (the build cache). */
  public void store(RenderCache store) {
    this.store = store;
    markdown.store = store;
  }

  /** The template's output, from the build cache when it has this page with these values. */
  byte[] stored(String file, String template, ChromeModel values, Templates templates)
      throws RenderException {
    RenderCache disk = store;
    if (disk == null) return compiled(templates).render(template, values);
    String theme;
    synchronized (this) {
      theme = compiled != null ? compiled.fingerprint() : lazyFingerprint;
    }
    byte[] key = RenderCache.pageKey(file, template, theme, values);
    byte[] bytes = key == null ? null : disk.page(key);
    if (bytes == null) {
      bytes = compiled(templates).render(template, values);
      if (key != null) disk.putPage(key, bytes);
    }
    return bytes;
  }

  /** The pages rendered through their template since the last call, by page key, sorted. */
  public SortedSet<String> takeRendered() {
    SortedSet<String> out = new TreeSet<>(rendered);
    rendered.removeAll(out);
    return out;
  }

  /** Markdown bodies served from the memo so far. */
  public long markdownHits() {
    return markdown.hits();
  }

  /** Markdown bodies parsed and rendered so far. */
  public long markdownMisses() {
    return markdown.misses();
  }

  /**
   * The templates of {@code theme}, compiled again only when a file of it changed (then every kept
   * page is forgotten); compile problems are reported to {@code problems} each time.
   */
  synchronized Templates templates(Theme theme, Problems problems) {
    String fingerprint = fingerprint(theme);
    if (lazy && (compiled == null || !compiled.fingerprint.equals(fingerprint))) {
      lazyTheme = theme;
      lazyProblems = problems;
      lazyFingerprint = fingerprint;
      return null; // see compiled(Templates)
    }
    if (compiled == null || !compiled.fingerprint.equals(fingerprint)) {
      pages.clear();
      fromSource.clear();
      Problems found = new Problems();
      Templates t = new Templates(theme, found);
      compiled = new Compiled(fingerprint, t, List.copyOf(found.all()));
    }
    compiled.problems.forEach(problems::add);
    return compiled.templates;
  }

  /** {@code given}, or the templates compiled now when they were left for later. */
  private synchronized Templates compiled(Templates given) {
    if (given != null) return given;
    if (compiled != null && compiled.fingerprint.equals(lazyFingerprint)) return compiled.templates;
    lazy = false;
    return templates(lazyTheme, lazyProblems);
  }

  /** The paths of the pages made from {@code source}: those of the last build if it is the same. */
  synchronized Map<String, String> paths(
      Unit source, java.util.function.Supplier<Map<String, String>> make) {
    if (!keepPages) return make.get();
    return pathsBySource.computeIfAbsent(source, s -> make.get());
  }

  /** Drops what is kept for sources no longer in the content. */
  synchronized void forgetOtherSources(List<Unit> sources) {
    if (!keepPages) return;
    Map<Unit, Map<String, String>> now = new java.util.IdentityHashMap<>();
    for (Unit s : sources) {
      Map<String, String> p = pathsBySource.get(s);
      if (p != null) now.put(s, p);
    }
    for (var e : pathsBySource.entrySet()) {
      if (!now.containsKey(e.getKey())) files.keySet().removeAll(e.getValue().values());
    }
    pathsBySource = now;
  }

  /** {@link Urls#file} of a page path, the same string object each build. */
  String file(String path) {
    return keepPages ? files.computeIfAbsent(path, Urls::file) : Urls.file(path);
  }

  /**
   * Where the accessibility statement is among the pages, per language: looked up once for a site
   * and its pages (a search through every page), kept while both are the same.
   */
  synchronized Map<String, java.util.Optional<String>> statements(Content content) {
    StatementKey key = new StatementKey(content.site(), content.pages());
    if (statementKey == null || !statementKey.same(key)) {
      statementPages = new ConcurrentHashMap<>();
      statementKey = key;
    }
    return statementPages;
  }

  /** What the statement pages are found from: the site, and the pages. */
  private record StatementKey(SiteConfig site, List<Page> pages) {

    /** The site by value, the pages by reference: an unchanged page is the same object. */
    boolean same(StatementKey o) {
      if (pages.size() != o.pages.size() || !site.equals(o.site)) return false;
      for (int i = 0; i < pages.size(); i++) {
        if (pages.get(i) != o.pages.get(i)) return false;
      }
      return true;
    }
  }

  /**
   * Starts a build whose chrome (menu, site, UI strings, languages, date: everything a page shows
   * besides its own source) is {@code signature}; when it differs from the last build's, no page is
   * taken by its source.
   */
  synchronized void around(Chrome.Inputs signature) {
    chromeInputs = signature;
    if (!onDisk.isEmpty() && (sameChrome == null || !sameChrome.test(signature))) {
      onDisk = Map.of();
    }
    if (!Objects.equals(chrome, signature)) {
      fromSource.clear();
      pathsBySource.clear();
      files.clear();
    }
    chrome = signature;
  }

  /**
   * The bytes of the page at {@code key} when the last build made it from this very {@code source}
   * object (the loader gives the same object for an unchanged file) in the same chrome and
   * templates, or from an equal one; else null. For an unchanged source only references are
   * compared: this is what makes a one-file edit in a large site cheap.
   */
  byte[] unchanged(String key, Unit source) {
    if (onDisk.get(key) == source && source != null) {
      Map<String, Unit> s = sources;
      if (s != null) s.put(key, source);
      return ON_DISK;
    }
    FromSource f = fromSource.get(key);
    if (f == null) return null;
    if (f.source == source) return f.bytes;
    // A file saved without a change is read again into an equal object: still the same page.
    if (!f.source.equals(source)) return null;
    fromSource.put(key, new FromSource(source, f.bytes));
    return f.bytes;
  }

  void from(String key, Unit source, byte[] bytes) {
    Map<String, Unit> s = sources;
    if (s != null) s.put(key, source);
    if (keepPages) fromSource.put(key, new FromSource(source, bytes));
    rendered.add(key);
  }

  byte[] kept(String key, String template, ChromeModel values) {
    Kept k = pages.get(key);
    if (k == null || !k.template.equals(template) || !k.values.equals(values)) return null;
    return k.bytes.clone();
  }

  void keep(String key, String template, ChromeModel values, byte[] bytes) {
    if (keepPages) pages.put(key, new Kept(template, values, bytes.clone()));
    rendered.add(key);
  }

  /**
   * A digest of every file of the theme but static/ (copied, not rendered): the name and place of
   * each, and the bytes of each override (the built-in files cannot change while running).
   */
  public static String fingerprint(Theme theme) {
    try {
      // The built-in files are part of planvev's jar, which every cache and state names
      // (CacheStamp): only the override folder counts. Without one, listing the jar and starting
      // SHA-256 cost a tenth of a second that a warm build does not have.
      List<Theme.File> own = theme.overrideFiles();
      if (own.isEmpty()) return "built-in";
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (Theme.File f : own) {
        if (f.name().startsWith("static/")) continue;
        sha.update(f.shown().getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        if (!f.builtIn()) {
          sha.update(Files.readAllBytes(f.path()));
          // A file that is or lies under a link (which may lead out of the folder, an error) is
          // another
          // theme, even with the same bytes: a build that compiles lazily must not skip it.
          java.nio.file.Path real = f.path().toRealPath();
          if (!real.equals(f.path().toAbsolutePath().normalize())) {
            sha.update((byte) 1);
            sha.update(real.toString().getBytes(StandardCharsets.UTF_8));
          }
        }
        sha.update((byte) 0);
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (IOException | NoSuchAlgorithmException | java.io.UncheckedIOException e) {
      // Unreadable templates: never reuse a page (a fresh fingerprint every time).
      return "unreadable:" + System.nanoTime();
    }
  }
}
