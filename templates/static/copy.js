/* planvev: adds a copy button to each read-only code box (textarea[data-copy]). */
(function () {
  "use strict";
  var boxes = document.querySelectorAll("textarea[data-copy]");
  for (var i = 0; i < boxes.length; i++) add(boxes[i]);

  function add(box) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "copy";
    button.textContent = box.getAttribute("data-copy");
    var status = document.createElement("span");
    status.className = "copy-status";
    status.setAttribute("role", "status");
    button.addEventListener("click", function () {
      box.select();
      var done = function () { status.textContent = box.getAttribute("data-copied"); };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(box.value).then(done, function () {
          if (document.execCommand("copy")) done();
        });
      } else if (document.execCommand("copy")) {
        done();
      }
    });
    var p = document.createElement("p");
    p.className = "copy-row";
    p.appendChild(button);
    p.appendChild(status);
    box.parentNode.insertBefore(p, box.nextSibling);
  }
})();
