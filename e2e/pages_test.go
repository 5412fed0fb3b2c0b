package e2e

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// visibleButtons lists the buttons a person can see, with whether each can
// work without JavaScript (a submit button in a form).
const visibleButtons = `[...document.querySelectorAll('button, [role=button]')]
	.filter(b => b.getClientRects().length > 0 && getComputedStyle(b).visibility !== 'hidden')
	.map(b => ((b.type === 'submit' && b.form) ? 'works: ' : 'needs-js: ') + b.outerHTML.slice(0, 100))`

// Without JavaScript no button is shown that cannot work: the copy and
// print buttons appear only when the script that runs them has.
func TestNoButtonWithoutJavaScriptUnlessItWorks(t *testing.T) {
	noJS := tab(t, false)
	withJS := tab(t, true)
	for _, lang := range languages {
		for _, p := range pageTypes {
			target := strings.ReplaceAll(p, "{lang}", lang)
			open(t, noJS, target)
			for _, b := range eval[[]string](t, noJS, visibleButtons) {
				if strings.HasPrefix(b, "needs-js") {
					t.Errorf("%s without JavaScript shows a button that does nothing: %s", target, b)
				}
			}
		}
		// With JavaScript they show, and look like buttons: a border that
		// sets them apart from the grey box they sit in.
		open(t, withJS, "/"+lang+"/a/forced-return-costs")
		for _, sel := range []string{"button[data-copy]", "button[data-print]"} {
			style := eval[string](t, withJS, `(() => { const b = document.querySelector('`+sel+`');
				if (!b || b.getClientRects().length === 0) return 'hidden';
				const s = getComputedStyle(b), box = getComputedStyle(b.closest('.share'));
				return s.borderTopWidth + ' ' + (s.backgroundColor === box.backgroundColor ? 'same-background' : 'own-background'); })()`)
			if style == "hidden" || !strings.HasPrefix(style, "2px") {
				t.Errorf("%s with JavaScript: %s is %q, want a visible button with a 2px border", lang, sel, style)
			}
		}
	}
}

// The header takes at most a fifth of a 320×640 screen, so the page's own
// content starts on the first screen.
func TestHeaderFitsOnASmallScreen(t *testing.T) {
	ctx := tab(t, true)
	must(t, chromedp.Do(ctx, chromedp.EmulateViewport(320, 640, chromedp.EmulateMobile)))
	for _, lang := range languages {
		for _, p := range []string{"/{lang}/", "/{lang}/a/international-protection-returns", "/{lang}/statistics"} {
			target := strings.ReplaceAll(p, "{lang}", lang)
			open(t, ctx, target)
			if h := eval[float64](t, ctx, `document.querySelector('.site-header').getBoundingClientRect().height`); h > 128 {
				t.Errorf("%s: the header is %.0f px tall at 320×640; at most 128 (a fifth)", target, h)
			}
		}
	}
}

var pdfPages = regexp.MustCompile(`(?m)^Pages:\s+(\d+)`)

// A printed answer fits one A4 and one US Letter page, says it is not
// legal advice, prints links to other answers as full addresses, and does
// not break its own link at a hyphen.
func TestPrintedAnswerFitsOnePage(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Fatal("pdftotext is needed (apt-get install -y poppler-utils; scripts/test.sh installs it)")
	}
	ctx := tab(t, true)
	papers := []struct {
		name          string
		width, height float64 // inches
	}{{"A4", 8.27, 11.69}, {"Letter", 8.5, 11}}
	answers := []string{"international-protection-returns", "forced-return-process", "police-escort", "minors", "expulsion", "readmission-agreements"}
	dir := t.TempDir()
	for _, lang := range languages {
		for _, id := range answers {
			target := "/" + lang + "/a/" + id
			open(t, ctx, target)
			for _, paper := range papers {
				res, err := chromedp.Call(ctx, page.PrintToPDF, page.PrintToPDFParams{PaperWidth: paper.width, PaperHeight: paper.height})
				must(t, err)
				pdf := res.Data
				file := filepath.Join(dir, lang+id+paper.name+".pdf")
				must(t, os.WriteFile(file, pdf, 0o644))
				info, err := exec.Command("pdfinfo", file).Output()
				must(t, err)
				if n := pdfPages.FindSubmatch(info); n == nil || string(n[1]) != "1" {
					t.Errorf("%s printed on %s: pdfinfo says %q, want 1 page", target, paper.name, pdfPages.Find(info))
				}
				out, err := exec.Command("pdftotext", "-layout", file, "-").Output()
				must(t, err)
				text := string(bytes.Join(bytes.Fields(out), []byte(" ")))
				notAdvice := map[string]string{"en": "not legal advice", "nb": "ikke juridisk rådgivning"}[lang]
				if !strings.Contains(text, notAdvice) {
					t.Errorf("%s printed on %s lacks %q", target, paper.name, notAdvice)
				}
				stable := base + target
				if !strings.Contains(text, stable) {
					t.Errorf("%s printed on %s: its link %s is not printed whole on one line", target, paper.name, stable)
				}
				if strings.Contains(text, "("+"/"+lang+"/a/") {
					t.Errorf("%s printed on %s shows a link as a bare path", target, paper.name)
				}
			}
		}
	}
}

// The full tables show Total without scrolling sideways, on a small phone
// and on a desktop, in both languages.
func TestTableTotalIsInView(t *testing.T) {
	ctx := tab(t, true)
	for _, size := range [][2]int64{{320, 640}, {360, 740}, {1280, 800}} {
		must(t, chromedp.Do(ctx, chromedp.EmulateViewport(size[0], size[1])))
		for _, lang := range languages {
			for _, table := range []string{"nationality", "destination"} {
				target := "/" + lang + "/statistics/2025-05/" + table
				open(t, ctx, target)
				got := eval[string](t, ctx, `(() => {
					const th = [...document.querySelectorAll('table.full-table thead th')].find(h => /^(Total|Totalt|Sum)/.test(h.textContent.trim()));
					if (!th) return 'no Total column';
					const r = th.getBoundingClientRect(), w = th.closest('.table-wrap').getBoundingClientRect();
					return (r.left >= w.left && r.right <= w.right + 1 && r.right <= document.documentElement.clientWidth + 1) ? '' : 'Total at ' + Math.round(r.left) + '–' + Math.round(r.right) + ', box ' + Math.round(w.left) + '–' + Math.round(w.right);
				})()`)
				if got != "" {
					t.Errorf("%s at %dx%d: %s", target, size[0], size[1], got)
				}
			}
		}
	}
}
