package guide

import (
	"net/url"
	"testing"
)

// FuzzResolve feeds any query string to the flow: it must never panic, and what it
// answers must be a consistent state whose canonical query resolves to itself.
func FuzzResolve(f *testing.F) {
	fl, err := Load(fixtureFS(), fixtureLangs, fixtureAnswers)
	if err != nil {
		f.Fatal(err)
	}
	for _, seed := range []string{
		"", "a=x", "a=x&b=yes&d=q", "a=z&b=no", "a=x&a=y", "a=%zz", "d=p&c=yes", "a=x;b=yes",
		"a=x&b=yes&d=p&d=p", "%00=%00", "a=x&b=yes&d=q&utm=1&b=no",
	} {
		f.Add(seed, "b")
	}
	f.Fuzz(func(t *testing.T, query, question string) {
		v, _ := url.ParseQuery(query) // a malformed query still gives what could be parsed
		s := fl.Resolve(v)
		if (s.Current() == nil) == (s.Outcome() == nil) {
			t.Fatalf("?%s: want exactly one of a question or an outcome", query)
		}
		if len(s.Path()) > MaxQuestions {
			t.Fatalf("?%s: path of %d questions", query, len(s.Path()))
		}
		for _, st := range s.Path() {
			if st.Question.Option(st.Option.ID) != st.Option {
				t.Fatalf("?%s: step %s=%s is not one of its options", query, st.Question.ID, st.Option.ID)
			}
		}
		canon := s.Query()
		cv, err := url.ParseQuery(canon)
		if err != nil {
			t.Fatalf("canonical %q does not parse: %v", canon, err)
		}
		if again := fl.Resolve(cv); again.Query() != canon || len(again.Path()) != len(s.Path()) {
			t.Fatalf("?%s: canonical %q resolves to %q", query, canon, again.Query())
		}
		if back, ok := s.Back(); ok {
			bv, _ := url.ParseQuery(back)
			if b := fl.Resolve(bv); len(b.Path()) != len(s.Path())-1 {
				t.Fatalf("?%s: Back %q has a path of %d, want %d", query, back, len(b.Path()), len(s.Path())-1)
			}
		} else if len(s.Path()) != 0 {
			t.Fatalf("?%s: no Back link after %d answers", query, len(s.Path()))
		}
		next, err := fl.Submit(v, question)
		if err != nil && err != ErrNoChoice {
			t.Fatalf("Submit(?%s, %q): unexpected error %v", query, question, err)
		}
		if err == nil && next.Current() != nil && next.Current().ID == question && s.Current() != nil && s.Current().ID == question {
			t.Fatalf("Submit(?%s, %q) accepted no choice", query, question)
		}
	})
}
