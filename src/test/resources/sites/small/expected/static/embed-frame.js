/* planvev embed page: tells the page that embeds it how tall it is, whenever that changes. */
(function () {
  "use strict";
  if (window.parent === window) return;
  var last = -1;
  function send() {
    var h = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (h === last) return;
    last = h;
    // The height is not secret; the receiving script checks the origin and the source.
    window.parent.postMessage({ type: "planvev:height", height: h }, "*");
  }
  if (window.ResizeObserver) new ResizeObserver(send).observe(document.documentElement);
  window.addEventListener("load", send);
  send();
})();
