package handlers_test

import (
	"encoding/json"
	"go/parser"
	"go/token"
	"net/url"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gofiber/fiber/v2"

	"returninfo/handlers"
	"returninfo/views"
)

// newAskApp is the test server, which has the assistant.
func newAskApp(t testing.TB) (*fiber.App, *syncBuffer) {
	t.Helper()
	return newTestApp(t)
}

func askURL(lang, q string) string {
	return "/api/v1/ask?" + url.Values{"lang": {lang}, "q": {q}}.Encode()
}

// apiReply is the contract of issue 5.
type apiReply struct {
	Lang    string `json:"lang"`
	Kind    string `json:"kind"`
	Answers []struct {
		ID    string   `json:"id"`
		Title string   `json:"title"`
		URL   string   `json:"url"`
		Score *float64 `json:"score"`
	} `json:"answers"`
	Text    string `json:"text"`
	Warning string `json:"warning"`
}

func getReply(t *testing.T, app *fiber.App, lang, q string) apiReply {
	t.Helper()
	resp, body := get(t, app, askURL(lang, q))
	if resp.StatusCode != 200 {
		t.Fatalf("%s %q: status %d: %s", lang, q, resp.StatusCode, body)
	}
	if ct := resp.Header.Get("Content-Type"); ct != "application/json; charset=utf-8" {
		t.Errorf("Content-Type %q", ct)
	}
	if cc := resp.Header.Get("Cache-Control"); cc != "no-store" {
		t.Errorf("Cache-Control %q: a reply must not be kept by caches", cc)
	}
	var fields map[string]json.RawMessage
	if err := json.Unmarshal([]byte(body), &fields); err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	for _, f := range []string{"lang", "kind", "answers", "text"} {
		if _, ok := fields[f]; !ok {
			t.Errorf("%s %q: field %q missing in %s", lang, q, f, body)
		}
	}
	var r apiReply
	if err := json.Unmarshal([]byte(body), &r); err != nil {
		t.Fatal(err)
	}
	if r.Lang != lang || r.Text == "" || len(r.Answers) > 3 {
		t.Errorf("%s %q: lang %q, text %q, %d answers", lang, q, r.Lang, r.Text, len(r.Answers))
	}
	for _, a := range r.Answers {
		if a.ID == "" || a.Title == "" || !strings.HasPrefix(a.URL, "https://returinfo.example/"+lang+"/") || a.Score == nil {
			t.Errorf("%s %q: incomplete item %+v", lang, q, a)
		}
	}
	return r
}

func TestAskAPIAnswersWithTheRightKind(t *testing.T) {
	app, _ := newAskApp(t)
	cases := []struct {
		lang, q, kind, first, text string
	}{
		{"en", "Will the police give me back my passport?", "answer", "documents-returned", ""},
		{"nb", "Får jeg tilbake passet når jeg blir sendt ut?", "answer", "documents-returned", ""},
		{"en", "How many people were returned in May 2025?", "statistic", "2025-05", "216"},
		{"nb", "Hvor mange ble uttransportert hittil i 2023?", "statistic", "2023-11", "Hittil i 2023, per 30. november"},
		{"en", "Who won the football match yesterday?", "fallback", "", ""},
		{"nb", "Hvem vant fotballkampen i går?", "fallback", "", ""},
	}
	for _, c := range cases {
		r := getReply(t, app, c.lang, c.q)
		if r.Kind != c.kind {
			t.Errorf("%s %q: kind %q, want %q (%s)", c.lang, c.q, r.Kind, c.kind, r.Text)
			continue
		}
		if c.first != "" && (len(r.Answers) == 0 || r.Answers[0].ID != c.first) {
			t.Errorf("%s %q: want %s first, got %+v", c.lang, c.q, c.first, r.Answers)
		}
		if !strings.Contains(r.Text, c.text) {
			t.Errorf("%s %q: text %q lacks %q", c.lang, c.q, r.Text, c.text)
		}
		if c.kind == "fallback" {
			if len(r.Answers) == 0 || !strings.Contains(r.Answers[0].URL, "/"+c.lang+"/t/") {
				t.Errorf("%s %q: a fallback offers topics, got %+v", c.lang, c.q, r.Answers)
			}
		}
	}
}

func TestAskAPIRefusesBadRequestsWithoutEchoingThem(t *testing.T) {
	app, _ := newAskApp(t)
	marker := "zqxwvmarker"
	cases := map[string]string{
		"missing q":     "/api/v1/ask?lang=en",
		"blank q":       "/api/v1/ask?lang=en&q=%20%20",
		"missing lang":  "/api/v1/ask?q=" + marker,
		"unknown lang":  "/api/v1/ask?lang=" + marker + "&q=" + marker,
		"q of 501":      askURL("en", marker+strings.Repeat("a", 501-len(marker))),
		"q of 501 in æ": askURL("nb", strings.Repeat("æ", 501)),
	}
	for name, target := range cases {
		resp, body := get(t, app, target)
		if resp.StatusCode != 400 {
			t.Errorf("%s: status %d, want 400", name, resp.StatusCode)
		}
		if ct := resp.Header.Get("Content-Type"); ct != "application/json; charset=utf-8" {
			t.Errorf("%s: Content-Type %q", name, ct)
		}
		var e map[string]string
		if err := json.Unmarshal([]byte(body), &e); err != nil || e["error"] == "" || len(e) != 1 {
			t.Errorf("%s: want {\"error\": …}, got %s", name, body)
		}
		if strings.Contains(body, marker) || strings.Contains(body, "aaaa") || strings.Contains(body, "ææ") {
			t.Errorf("%s: the error repeats the request: %s", name, body)
		}
	}
	// 500 characters is still a question.
	if r := getReply(t, app, "nb", strings.Repeat("å", 500)); r.Kind == "" {
		t.Error("a question of exactly 500 characters must be answered")
	}
}

func TestAskPageWithoutAnAnswerOffersTopics(t *testing.T) {
	app, _ := newAskApp(t)
	for _, target := range []string{"/en/ask", "/en/ask?q=", "/en/ask?q=" + url.QueryEscape("Who won the football match yesterday?")} {
		resp, body := get(t, app, target)
		if resp.StatusCode != 200 {
			t.Errorf("%s: status %d", target, resp.StatusCode)
			continue
		}
		doc := parse(t, body)
		if n := doc.Find(`.ask-topics a[href^="/en/t/"]`).Length(); n < 3 {
			t.Errorf("%s: %d topic links", target, n)
		}
		if doc.Find(".ask-reply article").Length() != 0 {
			t.Errorf("%s: shows an answer although there is none", target)
		}
	}
	_, body := get(t, app, "/en/ask?q="+url.QueryEscape("Who won the football match yesterday?"))
	if !strings.Contains(body, "I do not have an answer to that") {
		t.Error("the fallback must say honestly that there is no answer")
	}
}

func TestAskPageTooLongIsAFriendlyMessage(t *testing.T) {
	app, _ := newAskApp(t)
	for lang, want := range map[string]string{"en": "too long", "nb": "for langt"} {
		resp, body := get(t, app, "/"+lang+"/ask?q="+strings.Repeat("x", 501))
		if resp.StatusCode >= 500 || resp.StatusCode == 200 {
			t.Errorf("%s: status %d, want a 4xx page", lang, resp.StatusCode)
		}
		doc := parse(t, body)
		if msg := doc.Find(".ask-message").Text(); !strings.Contains(msg, want) || !strings.Contains(msg, "500") {
			t.Errorf("%s: message %q", lang, msg)
		}
		if doc.Find("input[name=q]").Length() != 1 || doc.Find(".ask-topics a").Length() == 0 {
			t.Errorf("%s: the page must keep the box and offer topics", lang)
		}
	}
}

func TestAskWarnsAboutPersonalData(t *testing.T) {
	app, _ := newAskApp(t)
	questions := map[string]string{
		"en": "My D-number is 41018012345, will I get my passport back?",
		"nb": "Ring meg på 412 34 567. Får jeg passet tilbake?",
	}
	for lang, q := range questions {
		r := getReply(t, app, lang, q)
		if r.Warning == "" {
			t.Errorf("%s: no personal-data warning for %q", lang, q)
		}
		if r.Kind != "answer" || r.Answers[0].ID != "documents-returned" {
			t.Errorf("%s: the question is still answered: got %s %+v", lang, r.Kind, r.Answers)
		}
		_, body := get(t, app, "/"+lang+"/ask?q="+url.QueryEscape(q))
		if parse(t, body).Find(".ask-warning").Length() != 1 {
			t.Errorf("%s: the page shows no warning", lang)
		}
	}
	mail := getReply(t, app, "en", "write to me at someone@example.org about my passport")
	if mail.Warning == "" {
		t.Error("no warning for an e-mail address")
	}
	if r := getReply(t, app, "en", "How many people were returned in 2023?"); r.Warning != "" {
		t.Errorf("a year is not personal data: %q", r.Warning)
	}
}

func TestNothingOfTheQuestionIsLogged(t *testing.T) {
	app, logs := newAskApp(t)
	q := "zqxwv secret 41018012345 someone@example.org passport"
	get(t, app, askURL("en", q))
	get(t, app, "/nb/ask?q="+url.QueryEscape(q))
	get(t, app, askURL("en", strings.Repeat("zqxwv", 101)))
	get(t, app, "/en/ask?q="+strings.Repeat("zqxwv", 101))
	out := logs.String()
	if !strings.Contains(out, `"route":"/api/v1/ask"`) {
		t.Fatalf("the requests were not logged at all, so this test sees nothing: %s", out)
	}
	for _, secret := range []string{"zqxwv", "secret", "41018012345", "someone@", "passport", "q="} {
		if strings.Contains(out, secret) {
			t.Errorf("the log holds %q:\n%s", secret, out)
		}
	}
}

func TestQuestionBoxOnHomeAndAnswerPages(t *testing.T) {
	app, _ := newAskApp(t)
	for _, target := range []string{"/en/", "/nb/", "/en/a/repay-costs", "/nb/a/minors"} {
		_, body := get(t, app, target)
		doc := parse(t, body)
		lang := target[1:3]
		form := doc.Find(`form[action="/` + lang + `/ask"][method=get]`)
		if form.Find("input[name=q]").Length() != 1 {
			t.Errorf("%s: no question box", target)
		}
		if max, _ := form.Find("input[name=q]").Attr("maxlength"); max != "500" {
			t.Errorf("%s: maxlength %q", target, max)
		}
		src, ok := doc.Find(`script[src^="/assets/ask."]`).Attr("src")
		if !ok || src != views.Asset("ask.js") {
			t.Errorf("%s: ask.js not loaded (%q)", target, src)
			continue
		}
		resp, js := get(t, app, src)
		if resp.StatusCode != 200 || !strings.Contains(js, "/api/v1/ask") && !strings.Contains(js, "data-api") {
			t.Errorf("%s: ask.js is not served", target)
		}
		if strings.Contains(js, "localStorage") || strings.Contains(js, "sessionStorage") || strings.Contains(js, "cookie") {
			t.Error("ask.js must not store anything in the browser")
		}
	}
}

// The server can run without an assistant (tests of other parts do).
func TestWithoutAssistantThereIsNoAskRoute(t *testing.T) {
	s, _ := newTestServer(t)
	s.Assistant = nil
	app := (&handlers.Server{Locales: s.Locales, Answers: s.Answers, Log: s.Log}).NewApp()
	if resp, _ := get(t, app, askURL("en", "passport")); resp.StatusCode != 404 {
		t.Errorf("status %d", resp.StatusCode)
	}
}

// A number that looks like a national identity number is not shown back:
// not in the "you asked" text, the box, or the language switch.
func TestAskPageDoesNotShowPersonalDataBack(t *testing.T) {
	app, _ := newTestApp(t)
	_, body := get(t, app, "/nb/ask?q="+url.QueryEscape("får jeg passet tilbake, nummeret mitt er 12345678901, ola@example.no"))
	for _, leak := range []string{"12345678901", "ola@example.no", "ola%40example.no"} {
		if strings.Contains(body, leak) {
			t.Errorf("the page shows %q back", leak)
		}
	}
	if !strings.Contains(body, "får jeg passet tilbake") || !strings.Contains(body, "•••") {
		t.Error("the rest of the question should still be shown, with the personal data masked")
	}
}

// Views take view models: the ask page's view must not reach into the
// assistant (its limit comes in the view model), nor any other domain
// package but the localizer.
func TestViewsDoNotImportDomainPackages(t *testing.T) {
	files, err := filepath.Glob("../views/*.go")
	if err != nil || len(files) == 0 {
		t.Fatalf("no view files found (%v)", err)
	}
	for _, f := range files {
		parsed, err := parser.ParseFile(token.NewFileSet(), f, nil, parser.ImportsOnly)
		if err != nil {
			t.Fatal(err)
		}
		for _, imp := range parsed.Imports {
			p := strings.Trim(imp.Path.Value, `"`)
			if strings.HasPrefix(p, "returninfo/") && p != "returninfo/internal/locale" {
				t.Errorf("%s imports %s", f, p)
			}
		}
	}
}
