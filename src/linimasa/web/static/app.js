// linimasa: the only script (served from /static; the CSP forbids inline script).
// Highlight legend: each checkbox switches one kind of highlight on or off.
(function () {
  "use strict";
  function setup() {
    var text = document.getElementById("article-text");
    var boxes = document.querySelectorAll("#legend input[data-hl]");
    if (!text) { return; }
    boxes.forEach(function (box) {
      box.addEventListener("change", function () {
        text.classList.toggle("off-" + box.getAttribute("data-hl"), !box.checked);
      });
    });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setup);
  } else {
    setup();
  }
})();
