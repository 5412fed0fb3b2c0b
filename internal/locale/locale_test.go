package locale_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"returninfo/content"
	"returninfo/internal/locale"
	"returninfo/locales"
)

func loadReal(t *testing.T) *locale.Set {
	t.Helper()
	s, err := locale.Load(content.FS, locales.FS)
	if err != nil {
		t.Fatalf("the real message files do not load: %v", err)
	}
	return s
}

// Every message must exist in every language and produce text for every
// plural form the language uses: go-i18n reports a missing message or form
// as an error, which this turns into a failure naming the ID.
func TestEveryMessageInEveryLanguageWithItsPluralForms(t *testing.T) {
	s := loadReal(t)
	counts := []int{0, 1, 2, 3, 5, 11, 21, 22, 101, 1000}
	for _, l := range s.Languages {
		loc, _ := s.Get(l.Tag)
		for _, id := range s.MessageIDs(s.Languages[0].Tag) {
			if !s.IsPlural(id) {
				if got := loc.T(id); got == id || strings.TrimSpace(got) == "" {
					t.Errorf("%s: message %q gives no text", l.Tag, id)
				}
				continue
			}
			for _, n := range counts {
				got := loc.TCount(id, n, nil)
				if got == id || strings.TrimSpace(got) == "" {
					t.Errorf("%s: message %q gives no text for count %d", l.Tag, id, n)
					break
				}
			}
		}
	}
}

func TestMissingTranslationStopsTheLoad(t *testing.T) {
	langs := fstest.MapFS{"languages.toml": {Data: []byte("[[language]]\ntag='en'\nname='English'\n[[language]]\ntag='nb'\nname='Norsk'\n")}}
	msgs := fstest.MapFS{
		"common.en.toml": {Data: []byte("Hello = 'Hello'\nBye = 'Bye'\n")},
		"common.nb.toml": {Data: []byte("Hello = 'Hei'\n")},
	}
	_, err := locale.Load(langs, msgs)
	if err == nil || !strings.Contains(err.Error(), "nb: Bye") {
		t.Fatalf("want an error naming nb: Bye, got %v", err)
	}
}

func TestNegotiation(t *testing.T) {
	s := loadReal(t)
	cases := map[string]string{
		"":                        "en",
		"nb":                      "nb",
		"no":                      "nb",
		"nn-NO":                   "nb",
		"da":                      "nb",
		"sv-SE,sv;q=0.9":          "nb",
		"en-GB,en;q=0.9":          "en",
		"de-DE":                   "en",
		"ar,nb;q=0.5":             "nb",
		"fr,en;q=0.8,nb;q=0.6":    "en",
		"nb-NO,nb;q=0.9,en;q=0.8": "nb",
		"ti-ER":                   "en",
		"not a ;;; header=":       "en",
		"*":                       "en",
	}
	for header, want := range cases {
		if got := s.Negotiate(header).Lang.Tag; got != want {
			t.Errorf("Accept-Language %q: got %s, want %s", header, got, want)
		}
	}
}

func TestNumbersAndDatesAreWrittenTheLanguagesWay(t *testing.T) {
	s := loadReal(t)
	en, _ := s.Get("en")
	nb, _ := s.Get("nb")
	checks := []struct{ got, want string }{
		{en.Int(1089), "1,089"},
		{nb.Int(1089), "1\u00a0089"},
		{en.Decimal(-89.6, 1), "−89.6"},
		{en.Int(-7), "−7"},
		{nb.Int(-7), "−7"},
		{nb.Decimal(-89.6, 1), "−89,6"},
		{en.Date(2023, 11, 30), "30 November 2023"},
		{nb.Date(2023, 11, 30), "30. november 2023"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
}

// tCall finds UI message IDs used in code: T("Id"), TData("Id", …), TCount("Id", …).
var tCall = regexp.MustCompile(`\bT(?:Data|Count)?\("([A-Za-z0-9_.]+)"`)

// Every message the code asks for must exist; otherwise a page would show
// the bare ID.
func TestEveryMessageTheCodeUsesExists(t *testing.T) {
	s := loadReal(t)
	known := map[string]bool{}
	for _, id := range s.MessageIDs(s.Languages[0].Tag) {
		known[id] = true
	}
	root := "../.."
	used := 0
	for _, dir := range []string{"views", "handlers"} {
		_ = filepath.WalkDir(filepath.Join(root, dir), func(path string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() || !(strings.HasSuffix(path, ".templ") || strings.HasSuffix(path, ".go")) || strings.HasSuffix(path, "_templ.go") {
				return nil
			}
			b, _ := os.ReadFile(path)
			for _, m := range tCall.FindAllStringSubmatch(string(b), -1) {
				used++
				if prefix, ok := strings.CutSuffix(m[1], "_"); ok {
					// T("Prefix_" + key): one message per key; each published
					// language's must exist (report languages are published ones).
					for _, l := range s.Languages {
						if !known[prefix+"_"+l.Tag] {
							t.Errorf("%s uses messages %q…, and %q is missing", path, m[1], prefix+"_"+l.Tag)
						}
					}
					continue
				}
				if !known[m[1]] {
					t.Errorf("%s uses message %q, which no locales file defines", path, m[1])
				}
			}
			return nil
		})
	}
	if used < 20 {
		t.Fatalf("found only %d message uses; is the scan looking in the right place?", used)
	}
}
