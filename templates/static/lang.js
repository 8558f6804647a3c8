/* planvev: on the root page, go on to the first language the browser asks for that the site
   has (nb for "no"; "en" for "en-GB"). With none of them, or without JavaScript, the reader
   chooses from the list. */
(function () {
  "use strict";
  var list = document.getElementById("planvev-languages");
  if (!list) return;
  var links = list.querySelectorAll("a[hreflang]");
  var wanted = navigator.languages && navigator.languages.length
    ? navigator.languages : [navigator.language || ""];
  for (var i = 0; i < wanted.length; i++) {
    var tag = String(wanted[i]).toLowerCase();
    var primary = tag.split("-")[0];
    if (primary === "no") primary = "nb";
    for (var pass = 0; pass < 2; pass++) {
      for (var j = 0; j < links.length; j++) {
        var code = links[j].getAttribute("hreflang").toLowerCase();
        if (pass === 0 ? code === tag : code === primary || code.split("-")[0] === primary) {
          window.location.replace(links[j].href);
          return;
        }
      }
    }
  }
})();
