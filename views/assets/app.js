// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";
  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    return new Promise(function (resolve, reject) {
      var area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.style.position = "absolute";
      area.style.left = "-9999px";
      document.body.appendChild(area);
      area.select();
      var ok = false;
      try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
      document.body.removeChild(area);
      if (ok) { resolve(); } else { reject(new Error("copy")); }
    });
  }
  document.querySelectorAll("[data-copy]").forEach(function (button) {
    button.hidden = false;
    var status = button.parentNode.querySelector(".copy-status");
    button.addEventListener("click", function () {
      copyText(button.getAttribute("data-copy")).then(function () {
        if (status) { status.textContent = button.getAttribute("data-copied"); }
      }, function () {
        if (status) { status.textContent = button.getAttribute("data-failed"); }
      });
    });
  });
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });
})();
