package e2e

import (
	"context"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// focusVisible reports whether the focused element shows a focus indicator.
const focusVisible = `(() => {
	const e = document.activeElement;
	if (!e || e === document.body) return false;
	const s = getComputedStyle(e);
	return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none';
})()`

const focusedName = `(() => {
	const e = document.activeElement;
	return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ':' + (e.getAttribute('href') || e.getAttribute('value') || '');
})()`

func pressTab(t *testing.T, ctx context.Context) string {
	t.Helper()
	must(t, chromedp.Do(ctx, chromedp.KeyEvent(kb.Tab)))
	if !eval[bool](t, ctx, focusVisible) {
		t.Errorf("focus on %s is not visible", eval[string](t, ctx, focusedName))
	}
	return eval[string](t, ctx, focusedName)
}

// Keyboard only: the first Tab reaches the skip link, which moves focus to
// the main content; then the header links in order; focus is always visible.
func TestKeyboardOrderAndVisibleFocus(t *testing.T) {
	ctx := tab(t, true)
	open(t, ctx, "/en/")
	want := []string{"a:#main", "a:/en/", "a:" + base + "/nb/", "a:/en/guide", "a:/en/statistics"}
	for i, w := range want {
		if got := pressTab(t, ctx); got != w {
			t.Fatalf("Tab %d reaches %q, want %q", i+1, got, w)
		}
	}
	// The skip link leads into the main content.
	open(t, ctx, "/en/")
	pressTab(t, ctx)
	must(t, chromedp.Do(ctx, chromedp.KeyEvent(kb.Enter)))
	if got := eval[string](t, ctx, `document.activeElement.id`); got != "main" {
		t.Errorf("after the skip link, focus is on %q, want main", got)
	}
}

// The guided flow works with the keyboard alone: Tab to an option, choose it
// with the arrow keys or Space, Tab to Continue, Enter.
func TestGuideWithKeyboardOnly(t *testing.T) {
	ctx := tab(t, true)
	open(t, ctx, "/nb/guide")
	for i := 0; i < 30; i++ {
		if eval[string](t, ctx, `document.activeElement.type || ''`) == "radio" {
			break
		}
		pressTab(t, ctx)
	}
	must(t, chromedp.Do(ctx, chromedp.KeyEvent(" ")))
	if !eval[bool](t, ctx, `document.activeElement.checked`) {
		t.Fatal("Space did not choose the focused option")
	}
	chosen := eval[string](t, ctx, `document.activeElement.value`)
	for i := 0; i < 20; i++ {
		if eval[string](t, ctx, `document.activeElement.type || ''`) == "submit" {
			break
		}
		pressTab(t, ctx)
	}
	if _, err := chromedp.RunResponse(ctx, chromedp.KeyEvent(kb.Enter)); err != nil {
		t.Fatal(err)
	}
	if p := path(t, ctx); p != "/nb/guide?situation="+chosen {
		t.Errorf("after Enter on Continue: %s, want the next step for %s", p, chosen)
	}
}
