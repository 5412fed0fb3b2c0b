package guide

import (
	"errors"
	"net/url"
	"testing"
)

func resolve(t *testing.T, f *Flow, query string) *State {
	t.Helper()
	v, err := url.ParseQuery(query)
	if err != nil {
		t.Fatalf("bad test query %q: %v", query, err)
	}
	return f.Resolve(v)
}

func pathIDs(s *State) string {
	out := ""
	for _, st := range s.Path() {
		out += st.Question.ID + "=" + st.Option.ID + " "
	}
	return out
}

func TestResolve(t *testing.T) {
	f := loadFixture(t)
	cases := []struct {
		query, canonical, current, outcome string
	}{
		{"", "", "a", ""},
		{"a=x", "a=x", "b", ""},
		{"b=yes&a=x", "a=x&b=yes", "d", ""},
		{"a=x&b=yes&d=q", "a=x&b=yes&d=q", "", "end-q"},
		{"a=z", "a=z", "", "end-unsure"},
		// Unknown parameters are dropped.
		{"a=x&utm_source=mail&lang=nb", "a=x", "b", ""},
		// Tampered or unknown answers count as unanswered.
		{"a=nonsense", "", "a", ""},
		{"a=x&b=<script>", "a=x", "b", ""},
		{"a=X", "", "a", ""},
		{"a=x&a=y", "", "a", ""},
		{"a=x&a=x", "a=x", "b", ""},
		// An answer for a question off the path is dropped once the path ends.
		{"a=z&b=yes&d=p", "a=z", "", "end-unsure"},
		// On a question page, answers that may still come later are kept.
		{"d=p", "d=p", "a", ""},
		{"a=x&c=yes&d=p", "a=x&d=p", "b", ""},
	}
	for _, c := range cases {
		s := resolve(t, f, c.query)
		if got := s.Query(); got != c.canonical {
			t.Errorf("?%s: canonical %q, want %q", c.query, got, c.canonical)
		}
		cur, out := "", ""
		if s.Current() != nil {
			cur = s.Current().ID
		}
		if s.Outcome() != nil {
			out = s.Outcome().ID
		}
		if cur != c.current || out != c.outcome {
			t.Errorf("?%s: at question %q, outcome %q; want %q, %q", c.query, cur, out, c.current, c.outcome)
		}
	}
}

func TestPathForYourAnswers(t *testing.T) {
	f := loadFixture(t)
	s := resolve(t, f, "d=p&b=yes&a=x")
	if got := pathIDs(s); got != "a=x b=yes d=p " {
		t.Fatalf("path %q", got)
	}
	st := s.Path()[1]
	if st.Question.Text("nb").Title != "nb: question b?" || st.Question.Label("nb", st.Option.ID) != "nb: b yes" {
		t.Errorf("row texts: %q, %q", st.Question.Text("nb").Title, st.Question.Label("nb", st.Option.ID))
	}
}

// Changing an early answer keeps the later answers that are still on the new path.
func TestChangeKeepsLaterAnswersStillValid(t *testing.T) {
	f := loadFixture(t)
	done := resolve(t, f, "a=x&b=yes&d=p")
	change := done.Path()[0].Change
	if change != "b=yes&d=p" {
		t.Fatalf("Change of a = %q, want the later answers kept", change)
	}
	page := resolve(t, f, change)
	if page.Current() == nil || page.Current().ID != "a" {
		t.Fatalf("the Change link does not show question a: %v", page.Current())
	}
	// Choosing y leads through c, not b: b's answer is dropped, d's still applies once c is answered.
	next := submit(t, f, change, "a", "y")
	if next.Query() != "a=y&d=p" || next.Current().ID != "c" {
		t.Fatalf("after changing a to y: ?%s at %v", next.Query(), next.Current())
	}
	final := submit(t, f, next.Query(), "c", "yes")
	if final.Outcome() == nil || final.Outcome().ID != "end-p" {
		t.Fatalf("after answering c: ?%s, outcome %v; want end-p, d kept", final.Query(), final.Outcome())
	}
	// Choosing x again finds b and d still answered and goes straight to the outcome.
	again := submit(t, f, change, "a", "x")
	if again.Outcome() == nil || again.Outcome().ID != "end-p" || again.Query() != "a=x&b=yes&d=p" {
		t.Fatalf("after choosing x again: ?%s, outcome %v", again.Query(), again.Outcome())
	}
	// Choosing z ends at once: the later answers are off the path and dropped.
	if z := submit(t, f, change, "a", "z"); z.Query() != "a=z" {
		t.Fatalf("after choosing z: ?%s, want a=z", z.Query())
	}
}

func TestBack(t *testing.T) {
	f := loadFixture(t)
	if _, ok := resolve(t, f, "").Back(); ok {
		t.Error("the first question has a Back link")
	}
	cases := map[string]string{
		"a=x":           "",
		"a=x&b=yes":     "a=x",
		"a=x&b=yes&d=q": "a=x&b=yes", // from an outcome, back to its last question
		"a=z":           "",
	}
	for q, want := range cases {
		back, ok := resolve(t, f, q).Back()
		if !ok || back != want {
			t.Errorf("?%s: Back = %q, %v; want %q", q, back, ok, want)
		}
	}
	// Back from the outcome shows d again, with its answer gone so it can be chosen anew.
	back, _ := resolve(t, f, "a=x&b=yes&d=q").Back()
	if s := resolve(t, f, back); s.Current() == nil || s.Current().ID != "d" {
		t.Errorf("Back from the outcome shows %v, want question d", s.Current())
	}
}

func submit(t *testing.T, f *Flow, query, question, option string) *State {
	t.Helper()
	v, _ := url.ParseQuery(query)
	v.Set(question, option)
	s, err := f.Submit(v, question)
	if err != nil {
		t.Fatalf("submit %s=%s on ?%s: %v", question, option, query, err)
	}
	return s
}

func TestSubmit(t *testing.T) {
	f := loadFixture(t)
	for _, bad := range []url.Values{
		{"a": {"x"}},                        // no choice for b
		{"a": {"x"}, "b": {""}},             // empty choice
		{"a": {"x"}, "b": {"maybe"}},        // not an option
		{"a": {"x"}, "b": {"yes", "no"}},    // two choices
		{"a": {"x"}, "b": {"p"}, "z": {""}}, // an option of another question
	} {
		s, err := f.Submit(bad, "b")
		if !errors.Is(err, ErrNoChoice) {
			t.Errorf("%v: err = %v, want ErrNoChoice", bad, err)
		}
		if s.Current() == nil || s.Current().ID != "b" || s.Query() != "a=x" {
			t.Errorf("%v: the error page is not question b with a=x: %v ?%s", bad, s.Current(), s.Query())
		}
	}
	// A form for a question that is not the current one is not an error: go where the answers lead.
	s, err := f.Submit(url.Values{"a": {"x"}, "d": {"p"}}, "d")
	if err != nil || s.Current() == nil || s.Current().ID != "b" {
		t.Errorf("stale form: err %v, at %v; want question b", err, s.Current())
	}
	s, err = f.Submit(url.Values{"a": {"x"}, "b": {"yes"}}, "b")
	if err != nil || s.Current().ID != "d" || s.Query() != "a=x&b=yes" {
		t.Errorf("valid answer: err %v, at %v, ?%s", err, s.Current(), s.Query())
	}
}
