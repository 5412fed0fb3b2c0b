package e2e

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// pageTypes are one page of every kind, with {lang} for the language.
var pageTypes = []string{
	"/{lang}/",
	"/{lang}/t/forced-return",
	"/{lang}/a/forced-return-process",
	"/{lang}/guide",
	"/{lang}/guide?step=situation", // the error summary
	"/{lang}/guide?deadline=no&rejected-fast-track=no&rejected-help=yes&situation=rejected",
	"/{lang}/no-such-page",
	"/{lang}/accessibility",
	"/{lang}/help",
	"/{lang}/statistics",
	"/{lang}/statistics/2025-05",
	"/{lang}/statistics/2022-06",
	"/{lang}/statistics/2023-11/nationality?sort=total&order=desc",
	"/{lang}/statistics/2023-01/destination",
	"/{lang}/statistics/trends",
	"/{lang}/ask?q=who+pays+for+the+ticket",
	"/{lang}/ask?q=weather+tomorrow",
	"/{lang}/ask?q=my+number+is+12345678901",
}

var languages = []string{"en", "nb"}

type violation struct {
	ID     string   `json:"id"`
	Impact string   `json:"impact"`
	Help   string   `json:"help"`
	Nodes  []string `json:"nodes"`
}

// axeRun audits the page with the WCAG 2.x A and AA rules.
const axeRun = `axe.run(document, {
	runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']},
	resultTypes: ['violations']
}).then(r => JSON.stringify(r.violations.map(v => ({
	id: v.id, impact: v.impact, help: v.help,
	nodes: v.nodes.slice(0, 5).map(n => n.target.join(' '))
}))))`

func TestAccessibilityAuditHasNoViolations(t *testing.T) {
	ctx := tab(t, true)
	for _, lang := range languages {
		for _, p := range pageTypes {
			target := strings.ReplaceAll(p, "{lang}", lang)
			t.Run(target, func(t *testing.T) {
				open(t, ctx, target)
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
				for _, v := range vs {
					t.Errorf("%s (%s): %s at %v", v.ID, v.Impact, v.Help, v.Nodes)
				}
			})
		}
	}
}

// At 320 CSS pixels (WCAG 1.4.10 Reflow) no page may scroll sideways.
func TestNoSidewaysScrollingAt320Pixels(t *testing.T) {
	ctx := tab(t, true)
	must(t, chromedp.Do(ctx, chromedp.EmulateViewport(320, 640, chromedp.EmulateMobile)))
	for _, lang := range languages {
		for _, p := range pageTypes {
			target := strings.ReplaceAll(p, "{lang}", lang)
			open(t, ctx, target)
			over := eval[string](t, ctx, `(() => {
				const w = document.documentElement.clientWidth;
				if (document.documentElement.scrollWidth <= w) return '';
				const wide = [...document.querySelectorAll('body *')].find(e => e.getBoundingClientRect().right > w + 1);
				return document.documentElement.scrollWidth + 'px wide; first too wide: ' + (wide ? wide.outerHTML.slice(0, 120) : '?');
			})()`)
			if over != "" {
				t.Errorf("%s scrolls sideways at 320px: %s", target, over)
			}
		}
	}
}

// The audit must be able to fail: a page with an image without alt text and
// a button without a name must report both.
func TestAxeReportsAKnownViolation(t *testing.T) {
	ctx := tab(t, true)
	open(t, ctx, "/en/")
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[any](axeJS)); err != nil {
		t.Fatal(err)
	}
	eval[any](t, ctx, `document.querySelector('main').insertAdjacentHTML('beforeend', '<img src="/healthz"><button></button>')`)
	out, err := chromedp.Run(ctx, chromedp.Evaluate[string](axeRun, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"image-alt", "button-name"} {
		if !strings.Contains(out, `"id":"`+id+`"`) {
			t.Errorf("axe did not report %s: %s", id, out)
		}
	}
}
