package no.planvev.preview;

/** The script and style the preview adds to pages: live reload, scroll keeping, the overlay. */
final class LiveScript {

  static final String PREFIX = "/__planvev/";
  static final String JS_PATH = PREFIX + "live.js";
  static final String CSS_PATH = PREFIX + "preview.css";
  static final String EVENTS_PATH = PREFIX + "events";

  private LiveScript() {}

  /**
   * Listens on {@code /__planvev/events} for this page. A {@code build} event carries the hash of
   * this page in the new build: the page reloads only when it differs (keeping the scroll position
   * through sessionStorage), else it just drops a stale overlay. An {@code errors} event shows the
   * overlay without reloading. Hidden tabs close their stream, so a browser's six connections per
   * host are not used up; they catch up when shown again.
   */
  static final String JS =
      """
      (function () {
        'use strict';
        var me = document.currentScript;
        if (!me || !window.EventSource) return;
        var page = me.getAttribute('data-path') || '';
        var hash = me.getAttribute('data-hash') || '';
        var lang = me.getAttribute('data-lang') || 'nb';
        var key = 'planvev:scroll:' + location.pathname;
        var saved = null;
        try { saved = sessionStorage.getItem(key); sessionStorage.removeItem(key); } catch (e) {}
        if (saved !== null) {
          var y = parseInt(saved, 10) || 0;
          var restore = function () { window.scrollTo(0, y); };
          if (document.readyState === 'complete') restore();
          else window.addEventListener('load', restore);
        }
        function reload() {
          try { sessionStorage.setItem(key, String(window.scrollY)); } catch (e) {}
          location.reload();
        }
        function overlay() { return document.getElementById('planvev-overlay'); }
        function wire(el) {
          var b = el.querySelector('[data-planvev-hide]');
          if (b) b.addEventListener('click', function () { el.hidden = true; });
        }
        function show(html) {
          var old = overlay();
          if (old) old.remove();
          document.body.insertAdjacentHTML('beforeend', html);
          var el = overlay();
          if (el) { wire(el); el.focus(); }
        }
        var el0 = overlay();
        if (el0) wire(el0);
        var source = null;
        function connect() {
          if (source) return;
          source = new EventSource('/__planvev/events?path=' + encodeURIComponent(page)
              + '&lang=' + encodeURIComponent(lang));
          source.addEventListener('build', function (e) {
            var d = JSON.parse(e.data);
            if (d.hash !== hash) { source.close(); reload(); return; }
            var el = overlay();
            if (el) el.remove();
          });
          source.addEventListener('errors', function (e) {
            show(JSON.parse(e.data).html);
          });
        }
        function disconnect() { if (source) { source.close(); source = null; } }
        document.addEventListener('visibilitychange', function () {
          if (document.hidden) disconnect(); else connect();
        });
        window.addEventListener('pagehide', disconnect);
        if (!document.hidden) connect();
      })();
      """;

  /** Scoped to the overlay; high contrast, readable at 200 % zoom, above the page. */
  static final String CSS =
      """
      #planvev-overlay {
        position: fixed; inset: auto 0 0 0; z-index: 2147483647;
        max-height: 60vh; overflow: auto; box-sizing: border-box;
        margin: 0; padding: 1rem 1.25rem;
        background: #fff; color: #1a1a1a; border-top: 0.5rem solid #b00020;
        box-shadow: 0 -0.25rem 1rem rgba(0, 0, 0, 0.3);
        font: 1rem/1.5 system-ui, sans-serif;
      }
      #planvev-overlay[hidden] { display: none; }
      #planvev-overlay:focus { outline: 3px solid #1a1a1a; outline-offset: -3px; }
      #planvev-overlay h2 { margin: 0 0 0.5rem; font-size: 1.25rem; color: #b00020; }
      #planvev-overlay p { margin: 0 0 0.5rem; }
      #planvev-overlay ul { margin: 0 0 0.75rem; padding-left: 1.25rem; }
      #planvev-overlay li { margin: 0.25rem 0; }
      #planvev-overlay code {
        font: 0.95rem/1.4 ui-monospace, monospace; background: #f3f3f3; padding: 0 0.25rem;
      }
      #planvev-overlay button {
        font: inherit; padding: 0.25rem 1rem; border: 2px solid #1a1a1a; background: #fff;
        color: #1a1a1a; cursor: pointer;
      }
      #planvev-overlay button:focus-visible { outline: 3px solid #b00020; outline-offset: 2px; }
      """;
}
