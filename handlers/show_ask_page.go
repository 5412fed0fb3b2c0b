package handlers

import (
	"net/url"
	"strings"
	"unicode/utf8"

	"github.com/gofiber/fiber/v2"

	"returninfo/internal/answers"
	"returninfo/internal/assistant"
	"returninfo/views"
)

// showAskPage is the assistant without JavaScript: /{lang}/ask?q=… shows
// the reply (the best answer in full, up to two others, or the topics),
// with the question in the box. Questions are not kept and the page is not
// indexed; an empty or over-long question gets the box and the topics.
func (s *Server) showAskPage(c *fiber.Ctx) error {
	loc := localizer(c)
	lang := loc.Lang.Tag
	// Made valid UTF-8: the question goes back into the page.
	q := strings.TrimSpace(strings.ToValidUTF8(c.Query("q"), "\uFFFD"))
	c.Set(fiber.HeaderCacheControl, "no-store")
	// What the page shows back, in the box, the text and the language
	// switch, has personal data masked; the assistant gets the question.
	shown := assistant.MaskPersonalData(q)
	page := s.page(c, loc, loc.T("AskPageTitle"), func(other string) string { return askPath(other, shown) })
	page.Canonical = "" // a reply to one person's question: noindex
	v := views.AskView{Page: page, Question: shown}
	status := fiber.StatusOK
	switch {
	case q == "":
		v.Message = loc.T("AskEmpty")
	case utf8.RuneCountInString(q) > assistant.MaxQuestionLength:
		v.Message = loc.TData("AskTooLong", map[string]any{"Max": assistant.MaxQuestionLength})
		status = fiber.StatusBadRequest
	default:
		r, err := s.Assistant.Ask(c.UserContext(), lang, q)
		if err != nil {
			return err // the error never holds the question
		}
		s.fillAskView(&v, r)
	}
	if v.Kind == "" || v.Kind == string(assistant.KindFallback) {
		for _, t := range s.Answers.Topics(lang) {
			v.Topics = append(v.Topics, views.Link{Title: t.Title, Summary: t.Intro, URL: answers.TopicPath(lang, t.ID)})
		}
	}
	return render(c, status, views.AskPage(v))
}

func (s *Server) fillAskView(v *views.AskView, r *assistant.Reply) {
	v.Kind, v.Text, v.Warning = string(r.Kind), r.Text, r.Warning
	for i, it := range r.Items {
		switch {
		case r.Kind == assistant.KindAnswer && i == 0:
			if a, ok := s.Answers.Answer(r.Lang, it.ID); ok {
				v.Best = &views.AskAnswer{Title: a.Title, BodyHTML: a.HTML, URL: it.URL}
			}
		case r.Kind == assistant.KindAnswer:
			if a, ok := s.Answers.Answer(r.Lang, it.ID); ok {
				v.Others = append(v.Others, views.Link{Title: a.Title, Summary: a.Summary, URL: it.URL})
			}
		case r.Kind == assistant.KindStatistic:
			v.Others = append(v.Others, views.Link{Title: it.Title, URL: it.URL})
		}
	}
}

// askPath is the reply page for a question in a language.
func askPath(lang, q string) string {
	if q == "" {
		return "/" + lang + "/ask"
	}
	return "/" + lang + "/ask?q=" + url.QueryEscape(q)
}
