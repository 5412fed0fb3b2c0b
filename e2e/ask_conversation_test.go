package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// phones are the small screens every reply must be seen on.
var phones = []struct{ w, h int64 }{{360, 740}, {320, 640}}

// twoQuestions are asked in a row; the second reply must come into view
// as the first did.
var twoQuestions = map[string][2]string{
	"en": {"who pays for the plane ticket when the police deport me", "Will the police give me back my passport?"},
	"nb": {"hvem betaler for uttransporteringen", "Får jeg tilbake passet når jeg blir sendt ut?"},
}

// inView reports where an element is against the viewport: "" when it is
// wholly inside it.
func inView(t *testing.T, ctx context.Context, selector string) string {
	t.Helper()
	return eval[string](t, ctx, fmt.Sprintf(`(() => {
		const e = document.querySelector(%q);
		if (!e) return 'missing';
		const r = e.getBoundingClientRect();
		if (r.height === 0) return 'not rendered';
		if (r.top < 0 || r.bottom > window.innerHeight) return 'top ' + Math.round(r.top) + ', bottom ' + Math.round(r.bottom) + ' of ' + window.innerHeight;
		return '';
	})()`, selector))
}

func waitFor(t *testing.T, ctx context.Context, js string) {
	t.Helper()
	for i := 0; i < 200; i++ {
		if eval[bool](t, ctx, js) {
			return
		}
		time.Sleep(25 * time.Millisecond)
	}
	t.Fatalf("waited in vain for %s", js)
}

// With JavaScript, on a phone: after each question the new reply's heading
// is on screen and has focus (a screen reader reads it), on the home page
// and on the ask page.
func TestAskReplyComesIntoViewWithJavaScript(t *testing.T) {
	for _, ph := range phones {
		for _, lang := range languages {
			for _, start := range []string{"/" + lang + "/", "/" + lang + "/ask"} {
				t.Run(fmt.Sprintf("%dx%d%s", ph.w, ph.h, start), func(t *testing.T) {
					ctx := tab(t, true)
					must(t, chromedp.Do(ctx, chromedp.EmulateViewport(ph.w, ph.h, chromedp.EmulateMobile)))
					open(t, ctx, start)
					for i, q := range twoQuestions[lang] {
						must(t, chromedp.Do(ctx,
							chromedp.SendKeys(chromedp.CSS("#ask-q"), q),
							chromedp.KeyEvent(kb.Enter),
						))
						waitFor(t, ctx, fmt.Sprintf(`document.querySelectorAll('.ask-turn.reply .ask-reply-title').length === %d`, i+1))
						last := fmt.Sprintf(`.ask-turn.reply:nth-of-type(%d) .ask-reply-title`, 2*(i+1))
						if where := inView(t, ctx, last); where != "" {
							t.Errorf("reply %d is not in view: %s", i+1, where)
						}
						if !eval[bool](t, ctx, `document.activeElement === [...document.querySelectorAll('.ask-turn.reply .ask-reply-title')].pop()`) {
							t.Errorf("reply %d: focus is on %s, not on the reply's heading", i+1, eval[string](t, ctx, `document.activeElement.outerHTML.slice(0, 80)`))
						}
						if title := eval[string](t, ctx, `[...document.querySelectorAll('.ask-turn.reply .ask-reply-title')].pop().textContent`); title == "" {
							t.Errorf("reply %d has no title", i+1)
						}
					}
					if p := path(t, ctx); p != start {
						t.Errorf("the page moved to %s", p)
					}
				})
			}
		}
	}
}

// Without JavaScript, on a phone: each question loads the reply page, whose
// reply title and first line are on the first screen; asking again from
// its box does the same.
func TestAskReplyIsInViewWithoutJavaScript(t *testing.T) {
	for _, ph := range phones {
		for _, lang := range languages {
			t.Run(fmt.Sprintf("%dx%d/%s", ph.w, ph.h, lang), func(t *testing.T) {
				ctx := tab(t, false)
				must(t, chromedp.Do(ctx, chromedp.EmulateViewport(ph.w, ph.h, chromedp.EmulateMobile)))
				open(t, ctx, "/"+lang+"/ask")
				for i, q := range twoQuestions[lang] {
					must(t, chromedp.Do(ctx, chromedp.SetValue(chromedp.CSS("#ask-q"), q)))
					if _, err := chromedp.RunResponse(ctx, chromedp.Submit(chromedp.CSS("#ask-q"))); err != nil {
						t.Fatal(err)
					}
					if p := path(t, ctx); !strings.HasPrefix(p, "/"+lang+"/ask?q=") {
						t.Fatalf("question %d led to %s", i+1, p)
					}
					for _, sel := range []string{"#ask-reply-title", ".ask-reply .lead"} {
						if where := inView(t, ctx, sel); where != "" {
							t.Errorf("question %d: %s is not in view at load: %s", i+1, sel, where)
						}
					}
				}
				// Every other kind of reply page: its title at least.
				for _, p := range askPages[lang][1:] {
					if strings.Contains(p, "xxxxx") {
						continue
					}
					open(t, ctx, p)
					if where := inView(t, ctx, "#ask-reply-title"); where != "" {
						t.Errorf("%.60s: the reply's title is not in view at load: %s", p, where)
					}
				}
			})
		}
	}
}

// fakeReplies are replies of every kind as the API's contract describes
// them, for the kinds the engine gives only for some questions.
func fakeReplies(lang string) map[string]map[string]any {
	other := map[string]string{"en": "nb", "nb": "en"}[lang]
	return map[string]map[string]any{
		"choice": {"lang": lang, "kind": "choice", "title": "Which of these do you mean?", "text": "", "links": []any{},
			"answers": []any{
				map[string]any{"id": "expulsion", "title": "Expulsion", "summary": "What expulsion means.", "url": "http://x/" + lang + "/a/expulsion", "score": 0.5},
				map[string]any{"id": "refused-entry", "title": "Refused entry", "summary": "What refusal means.", "url": "http://x/" + lang + "/a/refused-entry", "score": 0.5},
			}},
		"referral": {"lang": lang, "kind": "referral", "title": "Applying for asylum", "text": "This service does not cover it. The UDI does.", "answers": []any{},
			"links": []any{
				map[string]any{"type": "site", "id": "udi", "title": "UDI (udi.no)", "url": "https://www.udi.no/"},
				map[string]any{"type": "site", "id": "evil", "title": "Not https", "url": "javascript:alert(1)"},
				map[string]any{"type": "page", "id": "help", "title": "Where to get help", "url": "http://x/" + lang + "/help"},
			}},
		"language": {"lang": lang, "kind": "language", "title": "هذه الخدمة بالإنجليزية والنرويجية", "text": "تجيب هذه الخدمة باللغتين الإنجليزية والنرويجية فقط.",
			"text_lang": "ar", "links": []any{},
			"answers": []any{map[string]any{"id": "dublin", "title": "Dublin", "url": "http://x/" + lang + "/t/dublin", "score": 0}}},
		"untitled": {"lang": lang, "kind": "language", "title": "", "text": "این سرویس فقط به انگلیسی و نروژی پاسخ می‌دهد.",
			"text_lang": "fa", "links": []any{}, "answers": []any{}},
		"suggest": {"lang": lang, "kind": "fallback", "title": "", "text": "No answer.", "suggest_lang": other, "links": []any{},
			"answers": []any{map[string]any{"id": "dublin", "title": "Dublin", "url": "http://x/" + lang + "/t/dublin", "score": 0}}},
	}
}

// With JavaScript: every kind of reply is rendered as the contract says,
// and the conversation passes the accessibility audit.
func TestAskConversationRendersEveryKind(t *testing.T) {
	for _, lang := range languages {
		ctx := tab(t, true)
		must(t, chromedp.Do(ctx, chromedp.EmulateViewport(360, 740, chromedp.EmulateMobile)))
		open(t, ctx, "/"+lang+"/ask")
		fakes := fakeReplies(lang)
		for i, kind := range []string{"choice", "referral", "language", "untitled", "suggest"} {
			b, _ := json.Marshal(fakes[kind])
			eval[any](t, ctx, `window.fetch = () => Promise.resolve(new Response(`+string(mustJSON(string(b)))+`, {status: 200, headers: {'Content-Type': 'application/json'}})); true`)
			must(t, chromedp.Do(ctx, chromedp.SendKeys(chromedp.CSS("#ask-q"), "question "+kind), chromedp.KeyEvent(kb.Enter)))
			waitFor(t, ctx, fmt.Sprintf(`document.querySelectorAll('.ask-turn.reply').length === %d`, i+1))
			html := eval[string](t, ctx, `[...document.querySelectorAll('.ask-turn.reply')].pop().outerHTML`)
			var want []string
			switch kind {
			case "choice":
				want = []string{`href="/` + lang + `/a/expulsion"`, `What expulsion means.`, `href="/` + lang + `/a/refused-entry"`, `Which of these do you mean?`}
			case "referral":
				want = []string{`href="https://www.udi.no/"`, `This service does not cover it.`, `href="/` + lang + `/help"`, `Applying for asylum`}
				if strings.Contains(html, "javascript:") {
					t.Errorf("%s referral: a link that is not https was made", lang)
				}
			case "language":
				want = []string{`lang="ar"`, `dir="rtl"`, `href="/` + lang + `/t/dublin"`}
			case "untitled":
				want = []string{`<p lang="fa" dir="rtl">`, map[string]string{"en": "We answer in English and Norwegian", "nb": "Vi svarer på engelsk og norsk"}[lang] + "</h"}
			case "suggest":
				other := map[string]string{"en": "nb", "nb": "en"}[lang]
				want = []string{`class="ask-lang-hint" lang="` + other + `"`, `href="/` + other + `/ask?q=question+suggest"`}
			}
			for _, w := range want {
				if !strings.Contains(html, w) {
					t.Errorf("%s %s: the reply lacks %s: %.400s", lang, kind, w, html)
				}
			}
			if where := inView(t, ctx, `.ask-turn.reply:last-child .ask-reply-title`); where != "" {
				t.Errorf("%s %s: not in view: %s", lang, kind, where)
			}
		}
		for _, v := range audit(t, ctx) {
			t.Errorf("%s conversation: %s (%s): %s at %v", lang, v.ID, v.Impact, v.Help, v.Nodes)
		}
	}
}

func mustJSON(s string) []byte {
	b, _ := json.Marshal(s)
	return b
}

func audit(t *testing.T, ctx context.Context) []violation {
	t.Helper()
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[any](axeJS)); err != nil {
		t.Fatalf("injecting axe-core: %v", err)
	}
	out, err := chromedp.Run(ctx, chromedp.Evaluate[string](axeRun, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("running axe-core: %v", err)
	}
	var vs []violation
	if err := json.Unmarshal([]byte(out), &vs); err != nil {
		t.Fatal(err)
	}
	return vs
}

// askPages are reply pages of each kind the server gives without
// JavaScript, and the entry page.
var askPages = map[string][]string{
	"en": {"/en/ask", "/en/ask?a=expulsion", "/en/ask?c=expulsion,refused-entry,advance-notice",
		"/en/ask?q=" + url.QueryEscape("How many people were returned in May 2025?"),
		"/en/ask?q=" + url.QueryEscape("Will the police give me back my passport? 12345678901"),
		"/en/ask?q=" + url.QueryEscape("Who won the football match yesterday?"),
		"/en/ask?q=" + url.QueryEscape("I want to apply for asylum"),
		"/en/ask?q=" + url.QueryEscape("expelled or refused entry, what is the difference"),
		"/en/ask?q=" + url.QueryEscape("ماذا يحدث إذا رفض طلب اللجوء"),
		"/en/ask?q=" + url.QueryEscape("hvem betaler for uttransporteringen"),
		"/en/ask?q=" + strings.Repeat("x", 501)},
	"nb": {"/nb/ask", "/nb/ask?a=expulsion", "/nb/ask?c=expulsion,refused-entry",
		"/nb/ask?q=" + url.QueryEscape("Hvor mange ble uttransportert i mai 2025?"),
		"/nb/ask?q=" + url.QueryEscape("Får jeg passet tilbake? 12345678901"),
		"/nb/ask?q=" + url.QueryEscape("Hvem vant fotballkampen i går?"),
		"/nb/ask?q=" + url.QueryEscape("Jeg vil søke asyl"),
		"/nb/ask?q=" + url.QueryEscape("Jeg er utvist eller bortvist, kan jeg komme tilbake senere?"),
		"/nb/ask?q=" + url.QueryEscape("Что будет если меня депортируют"),
		"/nb/ask?q=" + url.QueryEscape("who pays for a forced return")},
}

// Every kind of reply page passes the audit. ask.js changes nothing on a
// page until a question is asked, so this is also the page without it.
func TestAskReplyPagesPassTheAudit(t *testing.T) {
	for _, lang := range languages {
		for _, p := range askPages[lang] {
			t.Run(strings.ReplaceAll(p, "/", "_"), func(t *testing.T) {
				ctx := tab(t, true)
				open(t, ctx, p)
				for _, v := range audit(t, ctx) {
					t.Errorf("%s (%s): %s at %v", v.ID, v.Impact, v.Help, v.Nodes)
				}
			})
		}
	}
}
