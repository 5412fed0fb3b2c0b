package handlers

import (
	"encoding/json"
	"strings"
	"unicode/utf8"

	"github.com/gofiber/fiber/v2"

	"returninfo/internal/assistant"
)

// askJSON is the API's content type.
const askJSON = "application/json; charset=utf-8"

// The API's errors are fixed texts: they never repeat what was asked.
var (
	errAskLang    = []byte(`{"error":"lang is missing or not a published language"}`)
	errAskEmpty   = []byte(`{"error":"q is missing"}`)
	errAskTooLong = []byte(`{"error":"q is longer than 500 characters"}`)
)

// apiAskReply is the API's reply object (the contract in issue 5). Kind is
// one of:
//
//   - "answer": sure of one answer. Title is its title, Text its summary,
//     Answers[0] the answer, then others that may help.
//   - "choice": torn between two or three answers. Title asks "Which of
//     these do you mean?"; Answers are the candidates, with Summary.
//   - "referral": a subject this service does not cover. Title is the
//     subject, Text says where to turn; Links are official sites (type
//     "site") and this service's page on where to get help ("page").
//   - "statistic": a figure from the statistics, or what is not published.
//     Answers link the month's page (and an answer explaining it).
//   - "fallback": nothing understood. Text says so; Answers are topics.
//   - "language": written in a language the service does not publish.
//     Title and Text are in that language, TextLang its tag; Answers are
//     topics.
//
// SuggestLang is set when the question seems written in the other
// published language; Warning when it looked like it held personal data.
type apiAskReply struct {
	Lang        string       `json:"lang"`
	Kind        string       `json:"kind"`
	Title       string       `json:"title"`
	Answers     []apiAskItem `json:"answers"`
	Links       []apiAskLink `json:"links"`
	Text        string       `json:"text"`
	TextLang    string       `json:"text_lang,omitempty"`
	SuggestLang string       `json:"suggest_lang,omitempty"`
	Warning     string       `json:"warning,omitempty"`
}

type apiAskItem struct {
	ID      string  `json:"id"`
	Title   string  `json:"title"`
	Summary string  `json:"summary,omitempty"`
	URL     string  `json:"url"`
	Score   float64 `json:"score"`
}

// apiAskLink is a link that is not an answer: an official site, or a page
// of this service such as where to get help.
type apiAskLink struct {
	Type  string `json:"type"`
	ID    string `json:"id"`
	Title string `json:"title"`
	URL   string `json:"url"`
}

// apiAsk answers GET /api/v1/ask?lang=…&q=…. Nothing of the question is
// kept, logged or sent back.
func (s *Server) apiAsk(c *fiber.Ctx) error {
	c.Set(fiber.HeaderCacheControl, "no-store")
	lang := c.Query("lang")
	q := strings.TrimSpace(strings.ToValidUTF8(c.Query("q"), "\uFFFD"))
	if _, ok := s.Locales.Get(lang); !ok {
		return sendAskJSON(c, fiber.StatusBadRequest, errAskLang)
	}
	switch {
	case q == "":
		return sendAskJSON(c, fiber.StatusBadRequest, errAskEmpty)
	case utf8.RuneCountInString(q) > assistant.MaxQuestionLength:
		return sendAskJSON(c, fiber.StatusBadRequest, errAskTooLong)
	}
	r, err := s.Assistant.Ask(c.UserContext(), lang, q)
	if err != nil {
		return err // the error never holds the question
	}
	return s.sendAskReply(c, r)
}

// sendAskReply maps a reply to the API's JSON: official sites and pages
// of this service go to links, everything else to answers.
func (s *Server) sendAskReply(c *fiber.Ctx, r *assistant.Reply) error {
	out := apiAskReply{
		Lang: r.Lang, Kind: string(r.Kind), Title: r.Title, Answers: []apiAskItem{}, Links: []apiAskLink{},
		Text: r.Text, TextLang: r.TextLang, SuggestLang: r.SuggestLang, Warning: r.Warning,
	}
	for _, it := range r.Items {
		switch it.Type {
		case assistant.ItemSite:
			out.Links = append(out.Links, apiAskLink{Type: string(it.Type), ID: it.ID, Title: it.Title, URL: it.URL})
		case assistant.ItemPage:
			out.Links = append(out.Links, apiAskLink{Type: string(it.Type), ID: it.ID, Title: it.Title, URL: s.absURL(c, it.URL)})
		default:
			out.Answers = append(out.Answers, apiAskItem{ID: it.ID, Title: it.Title, Summary: it.Summary, URL: s.absURL(c, it.URL), Score: it.Score})
		}
	}
	b, err := json.Marshal(out)
	if err != nil {
		return err
	}
	return sendAskJSON(c, fiber.StatusOK, b)
}

func sendAskJSON(c *fiber.Ctx, status int, body []byte) error {
	c.Set(fiber.HeaderContentType, askJSON)
	return c.Status(status).Send(body)
}
