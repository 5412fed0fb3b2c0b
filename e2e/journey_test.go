package e2e

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// A person starts on the home page, takes the guided flow to an outcome,
// opens a linked answer and switches language: they must land on the same
// answer in Norwegian. With and without JavaScript.
func TestJourneyHomeGuideOutcomeAnswerLanguageSwitch(t *testing.T) {
	for _, js := range []bool{true, false} {
		name := "without JavaScript"
		if js {
			name = "with JavaScript"
		}
		t.Run(name, func(t *testing.T) {
			ctx := tab(t, js)
			open(t, ctx, "/en/")
			click(t, ctx, `main a.button[href="/en/guide"]`)
			for step := 0; ; step++ {
				if step > 5 {
					t.Fatal("more than five questions")
				}
				// Pick the first option that is not "I don't know".
				radio := eval[string](t, ctx, `(() => {
					const r = [...document.querySelectorAll('main input[type=radio]')];
					return r.length ? '#' + CSS.escape(r[Math.min(1, r.length - 1)].id) : '';
				})()`)
				if radio == "" {
					break
				}
				must(t, chromedp.Do(ctx, chromedp.Click(chromedp.CSS(radio), chromedp.NodeVisible)))
				click(t, ctx, `main form button[type=submit]`)
			}
			if !strings.HasPrefix(path(t, ctx), "/en/guide?") {
				t.Fatalf("the outcome is not a shareable link: %s", path(t, ctx))
			}
			if n := eval[int](t, ctx, `document.querySelectorAll('main .link-list a[href^="/en/a/"]').length`); n == 0 {
				t.Fatal("the outcome links no answer")
			}
			href := eval[string](t, ctx, `document.querySelector('main .link-list a').getAttribute('href')`)
			id := strings.TrimPrefix(href, "/en/a/")
			click(t, ctx, `main .link-list a`)
			enTitle := eval[string](t, ctx, `document.querySelector('h1').textContent.trim()`)
			if eval[string](t, ctx, `document.documentElement.lang`) != "en" || enTitle == "" {
				t.Fatal("the answer page is not in English or has no title")
			}
			click(t, ctx, `.lang-switch a[hreflang="nb"]`)
			if got := eval[string](t, ctx, `document.documentElement.lang`); got != "nb" {
				t.Fatalf("after the language switch, lang=%q", got)
			}
			if p := path(t, ctx); !strings.HasPrefix(p, "/nb/a/"+id+"/") {
				t.Fatalf("the language switch led to %s, not to answer %s in Norwegian", p, id)
			}
			if nbTitle := eval[string](t, ctx, `document.querySelector('h1').textContent.trim()`); nbTitle == enTitle {
				t.Errorf("the Norwegian title is the English one: %q", nbTitle)
			}
		})
	}
}

// The copy button exists only with JavaScript; without it, the link is
// still there to select and copy.
func TestCopyButtonIsAnEnhancement(t *testing.T) {
	withJS := tab(t, true)
	open(t, withJS, "/nb/a/forced-return-costs")
	if eval[bool](t, withJS, `document.querySelector('button[data-copy]').hidden`) {
		t.Error("with JavaScript the copy button should show")
	}
	noJS := tab(t, false)
	open(t, noJS, "/nb/a/forced-return-costs")
	if !eval[bool](t, noJS, `document.querySelector('button[data-copy]').hidden`) {
		t.Error("without JavaScript a copy button that cannot work must stay hidden")
	}
	if eval[string](t, noJS, `document.querySelector('.stable-link a').textContent`) == "" {
		t.Error("the stable link must be readable without JavaScript")
	}
}

// The statistics: from the overview to a month, to its full table, sorted
// by a column header link, with JavaScript off.
func TestStatisticsWithoutJavaScript(t *testing.T) {
	ctx := tab(t, false)
	open(t, ctx, "/nb/statistics")
	click(t, ctx, `main a[href="/nb/statistics/2023-11"]`)
	if got := eval[string](t, ctx, `document.querySelector('h1').textContent`); !strings.Contains(got, "november 2023") {
		t.Fatalf("month page h1 %q", got)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll('main figure svg').length`); n < 2 {
		t.Errorf("%d charts on the month page, want at least 2", n)
	}
	if !strings.Contains(eval[string](t, ctx, `document.querySelector('main').textContent`), "2\u00a0151") {
		t.Error("the so-far-this-year figure 2 151 is not written the Norwegian way")
	}
	click(t, ctx, `main a[href^="/nb/statistics/2023-11/nationality"]`)
	click(t, ctx, `main th a[href*="sort=total"]`)
	if got := eval[string](t, ctx, `document.querySelector('th[aria-sort]').getAttribute('aria-sort')`); got == "" {
		t.Error("the sorted column has no aria-sort")
	}
}
