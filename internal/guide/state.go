package guide

import (
	"errors"
	"net/url"
)

// ErrNoChoice means a form was sent without a valid choice for its question.
// The page shows the same question again with the question's error text.
var ErrNoChoice = errors.New("guide: no option chosen")

// State is one person's walk through the flow, as read from a query string.
type State struct {
	flow    *Flow
	answers map[string]string // question ID → option ID, only the answers kept
	path    []Step
	current *Question
	outcome *Outcome
}

// Step is one answered question on the path from the start.
type Step struct {
	Question *Question
	Option   *Option
	// Change is the query string (no "?") that shows this question again and keeps
	// the later answers, which apply again if they are still on the new path.
	Change string
}

// Resolve reads answers from a query string. Unknown parameters, unknown options and
// repeated parameters with different values are ignored, as if unanswered.
// It never fails: at worst the walk is back at the start.
func (f *Flow) Resolve(v url.Values) *State {
	given := map[string]string{}
	for _, q := range f.questions {
		if id, ok := single(v[q.ID]); ok && q.Option(id) != nil {
			given[q.ID] = id
		}
	}
	return f.walk(given, true)
}

// Submit applies the answer a form sends for the question questionID. Without a valid
// choice it returns the unchanged state and ErrNoChoice. A form for a question that is
// not the current one (an old tab, a tampered link) is not an error: the state shows
// where its answers lead.
func (f *Flow) Submit(form url.Values, questionID string) (*State, error) {
	rest := url.Values{}
	for k, v := range form {
		if k != questionID {
			rest[k] = v
		}
	}
	s := f.Resolve(rest)
	if s.current == nil || s.current.ID != questionID {
		return f.Resolve(form), nil
	}
	id, ok := single(form[questionID])
	if !ok || s.current.Option(id) == nil {
		return s, ErrNoChoice
	}
	given := map[string]string{questionID: id}
	for k, v := range s.answers {
		given[k] = v
	}
	return f.walk(given, true), nil
}

// walk follows the answers from the start. It keeps the answers on the path, and those
// to questions that may still come after the current one (kept after a Change).
func (f *Flow) walk(given map[string]string, withLinks bool) *State {
	s := &State{flow: f, answers: map[string]string{}}
	id := f.start
	for {
		if o := f.outcome[id]; o != nil {
			s.outcome = o
			break
		}
		q := f.question[id]
		opt := q.Option(given[q.ID])
		if opt == nil {
			s.current = q
			break
		}
		s.answers[q.ID] = opt.ID
		s.path = append(s.path, Step{Question: q, Option: opt})
		id = opt.Next
	}
	if s.current != nil {
		for _, b := range f.below[s.current.ID] {
			if a, ok := given[b]; ok {
				s.answers[b] = a
			}
		}
	}
	if withLinks {
		for i := range s.path {
			s.path[i].Change = s.without(s.path[i].Question.ID)
		}
	}
	return s
}

// without is the canonical query with one answer taken out.
func (s *State) without(questionID string) string {
	given := map[string]string{}
	for k, v := range s.answers {
		if k != questionID {
			given[k] = v
		}
	}
	return s.flow.walk(given, false).Query()
}

// Query is the canonical query string (no "?"): kept answers only, sorted by question ID.
func (s *State) Query() string { return s.Values().Encode() }

// Values are the kept answers, for a question form's hidden fields.
func (s *State) Values() url.Values {
	v := url.Values{}
	for k, a := range s.answers {
		v.Set(k, a)
	}
	return v
}

// Path is the questions answered so far, from the start, for "Your answers".
func (s *State) Path() []Step { return append([]Step(nil), s.path...) }

// Current is the question to ask now; nil when the walk has reached its outcome.
func (s *State) Current() *Question { return s.current }

// Outcome is where the walk ended; nil while a question is still open.
func (s *State) Outcome() *Outcome { return s.outcome }

// Back is the query string of the previous step; ok is false on the first question.
func (s *State) Back() (query string, ok bool) {
	if len(s.path) == 0 {
		return "", false
	}
	return s.path[len(s.path)-1].Change, true
}

// single accepts a parameter given once, or repeated with the same value.
func single(vals []string) (string, bool) {
	if len(vals) == 0 {
		return "", false
	}
	for _, v := range vals[1:] {
		if v != vals[0] {
			return "", false
		}
	}
	return vals[0], true
}
