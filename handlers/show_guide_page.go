package handlers

import (
	"errors"
	"net/url"
	"slices"
	"strings"

	"github.com/gofiber/fiber/v2"

	"returninfo/internal/answers"
	"returninfo/internal/guide"
	"returninfo/internal/qrcode"
	"returninfo/views"
)

// showGuidePage is the whole guided flow at one address: the answers in the
// query string say which question to ask or which outcome to show, so every
// step is a link. A form sends its answer here with the step it answers;
// the reply then redirects to the clean, canonical address of the next step.
func (s *Server) showGuidePage(c *fiber.Ctx) error {
	loc := localizer(c)
	lang := loc.Lang.Tag
	query := queryValues(c)
	step := query.Get(views.StepParam)

	var state *guide.State
	noChoice := false
	if step != "" {
		var err error
		state, err = s.Guide.Submit(query, step)
		noChoice = errors.Is(err, guide.ErrNoChoice)
	} else {
		state = s.Guide.Resolve(query)
	}
	canonical := guidePath(lang, state.Query())
	// "Change" links carry the earlier answer, so the question shows it chosen.
	prev := ""
	if p := query.Get(views.PrevParam); p != "" && step == "" && state.Current() != nil && state.Current().Option(p) != nil {
		prev = p
	}
	if !noChoice && string(c.Request().URI().QueryString()) != withPrev(state.Query(), prev) {
		// After a submit, or for a link with unknown, unsorted or stale
		// answers: go to the clean address of where the answers lead.
		return c.Redirect(canonical, fiber.StatusSeeOther)
	}

	page := s.page(c, loc, "", func(other string) string { return guidePath(other, state.Query()) })
	page.Section = "guide"
	page.Description = loc.T("GuideDescription")
	rows := s.guideAnswers(lang, state)
	back := guidePath(lang, "")
	if q, ok := state.Back(); ok {
		back = guidePath(lang, q)
	}

	if o := state.Outcome(); o != nil {
		text := o.Text(lang)
		page.Title = text.Title
		v := views.GuideOutcomeView{
			Page: page, Heading: text.Title, Applies: text.Applies, Next: text.Next,
			Action:      views.Link{Title: text.Action, URL: outcomeActionURL(lang, o.Action)},
			Helper:      isHelperPath(state.Query()),
			YourAnswers: rows, BackURL: back, StartURL: guidePath(lang, ""),
			ShareURL: s.absURL(c, canonical),
		}
		qr, err := qrcode.SVG(v.ShareURL)
		if err != nil {
			return err
		}
		v.QRCode = qr
		for _, id := range o.Answers {
			if a, ok := s.Answers.Answer(lang, id); ok {
				v.Answers = append(v.Answers, views.Link{Title: a.Title, Summary: a.Summary, URL: answers.AnswerPath(lang, id)})
			}
		}
		markCacheable(c, state.Query())
		return render(c, fiber.StatusOK, views.GuideOutcomePage(v))
	}

	q := state.Current()
	text := q.Text(lang)
	page.Title = text.Title
	v := views.GuideQuestionView{
		Page: page, Action: guidePath(lang, ""), QuestionID: q.ID,
		Legend: text.Title, Hint: text.Hint, YourAnswers: rows, StartURL: guidePath(lang, ""),
	}
	if len(state.Path()) > 0 {
		v.BackURL = back
	}
	for _, o := range q.Options {
		v.Options = append(v.Options, views.GuideOption{ID: o.ID, Label: text.Labels[o.ID], DontKnow: o.DontKnow, Checked: o.ID == prev})
	}
	for name, vals := range state.Values() {
		v.Hidden = append(v.Hidden, views.HiddenField{Name: name, Value: vals[0]})
	}
	slices.SortFunc(v.Hidden, func(a, b views.HiddenField) int { return strings.Compare(a.Name, b.Name) })
	if noChoice {
		v.Error = text.Error
		v.Page.Title = loc.TData("GuideTitleError", map[string]any{"Title": text.Title})
	} else if prev == "" {
		markCacheable(c, state.Query())
	}
	return render(c, fiber.StatusOK, views.GuideQuestionPage(v))
}

// guideAnswers is "Your answers": each question on the path, the answer
// given, and a link that asks it again.
func (s *Server) guideAnswers(lang string, state *guide.State) []views.GuideAnswer {
	var rows []views.GuideAnswer
	for _, st := range state.Path() {
		rows = append(rows, views.GuideAnswer{
			Question:  st.Question.Text(lang).Title,
			Answer:    st.Question.Label(lang, st.Option.ID),
			ChangeURL: guidePath(lang, withPrev(st.Change, st.Option.ID)),
		})
	}
	return rows
}

func guidePath(lang, query string) string {
	if query == "" {
		return "/" + lang + "/guide"
	}
	return "/" + lang + "/guide?" + query
}

// queryValues copies the query string out of the request (Fiber reuses its
// buffers once the handler returns).
func queryValues(c *fiber.Ctx) url.Values {
	// A malformed pair is dropped; the pairs that parse are kept.
	v, _ := url.ParseQuery(string(c.Request().URI().QueryString()))
	return v
}

// outcomeActionURL is where an outcome's first step leads. UDI's home page: the
// sources give no deeper address for the application portal.
func outcomeActionURL(lang, target string) string {
	if target == "udi" {
		return "https://www.udi.no/"
	}
	return "/" + lang + "/help"
}

// isHelperPath says whether the reader chose "I am helping someone else".
func isHelperPath(query string) bool {
	v, _ := url.ParseQuery(query)
	return v.Get("situation") == "helping"
}

// withPrev adds the earlier answer to a question's canonical query (last, so the
// rest stays canonical).
func withPrev(query, prev string) string {
	if prev == "" {
		return query
	}
	p := views.PrevParam + "=" + url.QueryEscape(prev)
	if query == "" {
		return p
	}
	return query + "&" + p
}
