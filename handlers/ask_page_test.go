package handlers_test

import (
	"encoding/json"
	"net/url"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"returninfo/internal/assistant"
)

const personalNumber = "12345678901"

func otherLang(lang string) string {
	if lang == "en" {
		return "nb"
	}
	return "en"
}

// checkReplyPage checks what every reply page must do: the reply first,
// with its title as the page's h1, then the box; noindex; the question
// shown back only masked; the language switch to the same reply, never
// carrying the question.
func checkReplyPage(t *testing.T, doc *goquery.Document, lang, title, wantSwitch string) {
	t.Helper()
	first := doc.Find("main .ask-reply, main form.ask-form").First()
	if !first.HasClass("ask-reply") {
		t.Errorf("the form comes before the reply")
	}
	if n := doc.Find("main h1").Length(); n != 1 {
		t.Errorf("%d h1 in main, want 1", n)
	}
	h1 := doc.Find(".ask-reply h1#ask-reply-title")
	if got := strings.TrimSpace(h1.Text()); got != title {
		t.Errorf("reply title %q, want %q", got, title)
	}
	if ti, _ := h1.Attr("tabindex"); ti != "-1" {
		t.Errorf("the reply's heading cannot take focus (tabindex %q)", ti)
	}
	if doc.Find(`meta[name=robots][content=noindex]`).Length() != 1 || doc.Find(`link[rel=canonical]`).Length() != 0 {
		t.Error("a reply page must be noindex, without canonical")
	}
	sw, ok := doc.Find(`.lang-switch a[hreflang=` + otherLang(lang) + `]`).Attr("href")
	if !ok {
		t.Fatal("no language switch")
	}
	if want := "https://returinfo.example" + wantSwitch; sw != want {
		t.Errorf("the language switch leads to %q, want %q", sw, want)
	}
	doc.Find(`link[rel=alternate], .lang-switch a`).Each(func(_ int, a *goquery.Selection) {
		if href, _ := a.Attr("href"); strings.Contains(href, "q=") {
			t.Errorf("a link to the other language carries the question: %s", href)
		}
	})
	html, _ := doc.Html()
	if strings.Contains(html, personalNumber) {
		t.Error("the page shows the personal number back")
	}
}

func TestAskPageShowsTheReplyFirst(t *testing.T) {
	app, _ := newAskApp(t)
	cases := []struct{ lang, q, title, href string }{
		{"en", "Will the police give me back my passport?", "Will I get my passport and documents back?", "/en/a/documents-returned"},
		{"nb", "Får jeg tilbake passet når jeg blir sendt ut?", "Får jeg passet og dokumentene mine tilbake?", "/nb/a/documents-returned"},
	}
	for _, c := range cases {
		for _, masked := range []bool{false, true} {
			q := c.q
			if masked {
				q += " " + personalNumber
			}
			resp, body := get(t, app, "/"+c.lang+"/ask?q="+url.QueryEscape(q))
			if resp.StatusCode != 200 {
				t.Fatalf("%s: status %d", c.lang, resp.StatusCode)
			}
			if cc := resp.Header.Get("Cache-Control"); cc != "no-store" {
				t.Errorf("%s: Cache-Control %q", c.lang, cc)
			}
			doc := parse(t, body)
			checkReplyPage(t, doc, c.lang, c.title, "/"+otherLang(c.lang)+"/ask?a=documents-returned")
			if got, _ := doc.Find("html").Attr("lang"); got != c.lang {
				t.Errorf("%s: html lang %q", c.lang, got)
			}
			if got := doc.Find(".ask-reply").AttrOr("data-kind", ""); got != "answer" {
				t.Errorf("%s: kind %q", c.lang, got)
			}
			if doc.Find(".ask-reply .lead").Text() == "" || doc.Find(".ask-reply .body p").Length() == 0 {
				t.Errorf("%s: the answer is not shown with its summary and in full", c.lang)
			}
			if doc.Find(`.ask-reply a[href="`+c.href+`"]`).Length() == 0 {
				t.Errorf("%s: no link to %s", c.lang, c.href)
			}
			if got := doc.Find("title").Text(); !strings.HasPrefix(got, c.title) {
				t.Errorf("%s: <title> %q does not name the answer", c.lang, got)
			}
			box, _ := doc.Find("input[name=q]").Attr("value")
			asked := doc.Find(".ask-you-asked").Text()
			if !masked && (box != c.q || !strings.Contains(asked, c.q)) {
				t.Errorf("%s: the box holds %q and the page says %q, want the question", c.lang, box, asked)
			}
			if masked {
				if !strings.Contains(box, "•••") || !strings.Contains(asked, "•••") {
					t.Errorf("%s: the number is not masked: box %q, asked %q", c.lang, box, asked)
				}
				if doc.Find(".ask-reply .ask-warning").Length() != 1 {
					t.Errorf("%s: no personal-data warning", c.lang)
				}
			}
		}
	}
}

func TestAskPageStatisticAndFallbackInBothLanguages(t *testing.T) {
	app, _ := newAskApp(t)
	stat := map[string]string{"en": "How many people were returned in May 2025?", "nb": "Hvor mange ble uttransportert i mai 2025?"}
	none := map[string]string{"en": "Who won the football match yesterday?", "nb": "Hvem vant fotballkampen i går?"}
	for _, lang := range []string{"en", "nb"} {
		for _, suffix := range []string{"", " " + personalNumber} {
			_, body := get(t, app, "/"+lang+"/ask?q="+url.QueryEscape(stat[lang]+suffix))
			doc := parse(t, body)
			title := strings.TrimSpace(doc.Find("#ask-reply-title").Text())
			checkReplyPage(t, doc, lang, title, "/"+otherLang(lang)+"/statistics/2025-05")
			if title == "" || doc.Find(".ask-reply").AttrOr("data-kind", "") != "statistic" {
				t.Errorf("%s: not a statistic with a title: %q", lang, title)
			}
			if !strings.Contains(doc.Find(".ask-reply .lead").Text(), "216") {
				t.Errorf("%s: the figure is missing: %q", lang, doc.Find(".ask-reply .lead").Text())
			}
			if doc.Find(`.ask-reply a[href="/`+lang+`/statistics/2025-05"]`).Length() != 1 {
				t.Errorf("%s: no link to the month", lang)
			}

			_, body = get(t, app, "/"+lang+"/ask?q="+url.QueryEscape(none[lang]+suffix))
			doc = parse(t, body)
			checkReplyPage(t, doc, lang, strings.TrimSpace(doc.Find("#ask-reply-title").Text()), "/"+otherLang(lang)+"/ask")
			if doc.Find(".ask-reply").AttrOr("data-kind", "") != "fallback" || doc.Find(`.ask-topics a[href^="/`+lang+`/t/"]`).Length() < 3 {
				t.Errorf("%s: a fallback offers the topics", lang)
			}
		}
	}
}

// ?a=ID is an answer as a reply: where the language switch of an answer
// leads. It is the same answer, in full, in the page's language.
func TestAskPageAnswerByID(t *testing.T) {
	app, _ := newAskApp(t)
	for lang, title := range map[string]string{"en": "Will I get my passport and documents back?", "nb": "Får jeg passet og dokumentene mine tilbake?"} {
		resp, body := get(t, app, "/"+lang+"/ask?a=documents-returned")
		if resp.StatusCode != 200 {
			t.Fatalf("%s: status %d", lang, resp.StatusCode)
		}
		doc := parse(t, body)
		checkReplyPage(t, doc, lang, title, "/"+otherLang(lang)+"/ask?a=documents-returned")
		if doc.Find(".ask-reply .body p").Length() == 0 || doc.Find(".ask-you-asked").Length() != 0 {
			t.Errorf("%s: want the answer in full and no question", lang)
		}
	}
	for _, bad := range []string{"/en/ask?a=no-such-answer", "/en/ask?a=..%2Fetc", "/en/ask?c=expulsion", "/en/ask?c=expulsion,expulsion",
		"/en/ask?c=expulsion,refused-entry,minors,repay-costs", "/en/ask?c=expulsion,nope"} {
		if resp, _ := get(t, app, bad); resp.StatusCode != 404 {
			t.Errorf("%s: status %d, want 404", bad, resp.StatusCode)
		}
	}
}

// ?c=ID,ID is a choice: where the language switch of a choice leads.
func TestAskPageChoiceByIDs(t *testing.T) {
	app, _ := newAskApp(t)
	prompt := map[string]string{"en": "Which of these do you mean?", "nb": "Hvilket av disse mener du?"}
	for _, lang := range []string{"en", "nb"} {
		_, body := get(t, app, "/"+lang+"/ask?c=expulsion,refused-entry")
		doc := parse(t, body)
		checkReplyPage(t, doc, lang, prompt[lang], "/"+otherLang(lang)+"/ask?c=expulsion%2Crefused-entry")
		links := doc.Find(".ask-reply .link-list li")
		if links.Length() != 2 {
			t.Fatalf("%s: %d candidates, want 2", lang, links.Length())
		}
		for i, id := range []string{"expulsion", "refused-entry"} {
			li := links.Eq(i)
			if href, _ := li.Find("a").Attr("href"); href != "/"+lang+"/a/"+id || li.Find("a").Text() == "" || li.Find("p").Text() == "" {
				t.Errorf("%s: candidate %d is %q (%q, %q), want a link to %s with title and summary", lang, i, href, li.Find("a").Text(), li.Find("p").Text(), id)
			}
		}
	}
}

// The kinds the engine gives only for some questions are rendered through
// the page's own code with a reply made here, as the contract describes it.
func TestAskPageRendersEveryKindOfReply(t *testing.T) {
	s, _ := newTestServer(t)
	answer := func(lang, id string) assistant.Item {
		a, ok := s.Answers.Answer(lang, id)
		if !ok {
			t.Fatalf("no answer %s", id)
		}
		return assistant.Item{Type: assistant.ItemAnswer, ID: id, Title: a.Title, Summary: a.Summary, URL: "/" + lang + "/a/" + id}
	}
	subject := map[string]string{"en": "Applying for asylum", "nb": "Søke asyl"}
	help := map[string]string{"en": "Where to get help", "nb": "Hvor du kan få hjelp"}
	for _, lang := range []string{"en", "nb"} {
		other := otherLang(lang)
		choice := &assistant.Reply{Lang: lang, Kind: assistant.KindChoice, Title: "Choice prompt " + lang,
			Items: []assistant.Item{answer(lang, "expulsion"), answer(lang, "refused-entry"), answer(lang, "advance-notice")}}
		referral := &assistant.Reply{Lang: lang, Kind: assistant.KindReferral, Title: subject[lang], Text: "Not covered here; the UDI is.",
			Items: []assistant.Item{
				{Type: assistant.ItemSite, ID: "udi", Title: "UDI (udi.no)", URL: "https://www.udi.no/"},
				{Type: assistant.ItemPage, ID: "help", Title: help[lang], URL: "/" + lang + "/help"},
			}}
		arabic := &assistant.Reply{Lang: lang, Kind: assistant.KindLanguage, TextLang: "ar", Title: "هذه الخدمة بالإنجليزية والنرويجية",
			Text: "تجيب هذه الخدمة باللغتين الإنجليزية والنرويجية فقط.", Items: []assistant.Item{{Type: assistant.ItemTopic, ID: "dublin", Title: "Dublin", URL: "/" + lang + "/t/dublin"}}}
		ukrainian := &assistant.Reply{Lang: lang, Kind: assistant.KindLanguage, TextLang: "uk", Title: "Ця служба англійською та норвезькою",
			Text: "Ця служба відповідає лише англійською та норвезькою."}
		suggest := &assistant.Reply{Lang: lang, Kind: assistant.KindFallback, SuggestLang: other, Text: "No answer."}

		for _, q := range []string{"a question", "a question " + personalNumber} {
			masked := strings.Contains(q, personalNumber)
			render := func(r *assistant.Reply) *goquery.Document {
				resp, body := get(t, s.AskReplyApp(r, q), "/"+lang+"/ask")
				if resp.StatusCode != 200 {
					t.Fatalf("%s %s: status %d", lang, r.Kind, resp.StatusCode)
				}
				doc := parse(t, body)
				if masked && !strings.Contains(doc.Find(".ask-you-asked").Text(), "•••") {
					t.Errorf("%s %s: the question is not shown masked", lang, r.Kind)
				}
				return doc
			}

			doc := render(choice)
			checkReplyPage(t, doc, lang, "Choice prompt "+lang, "/"+other+"/ask?c=expulsion%2Crefused-entry%2Cadvance-notice")
			if n := doc.Find(`.ask-reply-choice .link-list li a[href^="/` + lang + `/a/"]`).Length(); n != 3 {
				t.Errorf("%s choice: %d candidate links, want 3", lang, n)
			}
			if n := doc.Find(`.ask-reply-choice .link-list li p`).Length(); n != 3 {
				t.Errorf("%s choice: %d summaries, want 3", lang, n)
			}
			if doc.Find(".ask-reply .body").Length() != 0 {
				t.Errorf("%s choice: a choice must not show one answer in full", lang)
			}

			doc = render(referral)
			checkReplyPage(t, doc, lang, subject[lang], "/"+other+"/help")
			if doc.Find(`.ask-reply-referral .lead`).Text() != "Not covered here; the UDI is." {
				t.Errorf("%s referral: the statement is missing", lang)
			}
			if doc.Find(`.ask-reply-referral .ask-sites a[href="https://www.udi.no/"]`).Length() != 1 {
				t.Errorf("%s referral: no link to the official site", lang)
			}
			if got := doc.Find(`.ask-reply-referral .ask-help a[href="/` + lang + `/help"]`).Text(); got != help[lang] {
				t.Errorf("%s referral: the link to where to get help is %q", lang, got)
			}

			doc = render(arabic)
			checkReplyPage(t, doc, lang, arabic.Title, "/"+other+"/ask")
			notice := doc.Find(".ask-reply-language .ask-notice")
			if notice.AttrOr("lang", "") != "ar" || notice.AttrOr("dir", "") != "rtl" || notice.Find(".lead").Text() != arabic.Text {
				t.Errorf("%s language: the notice has lang %q dir %q", lang, notice.AttrOr("lang", ""), notice.AttrOr("dir", ""))
			}
			if doc.Find("html").AttrOr("lang", "") != lang {
				t.Errorf("%s language: the page's language changed", lang)
			}
			topics := doc.Find(`.ask-topics a[href^="/` + lang + `/t/"]`)
			if topics.Length() < 3 || topics.First().AttrOr("href", "") != "/"+lang+"/t/dublin" {
				t.Errorf("%s language: want the topics, the reply's first (got %d, first %q)", lang, topics.Length(), topics.First().AttrOr("href", ""))
			}
			untitled := *arabic
			untitled.Title = ""
			doc = render(&untitled)
			checkReplyPage(t, doc, lang, map[string]string{"en": "We answer in English and Norwegian", "nb": "Vi svarer på engelsk og norsk"}[lang], "/"+other+"/ask")
			if doc.Find(`[lang=ar] h1, h1[lang=ar]`).Length() != 0 || doc.Find(`.lead[lang=ar][dir=rtl]`).Text() != arabic.Text {
				t.Errorf("%s language without a title: the heading must be in the page's language, the notice in Arabic", lang)
			}
			doc = render(ukrainian)
			if n := doc.Find(`.ask-notice[lang=uk][dir=ltr]`).Length(); n != 1 {
				t.Errorf("%s language: Ukrainian is written left to right", lang)
			}

			doc = render(suggest)
			hint := doc.Find(".ask-reply .ask-lang-hint")
			href := hint.Find("a").AttrOr("href", "")
			if hint.AttrOr("lang", "") != other || !strings.HasPrefix(href, "/"+other+"/ask?q=a+question") {
				t.Errorf("%s hint: lang %q, link %q", lang, hint.AttrOr("lang", ""), href)
			}
			if masked && !strings.Contains(href, url.QueryEscape("•••")) {
				t.Errorf("%s hint: the question it carries is not masked: %s", lang, href)
			}
			wantHint := map[string]string{"en": "You wrote in English.", "nb": "Du skrev på norsk."}[other]
			if !strings.Contains(hint.Text(), wantHint) {
				t.Errorf("%s hint: %q, want it in the language written", lang, hint.Text())
			}
		}
	}
}

// P16: the empty ask page is the assistant's entry page: indexable, with a
// description in each language and one heading for the box.
func TestAskEntryPageIsIndexable(t *testing.T) {
	app, _ := newAskApp(t)
	descriptions := map[string]bool{}
	for _, lang := range []string{"en", "nb"} {
		resp, body := get(t, app, "/"+lang+"/ask")
		doc := parse(t, body)
		if resp.StatusCode != 200 {
			t.Fatalf("%s: status %d", lang, resp.StatusCode)
		}
		if cc := resp.Header.Get("Cache-Control"); !strings.HasPrefix(cc, "public") {
			t.Errorf("%s: the entry page is the same for everyone, yet Cache-Control is %q", lang, cc)
		}
		if href, _ := doc.Find(`link[rel=canonical]`).Attr("href"); href != "https://returinfo.example/"+lang+"/ask" {
			t.Errorf("%s: canonical %q", lang, href)
		}
		if doc.Find(`meta[name=robots]`).Length() != 0 {
			t.Errorf("%s: the entry page must be indexable", lang)
		}
		d, _ := doc.Find(`meta[name=description]`).Attr("content")
		if len(d) < 50 || descriptions[d] {
			t.Errorf("%s: description %q", lang, d)
		}
		descriptions[d] = true
		h1 := strings.TrimSpace(doc.Find("main h1").Text())
		doc.Find("main h2").Each(func(_ int, h *goquery.Selection) {
			if strings.TrimSpace(h.Text()) == h1 {
				t.Errorf("%s: h2 %q repeats the h1", lang, h1)
			}
		})
		if doc.Find("main .ask-reply").Length() != 0 || doc.Find("main form.ask-form input[name=q]").Length() != 1 {
			t.Errorf("%s: want the box and no reply", lang)
		}
		if href, _ := doc.Find(`.lang-switch a`).Attr("href"); href != "https://returinfo.example/"+otherLang(lang)+"/ask" {
			t.Errorf("%s: switch %q", lang, href)
		}
	}
	// Any question keeps a page out of search engines.
	for _, target := range []string{"/en/ask?q=passport", "/en/ask?a=expulsion", "/nb/ask?c=expulsion,refused-entry", "/en/ask?q=" + strings.Repeat("x", 501)} {
		resp, body := get(t, app, target)
		doc := parse(t, body)
		if doc.Find(`meta[name=robots][content=noindex]`).Length() != 1 || doc.Find(`link[rel=canonical]`).Length() != 0 {
			t.Errorf("%s: must be noindex", target)
		}
		if cc := resp.Header.Get("Cache-Control"); cc != "no-store" {
			t.Errorf("%s: Cache-Control %q, want no-store", target, cc)
		}
	}
}

// The API maps every kind of reply to the same JSON fields: official sites
// and this service's pages go to links, candidates and topics to answers,
// and a notice in another language carries text_lang.
func TestAskAPIMapsEveryKind(t *testing.T) {
	s, _ := newTestServer(t)
	type link struct{ Type, ID, Title, URL string }
	type item struct {
		ID, Title, Summary, URL string
		Score                   *float64
	}
	type reply struct {
		Lang, Kind, Title, Text string
		TextLang                string `json:"text_lang"`
		SuggestLang             string `json:"suggest_lang"`
		Answers                 []item
		Links                   []link
	}
	for _, lang := range []string{"en", "nb"} {
		cases := map[assistant.Kind]*assistant.Reply{
			assistant.KindChoice: {Lang: lang, Kind: assistant.KindChoice, Title: "Which?", Items: []assistant.Item{
				{Type: assistant.ItemAnswer, ID: "expulsion", Title: "E", Summary: "S1", URL: "/" + lang + "/a/expulsion", Score: 0.5},
				{Type: assistant.ItemAnswer, ID: "refused-entry", Title: "R", Summary: "S2", URL: "/" + lang + "/a/refused-entry", Score: 0.4},
			}},
			assistant.KindReferral: {Lang: lang, Kind: assistant.KindReferral, Title: "Asylum", Text: "Not here.", Items: []assistant.Item{
				{Type: assistant.ItemSite, ID: "udi", Title: "UDI", URL: "https://www.udi.no/"},
				{Type: assistant.ItemPage, ID: "help", Title: "Help", URL: "/" + lang + "/help"},
			}},
			assistant.KindLanguage: {Lang: lang, Kind: assistant.KindLanguage, TextLang: "fa", Title: "T", Text: "X", SuggestLang: "", Items: []assistant.Item{
				{Type: assistant.ItemTopic, ID: "dublin", Title: "Dublin", URL: "/" + lang + "/t/dublin"},
			}},
		}
		for kind, r := range cases {
			resp, body := get(t, s.AskAPIApp(r), "/api/v1/ask")
			var got reply
			if err := json.Unmarshal([]byte(body), &got); err != nil || resp.StatusCode != 200 {
				t.Fatalf("%s %s: %d %s", lang, kind, resp.StatusCode, body)
			}
			if got.Kind != string(kind) || got.Title != r.Title || got.Lang != lang || got.Answers == nil || got.Links == nil {
				t.Errorf("%s %s: %s", lang, kind, body)
			}
			switch kind {
			case assistant.KindChoice:
				if len(got.Answers) != 2 || got.Answers[1].Summary != "S2" || got.Answers[0].URL != "https://returinfo.example/"+lang+"/a/expulsion" || len(got.Links) != 0 {
					t.Errorf("%s choice: %s", lang, body)
				}
			case assistant.KindReferral:
				if len(got.Answers) != 0 || len(got.Links) != 2 || got.Links[0] != (link{"site", "udi", "UDI", "https://www.udi.no/"}) ||
					got.Links[1].URL != "https://returinfo.example/"+lang+"/help" || got.Links[1].Type != "page" {
					t.Errorf("%s referral: %s", lang, body)
				}
			case assistant.KindLanguage:
				if got.TextLang != "fa" || len(got.Answers) != 1 || !strings.HasSuffix(got.Answers[0].URL, "/"+lang+"/t/dublin") {
					t.Errorf("%s language: %s", lang, body)
				}
			}
		}
	}
}

// The engine's own replies of every kind render on the reply page, in both
// languages, and the language switch leads to the same reply.
func TestAskPageRendersTheEnginesReplies(t *testing.T) {
	app, _ := newAskApp(t)
	cases := []struct {
		lang, q, kind, title, sw string
		check                    string // a selector that must match
	}{
		{"en", "I want to apply for asylum", "referral", "Applying for asylum", "/nb/help", `.ask-sites a[href^="https://www.udi.no"]`},
		{"nb", "Jeg vil søke asyl", "referral", "Å søke asyl", "/en/help", `.ask-help a[href="/nb/help"]`},
		{"en", "expelled or refused entry, what is the difference", "choice", "Which of these do you mean?", "/nb/ask?c=refused-entry%2Cexpulsion", `.link-list li:nth-child(2) a[href="/en/a/expulsion"]`},
		{"nb", "Jeg er utvist eller bortvist, kan jeg komme tilbake senere?", "choice", "Hvilket av disse mener du?", "/en/ask?c=refused-entry%2Cexpulsion", `.link-list li:nth-child(2) p`},
		{"en", "ماذا يحدث إذا رفض طلب اللجوء", "language", "We answer in English and Norwegian", "/nb/ask", `.lead[lang=ar][dir=rtl]`},
		{"nb", "Что будет если меня депортируют", "language", "Vi svarer på engelsk og norsk", "/en/ask", `.lead[lang=ru][dir=ltr]`},
		{"nb", "who pays for a forced return", "answer", "Hvem betaler for en uttransportering?", "/en/ask?a=forced-return-costs", `.ask-lang-hint[lang=en] a[href="/en/ask?q=who+pays+for+a+forced+return"]`},
		{"en", "hvem betaler for uttransporteringen", "answer", "Who pays for a forced return?", "/nb/ask?a=forced-return-costs", `.ask-lang-hint[lang=nb] a[href="/nb/ask?q=hvem+betaler+for+uttransporteringen"]`},
		{"en", "how many were returned in May 2025", "statistic", "From the police's statistics", "/nb/statistics/2025-05", `a[href="/en/statistics/2025-05"]`},
		{"nb", "hvem vant fotballkampen", "fallback", "Fant ikke noe svar", "/en/ask", `.lead`},
	}
	for _, c := range cases {
		_, body := get(t, app, "/"+c.lang+"/ask?q="+url.QueryEscape(c.q))
		doc := parse(t, body)
		if got := doc.Find(".ask-reply").AttrOr("data-kind", ""); got != c.kind {
			t.Errorf("%s %q: kind %q, want %q (the engine changed?)", c.lang, c.q, got, c.kind)
			continue
		}
		t.Run(c.lang+" "+c.kind, func(t *testing.T) {
			checkReplyPage(t, doc, c.lang, c.title, c.sw)
			if doc.Find(".ask-reply "+c.check).Length() == 0 {
				t.Errorf("%q: nothing matches %s", c.q, c.check)
			}
		})
	}
}
