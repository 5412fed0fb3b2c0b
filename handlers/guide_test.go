package handlers_test

import (
	"net/url"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"github.com/gofiber/fiber/v2"

	"returninfo/views"
)

// submit fills the question form on a page with one option and follows the
// redirect, as a browser without JavaScript would.
func submit(t *testing.T, app *fiber.App, doc *goquery.Document, option string) string {
	t.Helper()
	form := doc.Find("main form")
	action, _ := form.Attr("action")
	v := url.Values{}
	form.Find(`input[type=hidden]`).Each(func(_ int, in *goquery.Selection) {
		v.Add(in.AttrOr("name", ""), in.AttrOr("value", ""))
	})
	if option != "" {
		radio := form.Find(`input[type=radio][value="` + option + `"]`)
		v.Add(radio.AttrOr("name", ""), option)
	}
	resp, _ := get(t, app, action+"?"+v.Encode())
	if resp.StatusCode != 303 {
		t.Fatalf("submitting %v: status %d, want a 303 to the next step", v, resp.StatusCode)
	}
	return resp.Header.Get("Location")
}

// Walks every path of the flow through the pages, in every language, and
// checks each ends on an outcome that links answers which exist.
func TestGuideEveryPathEndsOnAnOutcomeLinkingAnswers(t *testing.T) {
	s, _ := newTestServer(t)
	app := s.NewApp()
	outcomes := map[string]map[string]bool{}
	for _, lang := range s.Answers.Languages() {
		outcomes[lang] = map[string]bool{}
		paths := 0
		var walk func(target string, depth int)
		walk = func(target string, depth int) {
			if depth > 6 {
				t.Fatalf("%s: path longer than five questions", target)
			}
			resp, body := get(t, app, target)
			checkPage(t, resp, body, lang, 200)
			doc := parse(t, body)
			radios := doc.Find("main form input[type=radio]")
			if radios.Length() == 0 {
				paths++
				links := doc.Find(`main .link-list a[href^="/` + lang + `/a/"]`)
				if links.Length() == 0 {
					t.Errorf("%s: outcome links no answer", target)
				}
				links.Each(func(_ int, a *goquery.Selection) {
					if r, _ := get(t, app, a.AttrOr("href", "")); r.StatusCode != 200 {
						t.Errorf("%s: answer link %s gives %d", target, a.AttrOr("href", ""), r.StatusCode)
					}
				})
				// The action comes first: the first link after the heading, a button to
				// udi.no or the help page, never only "read the answers below".
				action := doc.Find("main h1").NextAllFiltered("p.action").First().Find("a.button")
				href := action.AttrOr("href", "")
				if action.Length() != 1 || strings.TrimSpace(action.Text()) == "" || (href != "https://www.udi.no/" && href != "/"+lang+"/help") {
					t.Errorf("%s: outcome has no action first (got %q)", target, href)
				}
				if first := doc.Find("main a").Not(".back a").First(); first.AttrOr("href", "") != href {
					t.Errorf("%s: first link in main is %q, not the action %q", target, first.AttrOr("href", ""), href)
				}
				if doc.Find("main h1").Next().Is("p.action") == false {
					t.Errorf("%s: the action does not follow the heading", target)
				}
				helper := strings.Contains(target, "situation=helping")
				want := map[string]map[bool]string{"en": {true: "What applies to the person", false: "What applies to you"}, "nb": {true: "Dette gjelder personen", false: "Dette gjelder deg"}}[lang][helper]
				if got := strings.TrimSpace(doc.Find("h2#applies").Text()); want != "" && got != want {
					t.Errorf("%s: heading %q, want %q", target, got, want)
				}
				// P11: printed outcomes carry their link and QR code.
				if doc.Find(".share .qr.print-only svg").Length() != 1 || !strings.HasSuffix(doc.Find(".share .stable-link a").AttrOr("href", ""), target) {
					t.Errorf("%s: outcome lacks its printable link or QR code", target)
				}
				if doc.Find(`main a[href="/`+lang+`/help"]`).Length() == 0 {
					t.Errorf("%s: outcome does not link the help page", target)
				}
				outcomes[lang][strings.TrimSpace(doc.Find("h1").Text())] = true
				if doc.Find(".your-answers .answer-row").Length() != depth {
					t.Errorf("%s: Your answers shows %d rows after %d answers", target, doc.Find(".your-answers .answer-row").Length(), depth)
				}
				return
			}
			if doc.Find("fieldset legend h1").Length() != 1 {
				t.Errorf("%s: the question must be the fieldset's legend and the page's h1", target)
			}
			radios.Each(func(_ int, r *goquery.Selection) {
				id := r.AttrOr("id", "")
				if doc.Find(`label[for="`+id+`"]`).Length() != 1 {
					t.Errorf("%s: option %s has no label", target, id)
				}
				walk(submit(t, app, doc, r.AttrOr("value", "")), depth+1)
			})
		}
		walk("/"+lang+"/guide", 0)
		t.Logf("%s: %d paths, %d distinct outcomes", lang, paths, len(outcomes[lang]))
		if paths < 20 {
			t.Errorf("%s: only %d paths walked", lang, paths)
		}
	}
	langs := s.Answers.Languages()
	for _, lang := range langs[1:] {
		if len(outcomes[lang]) != len(outcomes[langs[0]]) {
			t.Errorf("%s has %d outcomes, %s has %d", lang, len(outcomes[lang]), langs[0], len(outcomes[langs[0]]))
		}
	}
}

func TestGuideNoChoiceShowsAnErrorSummary(t *testing.T) {
	app, _ := newTestApp(t)
	for lang, prefix := range map[string]string{"en": "Error: ", "nb": "Feil: "} {
		_, body := get(t, app, "/"+lang+"/guide")
		next := submit(t, app, parse(t, body), "rejected")
		_, body = get(t, app, next)
		doc := parse(t, body)
		action := doc.Find("main form").AttrOr("action", "")
		v := url.Values{}
		doc.Find("main form input[type=hidden]").Each(func(_ int, in *goquery.Selection) {
			v.Add(in.AttrOr("name", ""), in.AttrOr("value", ""))
		})
		resp, body := get(t, app, action+"?"+v.Encode())
		if resp.StatusCode != 200 {
			t.Fatalf("%s: status %d", lang, resp.StatusCode)
		}
		doc = parse(t, body)
		if title := doc.Find("title").Text(); !strings.HasPrefix(title, prefix) {
			t.Errorf("%s: title %q does not start with %q", lang, title, prefix)
		}
		summary := doc.Find(".error-summary[role=alert] a")
		target := strings.TrimPrefix(summary.AttrOr("href", ""), "#")
		if summary.Length() != 1 || doc.Find(`input[type=radio]#`+target).Length() != 1 {
			t.Errorf("%s: the error summary must link to the first option (href #%s)", lang, target)
		}
		if doc.Find(".error-message").Length() != 1 || !strings.Contains(doc.Find("fieldset").AttrOr("aria-describedby", ""), "-error") {
			t.Errorf("%s: the error message is missing or not tied to the fieldset", lang)
		}
		if doc.Find("main form input[name=situation][value=rejected]").Length() != 1 {
			t.Errorf("%s: the earlier answer was lost", lang)
		}
	}
}

func TestGuideTamperedAnswersAreTreatedAsUnanswered(t *testing.T) {
	app, _ := newTestApp(t)
	cases := map[string]string{
		"/en/guide?situation=%3Cscript%3Ealert(1)%3C/script%3E":     "/en/guide",
		"/en/guide?situation=rejected&deadline=bogus&evil=1":        "/en/guide?situation=rejected",
		"/en/guide?deadline=no&situation=rejected&situation=dublin": "/en/guide?deadline=no",
		"/nb/guide?step=nothing&situation=dublin":                   "/nb/guide?situation=dublin",
		"/en/guide?%zz=1&situation=rejected":                        "/en/guide?situation=rejected",
	}
	for target, want := range cases {
		resp, body := get(t, app, target)
		if resp.StatusCode != 303 || resp.Header.Get("Location") != want {
			t.Errorf("%s: %d to %q, want 303 to %q", target, resp.StatusCode, resp.Header.Get("Location"), want)
		}
		if strings.Contains(body, "<script>") {
			t.Errorf("%s: input reflected", target)
		}
	}
}

func TestGuideChangeKeepsLaterAnswersThatStillApply(t *testing.T) {
	s, _ := newTestServer(t)
	app := s.NewApp()
	// Walk to an outcome along the first option each time.
	target := "/en/guide"
	var doc *goquery.Document
	for i := 0; i < 6; i++ {
		_, body := get(t, app, target)
		doc = parse(t, body)
		first := doc.Find("main form input[type=radio]").First()
		if first.Length() == 0 {
			break
		}
		target = submit(t, app, doc, first.AttrOr("value", ""))
	}
	rows := doc.Find(".your-answers .answer-row")
	if rows.Length() < 2 {
		t.Fatalf("expected at least two answers on the path to %s", target)
	}
	// Change the last answer: the page asks that question again, and the
	// answers before it are kept.
	change := rows.Last().Find(".change a").AttrOr("href", "")
	_, body := get(t, app, change)
	again := parse(t, body)
	if again.Find(".your-answers .answer-row").Length() != rows.Length()-1 {
		t.Errorf("after Change: %d rows, want %d", again.Find(".your-answers .answer-row").Length(), rows.Length()-1)
	}
	if again.Find("main form input[type=radio]").Length() == 0 {
		t.Error("the Change link does not ask the question again")
	}
	// P9: the earlier answer is pre-selected, and only that one.
	if checked := again.Find("main form input[type=radio][checked]"); checked.Length() != 1 {
		t.Errorf("after Change: %d options pre-selected, want 1", checked.Length())
	}
	// Change the first answer: the later answers stay in the link, and the
	// earlier answer rides along as prev (not an answer).
	first := rows.First().Find(".change a").AttrOr("href", "")
	u, _ := url.Parse(first)
	final, _ := url.Parse(target)
	if u.Query().Get("prev") != final.Query().Get("situation") {
		t.Errorf("Change of the first answer carries prev=%q, want %q", u.Query().Get("prev"), final.Query().Get("situation"))
	}
	_, body = get(t, app, first)
	if v := parse(t, body).Find("main form input[name=situation][checked]").AttrOr("value", ""); v != final.Query().Get("situation") {
		t.Errorf("Change of the first answer pre-selects %q, want %q", v, final.Query().Get("situation"))
	}
	if len(u.Query())-1 != len(final.Query())-1 {
		t.Errorf("Change of the first answer keeps %v of %v", u.Query(), final.Query())
	}
}

func TestGuideLanguageSwitchKeepsTheAnswers(t *testing.T) {
	app, _ := newTestApp(t)
	_, body := get(t, app, "/en/guide?situation=dublin")
	doc := parse(t, body)
	href := doc.Find(`.lang-switch a[hreflang=nb]`).AttrOr("href", "")
	if !strings.HasSuffix(href, "/nb/guide?situation=dublin") {
		t.Errorf("language switch leads to %q", href)
	}
}

// The form's step marker shares the query string with the answers.
func TestGuideNoQuestionIsNamedLikeTheStepMarker(t *testing.T) {
	s, _ := newTestServer(t)
	for _, q := range s.Guide.Questions() {
		if q.ID == views.StepParam {
			t.Errorf("question %q collides with the form's step marker", q.ID)
		}
	}
}

func TestHelpPageInEveryLanguage(t *testing.T) {
	s, _ := newTestServer(t)
	app := s.NewApp()
	for _, lang := range s.Answers.Languages() {
		resp, body := get(t, app, "/"+lang+"/help")
		checkPage(t, resp, body, lang, 200)
		doc := parse(t, body)
		for _, home := range []string{"https://www.udi.no/", "https://www.politiet.no/", "https://www.iom.int/"} {
			if doc.Find(`main a[href="`+home+`"]`).Length() == 0 {
				t.Errorf("%s: help page does not link %s", lang, home)
			}
		}
		if doc.Find("main #own-case p").Length() != 1 {
			t.Errorf("%s: help page lacks the line about one's own case", lang)
		}
		if doc.Find(`main a[href^="tel:"], main a[href^="mailto:"]`).Length() != 0 {
			t.Errorf("%s: help page gives a phone number or address the sources do not name", lang)
		}
		// The first link in main is the action.
		if doc.Find("main a").First().AttrOr("href", "") != "https://www.udi.no/" {
			t.Errorf("%s: help page does not open with the assisted-return action", lang)
		}
		_, home := get(t, app, "/"+lang+"/")
		if parse(t, home).Find(`main a[href="/`+lang+`/help"]`).Length() == 0 {
			t.Errorf("%s: home page does not link the help page", lang)
		}
	}
}

func TestGuideStartAgainNotOnTheFirstQuestion(t *testing.T) {
	app, _ := newTestApp(t)
	for _, lang := range []string{"en", "nb"} {
		_, body := get(t, app, "/"+lang+"/guide")
		if n := parse(t, body).Find(".start-again").Length(); n != 0 {
			t.Errorf("%s: first question shows Start again (%d)", lang, n)
		}
		_, body = get(t, app, "/"+lang+"/guide?situation=dublin")
		if n := parse(t, body).Find(".start-again a").Length(); n != 1 {
			t.Errorf("%s: second question shows %d Start again links, want 1", lang, n)
		}
	}
}
