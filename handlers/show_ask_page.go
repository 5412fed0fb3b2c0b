package handlers

import (
	"net/url"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/gofiber/fiber/v2"
	"golang.org/x/text/language"

	"returninfo/internal/answers"
	"returninfo/internal/assistant"
	"returninfo/internal/locale"
	"returninfo/views"
)

// showAskPage is the assistant without JavaScript. /{lang}/ask?q=… shows the
// reply first, then the box to ask again. Two more forms carry no question,
// so that the language switch leads to the same reply, not to the same
// words re-asked: ?a=ID is an answer as a reply, ?c=ID,ID a choice.
// Without any of them it is the assistant's entry page, the only one
// indexed. Questions are not kept.
func (s *Server) showAskPage(c *fiber.Ctx) error {
	loc := localizer(c)
	lang := loc.Lang.Tag
	// Made valid UTF-8: the question goes back into the page.
	q := strings.TrimSpace(strings.ToValidUTF8(c.Query("q"), "\uFFFD"))
	aID, cIDs := strings.Clone(c.Query("a")), strings.Clone(c.Query("c"))
	status := fiber.StatusOK
	message := ""
	// pathIn is this reply in another language.
	pathIn := func(other string) string { return askPath(other, "") }
	var r *assistant.Reply
	switch {
	case q != "" && utf8.RuneCountInString(q) > assistant.MaxQuestionLength:
		message = loc.TData("AskTooLong", map[string]any{"Max": assistant.MaxQuestionLength})
		status = fiber.StatusBadRequest
	case q != "":
		var err error
		if r, err = s.Assistant.Ask(c.UserContext(), lang, q); err != nil {
			return err // the error never holds the question
		}
		pathIn = func(other string) string { return replyPathIn(r, other) }
	case aID != "":
		a, ok := s.Answers.Answer(lang, aID)
		if !ok {
			return fiber.ErrNotFound
		}
		r = &assistant.Reply{Lang: lang, Kind: assistant.KindAnswer, Title: a.Title, Text: a.Summary,
			Items: []assistant.Item{{Type: assistant.ItemAnswer, ID: a.ID, Title: a.Title, URL: answers.AnswerPath(lang, a.ID)}}}
		pathIn = func(other string) string { return "/" + other + "/ask?a=" + url.QueryEscape(a.ID) }
	case cIDs != "":
		if r = s.choiceReply(loc, cIDs); r == nil {
			return fiber.ErrNotFound
		}
		pathIn = func(other string) string { return replyPathIn(r, other) }
	case len(c.Request().URI().QueryString()) == 0:
		// The entry page is the same for everyone.
		markCacheable(c, "")
	}
	return s.renderAskPage(c, loc, status, askPage{question: q, message: message, reply: r, pathIn: pathIn})
}

// askPage is what the reply page shows.
type askPage struct {
	question string // as asked; masked here before it is shown
	message  string // instead of a reply
	reply    *assistant.Reply
	pathIn   func(lang string) string
}

func (s *Server) renderAskPage(c *fiber.Ctx, loc *locale.Localizer, status int, p askPage) error {
	lang := loc.Lang.Tag
	r := p.reply
	// What the page shows back, in the box, the text and the links, has
	// personal data masked; the assistant got the question.
	shown := assistant.MaskPersonalData(p.question)
	v := views.AskView{Question: shown, Message: p.message}
	title := loc.T("AskPageTitle")
	if r != nil {
		v.Reply = s.askReplyView(r)
		v.Hint = s.askHint(r.SuggestLang, shown)
		if v.Reply.Title != "" && v.Reply.TextLang == "" {
			title = v.Reply.Title // the tab names what the reply answers
		}
	}
	v.Page = s.page(c, loc, title, p.pathIn)
	if r == nil && v.Message == "" {
		v.Description = loc.T("AskPageDescription")
		v.Title = loc.T("AskHeading")
	} else {
		v.Canonical = "" // a reply: noindex
		c.Set(fiber.HeaderCacheControl, "no-store")
	}
	if r == nil || r.Kind == assistant.KindFallback || r.Kind == assistant.KindLanguage {
		v.Topics = s.askTopics(lang, r)
	}
	return render(c, status, views.AskPage(v))
}

// askReplyView is the view of a reply; it shows the best answer in full.
func (s *Server) askReplyView(r *assistant.Reply) *views.AskReply {
	v := &views.AskReply{Kind: string(r.Kind), Title: r.Title, Text: r.Text, Warning: r.Warning}
	if r.TextLang != "" && r.TextLang != r.Lang {
		v.TextLang, v.TextDir = r.TextLang, r.TextDir
		if v.TextDir == "" {
			v.TextDir = textDirection(r.TextLang)
		}
	}
	for i, it := range r.Items {
		switch {
		case it.Type == assistant.ItemTopic:
			// Shown with all the topics (askTopics).
		case it.Type == assistant.ItemPage:
			v.Help = append(v.Help, views.Link{Title: it.Title, URL: it.URL})
		case r.Kind == assistant.KindAnswer && i == 0:
			if a, ok := s.Answers.Answer(r.Lang, it.ID); ok {
				v.Best = &views.AskAnswer{Title: a.Title, BodyHTML: a.HTML, URL: it.URL}
				if v.Title == "" {
					v.Title = a.Title
				}
				if v.Text == "" {
					v.Text = a.Summary
				}
			}
		case it.Type == assistant.ItemAnswer:
			l := views.Link{Title: it.Title, Summary: it.Summary, URL: it.URL}
			if a, ok := s.Answers.Answer(r.Lang, it.ID); ok {
				l.Title = a.Title
				if l.Summary == "" {
					l.Summary = a.Summary
				}
			}
			v.Links = append(v.Links, l)
		default: // official sites, statistics pages
			v.Links = append(v.Links, views.Link{Title: it.Title, URL: it.URL})
		}
	}
	return v
}

// choiceReply is the choice between the answers in ids ("a,b" or "a,b,c"),
// as the assistant offers it; nil unless there are two or three answers.
func (s *Server) choiceReply(loc *locale.Localizer, ids string) *assistant.Reply {
	lang := loc.Lang.Tag
	r := &assistant.Reply{Lang: lang, Kind: assistant.KindChoice, Title: loc.T("AskPageChoiceTitle")}
	list := strings.Split(ids, ",")
	if len(list) < 2 || len(list) > 3 {
		return nil
	}
	for i, id := range list {
		a, ok := s.Answers.Answer(lang, id)
		if !ok || slices.Contains(list[:i], id) {
			return nil
		}
		r.Items = append(r.Items, assistant.Item{Type: assistant.ItemAnswer, ID: a.ID, Title: a.Title, Summary: a.Summary, URL: answers.AnswerPath(lang, a.ID)})
	}
	return r
}

// replyPathIn is where the language switch on a reply leads: the same
// reply in the other language, never the question re-asked there (its
// words are in the wrong language). An answer and a choice are carried by
// their answers' IDs, a figure by its month's page, a referral by the page
// on where to get help; anything else is the entry page.
func replyPathIn(r *assistant.Reply, other string) string {
	var ids []string
	for _, it := range r.Items {
		if it.Type == assistant.ItemAnswer {
			ids = append(ids, it.ID)
		}
	}
	switch r.Kind {
	case assistant.KindAnswer:
		if len(ids) > 0 {
			return "/" + other + "/ask?a=" + url.QueryEscape(ids[0])
		}
	case assistant.KindChoice:
		if len(ids) >= 2 {
			return "/" + other + "/ask?c=" + url.QueryEscape(strings.Join(ids, ","))
		}
	case assistant.KindStatistic:
		for _, it := range r.Items {
			if it.Type == assistant.ItemStatistics {
				return assistant.StatisticsPath(other, it.ID)
			}
		}
	case assistant.KindReferral:
		for _, it := range r.Items {
			if rest, ok := strings.CutPrefix(it.URL, "/"+r.Lang+"/"); ok && it.Type == assistant.ItemPage {
				return "/" + other + "/" + rest
			}
		}
	}
	return askPath(other, "")
}

// askTopics are the topics: first those the reply offers, then the rest.
func (s *Server) askTopics(lang string, r *assistant.Reply) []views.Link {
	var ids []string
	if r != nil {
		for _, it := range r.Items {
			if it.Type == assistant.ItemTopic {
				ids = append(ids, it.ID)
			}
		}
	}
	for _, t := range s.Answers.Topics(lang) {
		if !slices.Contains(ids, t.ID) {
			ids = append(ids, t.ID)
		}
	}
	var out []views.Link
	for _, id := range ids {
		if t, ok := s.Answers.Topic(lang, id); ok {
			out = append(out, views.Link{Title: t.Title, Summary: t.Intro, URL: answers.TopicPath(lang, t.ID)})
		}
	}
	return out
}

// askHint is the hint to ask in the language the question seems written
// in, in that language, with the (masked) question carried over.
func (s *Server) askHint(lang, shown string) *views.AskHint {
	loc, ok := s.Locales.Get(lang)
	if !ok || lang == "" {
		return nil
	}
	return &views.AskHint{Lang: lang, Wrote: loc.T("AskPageHintWrote"), Link: loc.T("AskPageHintLink"), URL: askPath(lang, shown)}
}

// askSettings is the question box's model: the limit, and the hints in
// every published language for ask.js.
func (s *Server) askSettings() views.AskSettings {
	a := views.AskSettings{MaxLength: assistant.MaxQuestionLength}
	for _, l := range s.Locales.Languages {
		if h := s.askHint(l.Tag, ""); h != nil {
			h.URL = ""
			a.Hints = append(a.Hints, *h)
		}
	}
	return a
}

// rtlScripts are the scripts written right to left among those the
// language notices may use.
var rtlScripts = []string{"Arab", "Hebr", "Syrc", "Thaa", "Nkoo", "Adlm", "Rohg"}

// textDirection is "rtl" for a language written right to left, else "ltr".
func textDirection(tag string) string {
	t, err := language.Parse(tag)
	if err != nil {
		return "ltr"
	}
	if script, _ := t.Script(); slices.Contains(rtlScripts, script.String()) {
		return "rtl"
	}
	return "ltr"
}

// askPath is the reply page for a question in a language.
func askPath(lang, q string) string {
	if q == "" {
		return "/" + lang + "/ask"
	}
	return "/" + lang + "/ask?q=" + url.QueryEscape(q)
}
