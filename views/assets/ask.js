// The question box as a conversation. Progressive enhancement only: without
// this file the box is a plain form and /{lang}/ask answers it. Nothing is
// stored: the conversation lives in the page and is gone when it closes.
// Each reply is brought into view and its heading takes focus, so that it
// is seen on a small phone and read out by a screen reader.
(function () {
  "use strict";
  if (!window.fetch || !window.URLSearchParams || !window.URL) { return; }

  var rtlScripts = /^(Arab|Hebr|Syrc|Thaa|Nkoo|Adlm|Rohg)$/;
  var rtlLangs = /^(ar|fa|prs|ps|ur|he|yi|ckb|sd|ug|dv|syr)(-|$)/i;

  // direction is "rtl" for a language written right to left.
  function direction(tag) {
    try {
      var script = new Intl.Locale(tag).maximize().script;
      if (script) { return rtlScripts.test(script) ? "rtl" : "ltr"; }
    } catch (e) { /* an old browser or an odd tag: the list below */ }
    return rtlLangs.test(tag) ? "rtl" : "ltr";
  }

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) { e.className = className; }
    if (text) { e.textContent = text; }
    return e;
  }

  // Links to this site keep only their path, whatever the address says;
  // official sites (external) must be https.
  function link(href, text, external) {
    var a = el("a", "", text);
    try {
      var u = new URL(href, window.location.href);
      if (external) {
        if (u.protocol !== "https:") { return el("span", "", text); }
        a.href = u.href;
      } else {
        a.href = u.pathname;
      }
    } catch (e) {
      return el("span", "", text);
    }
    return a;
  }

  function list(items, withSummary, external) {
    var ul = el("ul", "link-list");
    items.forEach(function (it) {
      var li = el("li");
      li.appendChild(link(it.url, it.title, external));
      if (withSummary && it.summary) { li.appendChild(el("p", "", it.summary)); }
      ul.appendChild(li);
    });
    return ul;
  }

  function turn(box, kind, who, parts) {
    var t = el("div", "ask-turn " + kind);
    t.appendChild(el("span", "who", who));
    parts.forEach(function (p) { if (p) { t.appendChild(p); } });
    box.log.appendChild(t);
    box.log.hidden = false;
    return t;
  }

  // hint tells someone who wrote in another published language to ask on
  // that language's page, in that language, with the question carried.
  // With personal data in it, the question is not carried in an address.
  function hint(box, lang, question, personal) {
    var h = box.hints[lang];
    if (!h) { return null; }
    var p = el("p", "ask-lang-hint", h[0] + " ");
    p.lang = lang;
    var a = el("a", "", h[1]);
    a.href = "/" + encodeURIComponent(lang) + "/ask" + (personal ? "" : "?" + new URLSearchParams({ q: question }).toString());
    a.hreflang = lang;
    p.appendChild(a);
    return p;
  }

  // replyParts renders every kind of reply; the heading names what the
  // reply answers.
  function replyParts(box, data, question) {
    var parts = [];
    if (data.warning) { parts.push(el("p", "ask-warning", data.warning)); }
    if (data.suggest_lang) { parts.push(hint(box, data.suggest_lang, question, !!data.warning)); }
    var items = data.answers || [];
    var links = data.links || [];
    var title = data.title || (data.kind === "answer" && items.length > 0 ? items[0].title : "");
    var head = el(box.level, "ask-reply-title", title || box.titles[data.kind] || box.answer);
    head.tabIndex = -1;
    var text = data.text ? el("p", "", data.text) : null;
    if (data.text_lang && !data.title) {
      // The heading is ours, in the page's language; the notice is not.
      if (text) {
        text.lang = data.text_lang;
        text.dir = direction(data.text_lang);
      }
      parts.push(head, text);
    } else if (data.text_lang) {
      var notice = el("div", "ask-notice");
      notice.lang = data.text_lang;
      notice.dir = direction(data.text_lang);
      notice.appendChild(head);
      if (text) { notice.appendChild(text); }
      parts.push(notice);
    } else {
      parts.push(head, text);
    }
    switch (data.kind) {
      case "answer":
        if (items.length > 0) {
          var first = el("p");
          first.appendChild(link(items[0].url, box.readFull + ": " + items[0].title));
          parts.push(first);
        }
        if (items.length > 1) {
          parts.push(el("p", "ask-others", box.others));
          parts.push(list(items.slice(1), false));
        }
        break;
      case "choice":
        parts.push(list(items, true));
        break;
      case "referral":
        var sites = links.filter(function (l) { return l.type === "site"; });
        if (sites.length > 0) { parts.push(list(sites, false, true)); }
        links.filter(function (l) { return l.type !== "site"; }).forEach(function (l) {
          var p = el("p", "ask-help");
          p.appendChild(link(l.url, l.title));
          parts.push(p);
        });
        break;
      case "fallback":
      case "language":
        if (items.length > 0) {
          parts.push(el("p", "ask-others", box.topics));
          parts.push(list(items, false));
        }
        break;
      default:
        if (items.length > 0) { parts.push(list(items, false)); }
    }
    return { parts: parts, head: head };
  }

  // show brings the new turn into view, the question above its reply if
  // both fit, and moves focus to the reply's heading.
  function show(youTurn, head) {
    youTurn.scrollIntoView({ block: "start" });
    if (head.getBoundingClientRect().bottom > window.innerHeight) {
      head.scrollIntoView({ block: "start" });
    }
    head.focus({ preventScroll: true });
  }

  function ask(box, question) {
    var you = turn(box, "you", box.you, [el("p", "", question)]);
    box.status.textContent = box.waiting;
    box.busy = true;
    var url = box.api + "?" + new URLSearchParams({ lang: box.lang, q: question }).toString();
    function done(parts, head) {
      box.busy = false;
      box.status.textContent = "";
      turn(box, "reply", box.answer, parts);
      show(you, head);
    }
    fetch(url, { headers: { Accept: "application/json" }, credentials: "omit", cache: "no-store" })
      .then(function (res) {
        if (res.status === 400) { throw new Error("bad request"); }
        if (!res.ok) { throw new Error("failed"); }
        return res.json();
      })
      .then(function (data) {
        var r = replyParts(box, data, question);
        done(r.parts, r.head);
      }, function (err) {
        var head = el(box.level, "ask-reply-title", err.message === "bad request" ? box.tooLong : box.failed);
        head.tabIndex = -1;
        done([head], head);
      });
  }

  document.querySelectorAll("[data-ask]").forEach(function (section) {
    var form = section.querySelector("form");
    var input = section.querySelector("input[name=q]");
    var log = section.querySelector("[data-ask-log]");
    var status = section.querySelector("[data-ask-status]");
    if (!form || !input || !log || !status) { return; }
    var hints = {};
    Array.prototype.forEach.call(section.attributes, function (a) {
      if (a.name.indexOf("data-hint-") === 0) { hints[a.name.slice(10)] = a.value.split("|"); }
    });
    var box = {
      log: log,
      status: status,
      hints: hints,
      // Reply headings sit one level below the box's own heading.
      level: section.querySelector("h2") ? "h3" : "h2",
      api: section.getAttribute("data-api"),
      lang: section.getAttribute("data-lang"),
      you: section.getAttribute("data-you"),
      answer: section.getAttribute("data-answer"),
      waiting: section.getAttribute("data-waiting"),
      failed: section.getAttribute("data-failed"),
      readFull: section.getAttribute("data-read-full"),
      tooLong: section.getAttribute("data-too-long"),
      others: section.getAttribute("data-others"),
      topics: section.getAttribute("data-topics"),
      titles: {
        statistic: section.getAttribute("data-title-statistic"),
        language: section.getAttribute("data-title-language"),
        fallback: section.getAttribute("data-title-fallback")
      }
    };
    form.addEventListener("submit", function (event) {
      var question = input.value.trim();
      event.preventDefault();
      if (question === "" || box.busy) { input.focus(); return; }
      input.value = "";
      ask(box, question);
    });
  });
})();
