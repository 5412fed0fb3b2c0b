package e2e

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// Outcomes one of each kind: person and helper, udi.no action and help-page action.
var outcomeTargets = []string{
	"/{lang}/guide?refused-children=no&situation=refused",
	"/{lang}/guide?dublin-children=alone&dublin-help=no&situation=dublin",
	"/{lang}/guide?deadline=yes&passed-children=no&situation=rejected",
	"/{lang}/guide?helping=expelled&situation=helping",
}

// A printed outcome carries its own address as a QR code that decodes back
// to the page, and the "not legal advice" line (P11).
func TestPrintedOutcomeQRCodeLeadsBack(t *testing.T) {
	for _, tool := range []string{"pdftoppm", "zbarimg"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Fatalf("%s is needed (apt-get install -y poppler-utils zbar-tools; scripts/test.sh installs them)", tool)
		}
	}
	ctx := tab(t, true)
	dir := t.TempDir()
	if d := os.Getenv("FO_DBG"); d != "" {
		dir = d
	}
	for _, lang := range languages {
		for i, tmpl := range outcomeTargets {
			target := strings.ReplaceAll(tmpl, "{lang}", lang)
			open(t, ctx, target)
			res, err := chromedp.Call(ctx, page.PrintToPDF, page.PrintToPDFParams{PaperWidth: 8.27, PaperHeight: 11.69})
			must(t, err)
			file := filepath.Join(dir, lang+string(rune('a'+i))+".pdf")
			must(t, os.WriteFile(file, res.Data, 0o644))
			prefix := strings.TrimSuffix(file, ".pdf")
			must(t, exec.Command("pdftoppm", "-r", "300", "-png", file, prefix).Run())
			pngs, _ := filepath.Glob(prefix + "*.png")
			var decoded []string
			for _, png := range pngs {
				out, _ := exec.Command("zbarimg", "-q", "--raw", png).Output()
				decoded = append(decoded, strings.Fields(string(out))...)
			}
			want := base + target
			found := false
			for _, d := range decoded {
				found = found || d == want
			}
			if !found {
				t.Errorf("%s printed: QR codes decode to %q, want %q", target, decoded, want)
			}
			out, err := exec.Command("pdftotext", file, "-").Output()
			must(t, err)
			text := strings.Join(strings.Fields(string(out)), " ")
			notAdvice := map[string]string{"en": "not legal advice", "nb": "ikke juridisk rådgivning"}[lang]
			if !strings.Contains(text, notAdvice) {
				t.Errorf("%s printed lacks %q", target, notAdvice)
			}
		}
	}
}

// On a 360×740 phone the outcome's action is on the first screen.
func TestOutcomeActionIsOnTheFirstScreen(t *testing.T) {
	ctx := tab(t, false)
	must(t, chromedp.Do(ctx, chromedp.EmulateViewport(360, 740, chromedp.EmulateMobile)))
	for _, lang := range languages {
		for _, tmpl := range outcomeTargets {
			target := strings.ReplaceAll(tmpl, "{lang}", lang)
			open(t, ctx, target)
			bottom, err := chromedp.Run(ctx, chromedp.Evaluate[float64](`(() => { const a = document.querySelector('main p.action a.button'); return a ? a.getBoundingClientRect().bottom : 1e9 })()`))
			must(t, err)
			if bottom > 740 {
				t.Errorf("%s at 360×740: the action ends at %.0f px, below the first screen", target, bottom)
			}
		}
	}
}
