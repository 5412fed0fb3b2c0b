// The question box as a conversation. Progressive enhancement only: without
// this file the box is a plain form and /{lang}/ask answers it. Nothing is
// stored: the conversation lives in the page and is gone when it closes.
(function () {
  "use strict";
  if (!window.fetch || !window.URLSearchParams) { return; }

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) { e.className = className; }
    if (text) { e.textContent = text; }
    return e;
  }

  // Links go to this site only: whatever the address, its path here.
  function link(href, text) {
    var a = el("a", "", text);
    try {
      a.href = new URL(href, window.location.href).pathname;
    } catch (e) {
      return el("span", "", text);
    }
    return a;
  }

  function turn(box, kind, who, parts) {
    var t = el("div", "ask-turn " + kind);
    t.appendChild(el("span", "who", who));
    parts.forEach(function (p) { if (p) { t.appendChild(p); } });
    box.log.appendChild(t);
    box.log.hidden = false;
    return t;
  }

  function replyParts(box, data) {
    var parts = [];
    if (data.warning) { parts.push(el("p", "ask-warning", data.warning)); }
    parts.push(el("p", "", data.text));
    var items = data.answers || [];
    if (data.kind === "answer" && items.length > 0) {
      var first = el("p");
      first.appendChild(link(items[0].url, box.readFull + ": " + items[0].title));
      parts.push(first);
      items = items.slice(1);
    }
    if (items.length > 0) {
      var list = el("ul", "link-list");
      items.forEach(function (it) {
        var li = el("li");
        li.appendChild(link(it.url, it.title));
        list.appendChild(li);
      });
      parts.push(list);
    }
    return parts;
  }

  function ask(box, question) {
    turn(box, "you", box.you, [el("p", "", question)]);
    var waiting = turn(box, "reply", box.answer, [el("p", "", box.waiting)]);
    waiting.setAttribute("aria-busy", "true");
    var url = box.api + "?" + new URLSearchParams({ lang: box.lang, q: question }).toString();
    fetch(url, { headers: { Accept: "application/json" }, credentials: "omit", cache: "no-store" })
      .then(function (res) {
        if (res.status === 400) { throw new Error("bad request"); }
        if (!res.ok) { throw new Error("failed"); }
        return res.json();
      })
      .then(function (data) {
        waiting.remove();
        turn(box, "reply", box.answer, replyParts(box, data));
      }, function (err) {
        waiting.remove();
        turn(box, "reply", box.answer, [el("p", "", err.message === "bad request" ? box.tooLong : box.failed)]);
      });
  }

  document.querySelectorAll("[data-ask]").forEach(function (section) {
    var form = section.querySelector("form");
    var input = section.querySelector("input[name=q]");
    var log = section.querySelector("[data-ask-log]");
    if (!form || !input || !log) { return; }
    var box = {
      log: log,
      api: section.getAttribute("data-api"),
      lang: section.getAttribute("data-lang"),
      you: section.getAttribute("data-you"),
      answer: section.getAttribute("data-answer"),
      waiting: section.getAttribute("data-waiting"),
      failed: section.getAttribute("data-failed"),
      readFull: section.getAttribute("data-read-full"),
      tooLong: section.getAttribute("data-too-long")
    };
    form.addEventListener("submit", function (event) {
      var question = input.value.trim();
      event.preventDefault();
      if (question === "") { input.focus(); return; }
      input.value = "";
      ask(box, question);
      // Focus stays in the box for the next question; the log (role=log)
      // reads each reply aloud as it arrives.
      input.focus();
    });
  });
})();
