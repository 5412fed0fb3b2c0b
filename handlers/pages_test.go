package handlers_test

import (
	"net/http"
	"strings"
	"testing"

	"returninfo/internal/answers"
)

// checkPage checks what every HTML page must have: status, content type,
// <html lang>, one h1, hreflang for every language plus x-default, and a
// language switch that leads to this same page in the other languages.
func checkPage(t *testing.T, resp *http.Response, body, lang string, wantStatus int) {
	t.Helper()
	if resp.StatusCode != wantStatus {
		t.Fatalf("status %d, want %d", resp.StatusCode, wantStatus)
	}
	if ct := resp.Header.Get("Content-Type"); ct != "text/html; charset=utf-8" {
		t.Errorf("Content-Type %q", ct)
	}
	doc := parse(t, body)
	if got, _ := doc.Find("html").Attr("lang"); got != lang {
		t.Errorf("<html lang=%q>, want %q", got, lang)
	}
	if n := doc.Find("h1").Length(); n != 1 {
		t.Errorf("%d h1 elements, want 1", n)
	}
	if doc.Find("main#main").Length() != 1 || doc.Find(`a.skip[href="#main"]`).Length() != 1 {
		t.Error("missing main landmark or skip link")
	}
	for _, hl := range []string{"en", "nb", "x-default"} {
		if doc.Find(`link[rel="alternate"][hreflang="`+hl+`"]`).Length() != 1 {
			t.Errorf("no hreflang=%s alternate", hl)
		}
	}
}

func TestEveryAnswerPageInEveryLanguage(t *testing.T) {
	s, _ := newTestServer(t)
	app := s.NewApp()
	for _, id := range s.Answers.IDs() {
		for _, lang := range s.Answers.Languages() {
			a, _ := s.Answers.Answer(lang, id)
			// The stable link serves the answer itself: no redirect hop.
			resp, body := get(t, app, answers.AnswerPath(lang, id))
			t.Run(lang+"/"+id, func(t *testing.T) {
				checkPage(t, resp, body, lang, 200)
				doc := parse(t, body)
				if h1 := strings.TrimSpace(doc.Find("h1").Text()); h1 != a.Title {
					t.Errorf("h1 %q, want %q", h1, a.Title)
				}
				if title := doc.Find("title").Text(); !strings.HasPrefix(title, a.Title) {
					t.Errorf("<title> %q does not start with the answer's title", title)
				}
				canonical, _ := doc.Find(`link[rel="canonical"]`).Attr("href")
				if canonical != "https://returinfo.example"+a.CanonicalPath() {
					t.Errorf("canonical %q", canonical)
				}
				for _, other := range s.Answers.Languages() {
					o, _ := s.Answers.Answer(other, id)
					href, _ := doc.Find(`link[rel="alternate"][hreflang="` + other + `"]`).Attr("href")
					if href != "https://returinfo.example"+o.CanonicalPath() {
						t.Errorf("hreflang %s = %q, want the same answer in %s", other, href, other)
					}
					if other != lang && doc.Find(`.lang-switch a[href="https://returinfo.example`+o.CanonicalPath()+`"]`).Length() != 1 {
						t.Errorf("the language switch does not lead to this answer in %s", other)
					}
				}
				stable := "https://returinfo.example" + answers.AnswerPath(lang, id)
				if doc.Find(`.stable-link a[href="`+stable+`"]`).Length() != 1 || doc.Find(`button[data-copy="`+stable+`"]`).Length() != 1 {
					t.Error("the stable link and its copy button are missing")
				}
				if doc.Find(".qr svg path").Length() != 1 {
					t.Error("no QR code for print")
				}
				if doc.Find(".meta li").Length() == 0 {
					t.Error("no source named")
				}
				// P12: the breadcrumb names the answer's one home topic,
				// never a second topic that only lists it.
				home, ok := s.Answers.HomeTopic(lang, id)
				crumbs := doc.Find(".breadcrumbs li a")
				if href, _ := crumbs.Eq(1).Attr("href"); !ok || crumbs.Length() != 2 || href != answers.TopicPath(lang, home.ID) {
					t.Errorf("breadcrumb: %d links, topic %q; want home and the home topic", crumbs.Length(), href)
				}
			})
			// The canonical address serves it too.
			if resp, _ := get(t, app, a.CanonicalPath()); resp.StatusCode != 200 {
				t.Errorf("%s: %d", a.CanonicalPath(), resp.StatusCode)
			}
		}
	}
}

// The page about children is at home under forced return, not statistics.
func TestChildrenAreNotFiledUnderStatistics(t *testing.T) {
	s, _ := newTestServer(t)
	if home, ok := s.Answers.HomeTopic("en", "minors"); !ok || home.ID == "statistics" {
		t.Errorf("the answer about children has home topic %v", home)
	}
}

func TestOldOrWrongSlugsRedirectToTheCanonicalAnswer(t *testing.T) {
	s, _ := newTestServer(t)
	app := s.NewApp()
	a, _ := s.Answers.Answer("nb", "forced-return-costs")
	for _, slug := range []string{"who-pays-for-a-forced-return", "an-old-slug", "x"} {
		resp, _ := get(t, app, "/nb/a/forced-return-costs/"+slug)
		if resp.StatusCode != 301 || resp.Header.Get("Location") != a.CanonicalPath() {
			t.Errorf("slug %q: %d to %q, want 301 to %q", slug, resp.StatusCode, resp.Header.Get("Location"), a.CanonicalPath())
		}
	}
}

func TestHomeAndTopicPages(t *testing.T) {
	s, _ := newTestServer(t)
	app := s.NewApp()
	for _, lang := range s.Answers.Languages() {
		resp, body := get(t, app, "/"+lang+"/")
		checkPage(t, resp, body, lang, 200)
		doc := parse(t, body)
		topics := s.Answers.Topics(lang)
		if got := doc.Find(".topics li").Length(); got != len(topics) {
			t.Errorf("%s home lists %d topics, want %d", lang, got, len(topics))
		}
		for _, topic := range topics {
			resp, body := get(t, app, answers.TopicPath(lang, topic.ID))
			checkPage(t, resp, body, lang, 200)
			tdoc := parse(t, body)
			if got := tdoc.Find(".link-list li").Length(); got != len(topic.Answers) {
				t.Errorf("%s topic %s lists %d answers, want %d", lang, topic.ID, got, len(topic.Answers))
			}
		}
	}
	if resp, _ := get(t, app, "/nb"); resp.StatusCode != 301 || resp.Header.Get("Location") != "/nb/" {
		t.Errorf("/nb: %d %q, want 301 to /nb/", resp.StatusCode, resp.Header.Get("Location"))
	}
}

func TestRootRedirectsByAcceptLanguage(t *testing.T) {
	app, _ := newTestApp(t)
	cases := map[string]string{"": "/en/", "nb-NO,nb;q=0.9": "/nb/", "no": "/nb/", "nn": "/nb/", "da": "/nb/", "sv": "/nb/", "de": "/en/", "en-US": "/en/"}
	for header, want := range cases {
		resp, _ := get(t, app, "/", "Accept-Language", header)
		if resp.StatusCode != 302 || resp.Header.Get("Location") != want {
			t.Errorf("Accept-Language %q: %d to %q, want 302 to %q", header, resp.StatusCode, resp.Header.Get("Location"), want)
		}
		if !strings.Contains(resp.Header.Get("Vary"), "Accept-Language") {
			t.Errorf("Accept-Language %q: no Vary: Accept-Language", header)
		}
	}
}

func TestNotFoundIsLocalizedWithAWayHome(t *testing.T) {
	app, _ := newTestApp(t)
	cases := []struct{ path, lang, accept, heading string }{
		{"/nb/a/no-such-answer", "nb", "", "Fant ikke siden"},
		{"/en/a/no-such-answer", "en", "nb", "Page not found"},
		{"/nb/t/nothing", "nb", "", "Fant ikke siden"},
		{"/en/nothing/here", "en", "", "Page not found"},
		{"/xx/a/forced-return-costs", "nb", "nb", "Fant ikke siden"},
		{"/nothing", "en", "de", "Page not found"},
	}
	for _, c := range cases {
		resp, body := get(t, app, c.path, "Accept-Language", c.accept)
		checkPage(t, resp, body, c.lang, 404)
		doc := parse(t, body)
		if h1 := doc.Find("h1").Text(); h1 != c.heading {
			t.Errorf("%s: h1 %q, want %q", c.path, h1, c.heading)
		}
		if doc.Find(`main a[href="/`+c.lang+`/"]`).Length() != 1 {
			t.Errorf("%s: no link home", c.path)
		}
		if doc.Find(`meta[name="robots"][content="noindex"]`).Length() != 1 {
			t.Errorf("%s: a 404 page must not be indexed", c.path)
		}
	}
}
