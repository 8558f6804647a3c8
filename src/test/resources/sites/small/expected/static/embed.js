/*
 * planvev embed: turns each <div data-planvev-embed="URL" data-title="..."> on the page into an
 * iframe of URL that takes the height of its content. The embedded page reports its height with
 * postMessage({type: "planvev:height", height: N}); a message counts only when it comes from
 * that iframe's window AND from the origin of its URL. Our own code (iframe-resizer is GPL).
 */
(function () {
  "use strict";
  var state = window.planvevEmbed;
  if (state) { state.scan(); return; } // the snippet was pasted more than once
  var frames = [];

  function setup(div) {
    if (div.hasAttribute("data-planvev-ready")) return;
    var url;
    try { url = new URL(div.getAttribute("data-planvev-embed"), document.baseURI); } catch (e) { return; }
    if (url.protocol !== "https:" && url.protocol !== "http:") return;
    div.setAttribute("data-planvev-ready", "");
    var f = document.createElement("iframe");
    f.src = url.href;
    f.title = div.getAttribute("data-title") || "planvev: " + url.host;
    f.setAttribute("loading", "lazy");
    f.style.cssText = "display:block;width:100%;height:150px;border:0";
    div.appendChild(f);
    frames.push({ frame: f, origin: url.origin });
  }

  function scan() {
    var divs = document.querySelectorAll("div[data-planvev-embed]");
    for (var i = 0; i < divs.length; i++) setup(divs[i]);
  }

  window.addEventListener("message", function (e) {
    var d = e.data;
    if (!d || d.type !== "planvev:height" || typeof d.height !== "number") return;
    for (var i = 0; i < frames.length; i++) {
      var x = frames[i];
      if (e.source === x.frame.contentWindow && e.origin === x.origin) {
        var h = Math.ceil(d.height);
        if (h > 0 && h < 100000) x.frame.style.height = h + "px";
      }
    }
  });

  window.planvevEmbed = { scan: scan };
  scan();
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", scan);
})();
