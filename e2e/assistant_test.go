package e2e

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// With JavaScript: the box on the home page becomes a conversation; the
// reply arrives in the page's log, with the matching answer linked, and the
// address does not change (nothing about the question is kept anywhere).
func TestAssistantConversationWithJavaScript(t *testing.T) {
	ctx := tab(t, true)
	open(t, ctx, "/en/")
	must(t, chromedp.Do(ctx,
		chromedp.SendKeys(chromedp.CSS("#ask-q"), "who pays for the plane ticket when the police deport me"),
		chromedp.KeyEvent(kb.Enter),
	))
	var reply string
	for i := 0; i < 100 && !strings.Contains(reply, "/en/a/"); i++ {
		time.Sleep(50 * time.Millisecond)
		reply = eval[string](t, ctx, `(() => { const l = document.querySelector('[data-ask-log]'); return l ? l.innerHTML : ''; })()`)
	}
	if !strings.Contains(reply, `/en/a/forced-return-costs`) {
		t.Fatalf("the conversation did not link the answer on costs: %.300s", reply)
	}
	if p := path(t, ctx); p != "/en/" {
		t.Errorf("the page moved to %s; the conversation should stay in the page", p)
	}
	if n := eval[int](t, ctx, `localStorage.length + sessionStorage.length + document.cookie.length`); n != 0 {
		t.Errorf("the browser stored something (%d)", n)
	}
}

// Without JavaScript: the same box submits to /{lang}/ask, which answers on
// a page of its own; a question with no answer gets topics, not a guess.
func TestAssistantWithoutJavaScript(t *testing.T) {
	ctx := tab(t, false)
	open(t, ctx, "/nb/")
	must(t, chromedp.Do(ctx, chromedp.SendKeys(chromedp.CSS("#ask-q"), "far jeg passet tilbake")))
	if _, err := chromedp.RunResponse(ctx, chromedp.Submit(chromedp.CSS("#ask-q"))); err != nil {
		t.Fatal(err)
	}
	if p := path(t, ctx); !strings.HasPrefix(p, "/nb/ask?") {
		t.Fatalf("the form led to %s", p)
	}
	if !strings.Contains(eval[string](t, ctx, `document.querySelector('main').innerHTML`), "/nb/a/documents-returned") {
		t.Error("the reply page does not link the answer on documents")
	}
	open(t, ctx, "/en/ask?q="+strings.ReplaceAll("what is the weather in Bergen tomorrow", " ", "+"))
	if n := eval[int](t, ctx, `document.querySelectorAll('.ask-topics a').length`); n == 0 {
		t.Error("an out-of-scope question should get topics to choose from")
	}
}
