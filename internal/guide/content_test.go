package guide

import (
	"io/fs"
	"net/url"
	"path"
	"slices"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"

	"returninfo/content"
)

// contentLanguages are the published languages, from content/languages.toml.
func contentLanguages(t *testing.T) []string {
	t.Helper()
	var doc struct {
		Language []struct{ Tag string } `toml:"language"`
	}
	if _, err := toml.DecodeFS(content.FS, "languages.toml", &doc); err != nil {
		t.Fatal(err)
	}
	var langs []string
	for _, l := range doc.Language {
		langs = append(langs, l.Tag)
	}
	if len(langs) == 0 {
		t.Fatal("content/languages.toml lists no language")
	}
	return langs
}

// contentAnswers says whether answers/<lang>/<id>.md exists in every language.
func contentAnswers(t *testing.T) func(string) bool {
	t.Helper()
	langs := contentLanguages(t)
	return func(id string) bool {
		for _, l := range langs {
			if _, err := fs.Stat(content.FS, path.Join("answers", l, id+".md")); err != nil {
				return false
			}
		}
		return true
	}
}

func loadContent(t *testing.T) *Flow {
	t.Helper()
	f, err := Load(content.FS, contentLanguages(t), contentAnswers(t))
	if err != nil {
		t.Fatalf("content/flow does not load:\n%v", err)
	}
	return f
}

// Every language has a text file, and the test takes the list from data.
func TestContentHasTextsForEveryLanguage(t *testing.T) {
	for _, l := range contentLanguages(t) {
		if _, err := fs.Stat(content.FS, "flow/"+l+".toml"); err != nil {
			t.Errorf("no flow texts for %s: %v", l, err)
		}
	}
}

// Walks every path as a person would, by choosing each option on each page through
// its query string, in every language.
func TestContentEveryPathEndsInAnOutcome(t *testing.T) {
	f := loadContent(t)
	has := contentAnswers(t)
	reached := map[string]map[string]bool{}
	for _, lang := range contentLanguages(t) {
		reached[lang] = map[string]bool{}
		paths := 0
		var walk func(query string, depth int)
		walk = func(query string, depth int) {
			v, err := url.ParseQuery(query)
			if err != nil {
				t.Fatalf("canonical query %q does not parse: %v", query, err)
			}
			s := f.Resolve(v)
			if s.Query() != query {
				t.Errorf("%s: query %q resolves to a different canonical query %q", lang, query, s.Query())
			}
			if depth > MaxQuestions {
				t.Fatalf("%s: ?%s asks more than %d questions", lang, query, MaxQuestions)
			}
			if o := s.Outcome(); o != nil {
				paths++
				reached[lang][o.ID] = true
				txt := o.Text(lang)
				if txt.Title == "" || len(txt.Applies) == 0 || len(txt.Next) == 0 {
					t.Errorf("%s: ?%s ends in outcome %q without its texts", lang, query, o.ID)
				}
				if len(o.Answers) == 0 {
					t.Errorf("%s: ?%s ends in outcome %q that links no answer", lang, query, o.ID)
				}
				// Only someone still waiting for an asylum answer may be lawfully in Norway;
				// on every other path the person may stay without permission, and must
				// learn that a forced return comes without warning (review F3, F4).
				lawful := v.Get("situation") == "waiting" || v.Get("helping") == "waiting"
				if !lawful && !slices.Contains(o.Answers, "advance-notice") {
					t.Errorf("%s: ?%s ends in outcome %q, which does not link advance-notice", lang, query, o.ID)
				}
				// An outcome leaves out what an earlier answer ruled out: someone
				// who said "not in the fast-track procedure" is not told about it.
				for key, vals := range v {
					q := f.Question(key)
					if q == nil || len(vals) == 0 || q.Option(vals[0]) == nil {
						continue
					}
					for _, subj := range q.Option(vals[0]).RulesOut {
						word := strings.ToLower(f.Subject(lang, subj))
						all := strings.ToLower(strings.Join(append(append([]string{txt.Title}, txt.Applies...), txt.Next...), "\n"))
						if word == "" || strings.Contains(all, word) {
							t.Errorf("%s: ?%s ends in outcome %q, which speaks of %q although %s=%s ruled it out", lang, query, o.ID, word, key, vals[0])
						}
					}
				}
				for _, a := range o.Answers {
					if !has(a) {
						t.Errorf("%s: outcome %q links unknown answer %q", lang, o.ID, a)
					}
				}
				return
			}
			q := s.Current()
			if q.Text(lang).Title == "" || q.Text(lang).Error == "" {
				t.Errorf("%s: question %q has no title or error text", lang, q.ID)
			}
			if same, err := f.Submit(v, q.ID); err != ErrNoChoice || same.Current() != q {
				t.Errorf("%s: submitting ?%s without a choice: err = %v, want ErrNoChoice on the same question", lang, query, err)
			}
			for _, opt := range q.Options {
				if q.Label(lang, opt.ID) == "" {
					t.Errorf("%s: question %q, option %q has no label", lang, q.ID, opt.ID)
				}
				form := url.Values{}
				for k, vs := range v {
					form[k] = vs
				}
				form.Set(q.ID, opt.ID)
				next, err := f.Submit(form, q.ID)
				if err != nil {
					t.Fatalf("%s: submitting %s=%s: %v", lang, q.ID, opt.ID, err)
				}
				if back, ok := next.Back(); !ok || back != query {
					t.Errorf("%s: after %s=%s, Back = %q, %v; want %q", lang, q.ID, opt.ID, back, ok, query)
				}
				walk(next.Query(), depth+1)
			}
		}
		walk("", 0)
		if paths == 0 {
			t.Fatalf("%s: no path", lang)
		}
		t.Logf("%s: %d paths, %d outcomes", lang, paths, len(reached[lang]))
		for _, o := range f.Outcomes() {
			if !reached[lang][o.ID] {
				t.Errorf("%s: no path reaches outcome %q", lang, o.ID)
			}
		}
	}
	langs := contentLanguages(t)
	for _, l := range langs[1:] {
		if len(reached[l]) != len(reached[langs[0]]) {
			t.Errorf("%s reaches %d outcomes, %s reaches %d", l, len(reached[l]), langs[0], len(reached[langs[0]]))
		}
	}
}

// The situations the service must cover each start the flow.
func TestContentCoversTheSituations(t *testing.T) {
	f := loadContent(t)
	var ids []string
	for _, o := range f.Start().Options {
		ids = append(ids, o.ID)
	}
	for _, want := range []string{"waiting", "rejected", "dublin", "expelled", "refused", "no-permit", "unsure", "helping"} {
		if !slices.Contains(ids, want) {
			t.Errorf("the first question has no option %q (has %v)", want, ids)
		}
	}
	if !f.Start().Option("unsure").DontKnow {
		t.Error(`"unsure" should be marked as an "I don't know" option`)
	}
}

// Spot checks that the links people share lead where the sources say.
func TestContentSharedLinks(t *testing.T) {
	f := loadContent(t)
	cases := []struct {
		query   string
		outcome string
		links   []string
		without []string
	}{
		{"situation=rejected&deadline=no&rejected-help=yes&rejected-fast-track=no", "rejected-assisted-return-open",
			[]string{"assisted-return-deadline", "assisted-return-apply", "assisted-return-cost", "forced-return-costs", "advance-notice"}, nil},
		{"situation=rejected&deadline=no&rejected-help=yes&rejected-fast-track=unknown", "rejected-assisted-return",
			[]string{"assisted-return-deadline", "assisted-return-apply", "assisted-return-eligibility"}, nil},
		{"situation=waiting&waiting-help=yes&waiting-fast-track=no", "waiting-assisted-return-open",
			[]string{"assisted-return-apply"}, nil},
		{"situation=rejected&deadline=no&rejected-help=yes&rejected-fast-track=yes", "rejected-in-fast-track",
			[]string{"assisted-return-eligibility"}, []string{"assisted-return-apply"}},
		{"situation=waiting&waiting-help=yes&waiting-fast-track=yes", "waiting-in-fast-track",
			[]string{"assisted-return-eligibility"}, []string{"assisted-return-apply"}},
		{"situation=dublin&dublin-help=yes", "dublin-assisted-return", []string{"dublin-assisted-return", "assisted-return-apply"}, nil},
		{"situation=rejected&deadline=yes&passed-children=yes", "deadline-passed-with-children", []string{"minors", "advance-notice"}, []string{"assisted-return-apply"}},
		{"situation=rejected&deadline=yes&passed-children=no", "deadline-passed", []string{"advance-notice"}, []string{"minors"}},
		{"situation=expelled&expelled-children=no", "expelled", []string{"expulsion"}, nil},
		{"situation=refused&refused-children=no", "refused", []string{"refused-entry", "repay-costs"}, nil},
		{"helping=dublin&situation=helping", "helper-dublin", []string{"dublin-transfer", "minors"}, nil},
	}
	for _, c := range cases {
		v, _ := url.ParseQuery(c.query)
		s := f.Resolve(v)
		if s.Outcome() == nil || s.Outcome().ID != c.outcome {
			t.Errorf("?%s: outcome %v, want %s", c.query, s.Outcome(), c.outcome)
			continue
		}
		for _, a := range c.links {
			if !slices.Contains(s.Outcome().Answers, a) {
				t.Errorf("?%s: outcome %s does not link %s", c.query, c.outcome, a)
			}
		}
		for _, a := range c.without {
			if slices.Contains(s.Outcome().Answers, a) {
				t.Errorf("?%s: outcome %s links %s, which does not apply", c.query, c.outcome, a)
			}
		}
	}
}

func BenchmarkResolveContent(b *testing.B) {
	langs := []string{"en", "nb"}
	f, err := Load(content.FS, langs, func(string) bool { return true })
	if err != nil {
		b.Fatal(err)
	}
	v, _ := url.ParseQuery("situation=rejected&deadline=no&rejected-help=yes&rejected-fast-track=no&utm=x")
	for b.Loop() {
		s := f.Resolve(v)
		_ = s.Query()
	}
}
