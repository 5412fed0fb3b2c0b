package content_test

import (
	"fmt"
	"io/fs"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"unicode"

	"github.com/BurntSushi/toml"

	"returninfo/content"
	"returninfo/internal/answers"
	"returninfo/internal/guide"
	"returninfo/internal/readability"
	"returninfo/internal/site"
	"returninfo/locales"
)

// The limits of issue 11: every answer and outcome at most 40 (medium), the
// mean per language at most 32 (easy), as LIX counts them.
const (
	maxLIX  = 40.0
	meanLIX = 32.0
)

// loaded is the content as the service loads it (internal/site), once for
// every test here.
var loaded = sync.OnceValues(site.Load)

func library(t *testing.T) *answers.Library {
	t.Helper()
	c, err := loaded()
	if err != nil {
		t.Fatal(err)
	}
	return c.Answers
}

func flow(t *testing.T) *guide.Flow {
	t.Helper()
	c, err := loaded()
	if err != nil {
		t.Fatal(err)
	}
	return c.Guide
}

type glossary struct {
	BareAnswers map[string][]string `toml:"bare_answers"`
	Term        []struct {
		EN, NB string
		Avoid  []struct {
			Lang, Pattern, Why string
			Except             []string
		}
	}
}

func loadGlossary(t *testing.T) glossary {
	t.Helper()
	var g glossary
	if _, err := toml.DecodeFile("glossary.toml", &g); err != nil {
		t.Fatal(err)
	}
	return g
}

// answerText is an answer as a reader sees it: title, lead, body.
func answerText(a *answers.Answer) string {
	return a.Title + "\n" + a.Summary + "\n" + readability.PlainMarkdown(a.Body)
}

func outcomeText(o guide.OutcomeText) string {
	return strings.Join(append(append([]string{o.Title, o.Action}, o.Applies...), o.Next...), "\n")
}

// A summary is shown away from its question: it must not open with a bare
// yes or no, which would then answer someone else's question (F1, F2, F6).
func TestSummariesDoNotOpenWithABareYesOrNo(t *testing.T) {
	lib := library(t)
	g := loadGlossary(t)
	for _, lang := range lib.Languages() {
		words := g.BareAnswers[lang]
		if len(words) == 0 {
			t.Errorf("glossary.toml: bare_answers has no entry for %q", lang)
		}
		for _, id := range lib.IDs() {
			a, _ := lib.Answer(lang, id)
			if w, ok := opensWithBareAnswer(a.Summary, words); ok {
				t.Errorf("%s: the summary opens with a bare %q: %q", a.File, w, a.Summary)
			}
		}
	}
}

func opensWithBareAnswer(s string, words []string) (string, bool) {
	low := strings.ToLower(strings.TrimSpace(s))
	for _, w := range words {
		rest, ok := strings.CutPrefix(low, w)
		if !ok {
			continue
		}
		r := []rune(rest)
		if len(r) == 0 || !unicode.IsLetter(r[0]) && !unicode.IsDigit(r[0]) && r[0] != ' ' && r[0] != '-' {
			return w, true
		}
	}
	return "", false
}

func TestBareAnswerCheckCatchesWhatItShould(t *testing.T) {
	words := []string{"yes", "no", "not always"}
	for s, want := range map[string]bool{
		"Yes. You must pay.": true, "Yes, to your home country.": true, "No.": true,
		"Not always: the police decide.": true, "Nobody is told.": false,
		"No one can apply.": false, "Not always the case.": false, "Assisted return is free.": false,
	} {
		if _, got := opensWithBareAnswer(s, words); got != want {
			t.Errorf("%q: flagged %v, want %v", s, got, want)
		}
	}
}

// P15: the body does not open by repeating the lead sentence.
func TestBodyDoesNotRepeatTheLead(t *testing.T) {
	lib := library(t)
	for _, lang := range lib.Languages() {
		for _, id := range lib.IDs() {
			a, _ := lib.Answer(lang, id)
			lead := firstSentence(a.Summary)
			first := firstSentence(readability.PlainMarkdown(a.Body))
			if sim := similarity(lead, first); sim >= 0.8 {
				t.Errorf("%s: the body's first sentence repeats the lead (%.2f):\n  lead: %s\n  body: %s", a.File, sim, lead, first)
			}
		}
	}
}

var sentenceEnd = regexp.MustCompile(`[.!?](\s|$)`)

func firstSentence(s string) string {
	s = strings.TrimSpace(s)
	if loc := sentenceEnd.FindStringIndex(s); loc != nil {
		return s[:loc[0]]
	}
	return s
}

// similarity is the share of words two sentences have in common (Dice).
func similarity(a, b string) float64 {
	wa, wb := words(a), words(b)
	if len(wa) == 0 || len(wb) == 0 {
		return 0
	}
	count := map[string]int{}
	for _, w := range wa {
		count[w]++
	}
	common := 0
	for _, w := range wb {
		if count[w] > 0 {
			count[w]--
			common++
		}
	}
	return 2 * float64(common) / float64(len(wa)+len(wb))
}

func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// Every text a reader sees, by language: answers, topics, flow and UI strings.
func readerTexts(t *testing.T, lib *answers.Library) map[string]map[string]string {
	t.Helper()
	out := map[string]map[string]string{}
	add := func(lang, where, text string) {
		if out[lang] == nil {
			out[lang] = map[string]string{}
		}
		out[lang][where] += text + "\n"
	}
	for _, lang := range lib.Languages() {
		for _, id := range lib.IDs() {
			a, _ := lib.Answer(lang, id)
			add(lang, a.File, answerText(a))
		}
		for _, file := range []string{"topics/" + lang + ".toml", "flow/" + lang + ".toml"} {
			b, err := fs.ReadFile(content.FS, file)
			if err != nil {
				t.Fatal(err)
			}
			add(lang, "content/"+file, tomlStrings(t, file, b))
		}
	}
	files, err := fs.ReadDir(locales.FS, ".")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range files {
		parts := strings.Split(e.Name(), ".")
		if len(parts) != 3 || parts[2] != "toml" {
			continue
		}
		b, err := fs.ReadFile(locales.FS, e.Name())
		if err != nil {
			t.Fatal(err)
		}
		add(parts[1], "locales/"+e.Name(), tomlStrings(t, e.Name(), b))
	}
	return out
}

func tomlStrings(t *testing.T, file string, b []byte) string {
	t.Helper()
	var v any
	if _, err := toml.Decode(string(b), &v); err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	var sb strings.Builder
	var walk func(any)
	walk = func(v any) {
		switch x := v.(type) {
		case string:
			sb.WriteString(x + "\n")
		case []any:
			for _, e := range x {
				walk(e)
			}
		case map[string]any:
			keys := make([]string, 0, len(x))
			for k := range x {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			for _, k := range keys {
				walk(x[k])
			}
		}
	}
	walk(v)
	return sb.String()
}

// F11–F22: a glossary term's wrong variants appear nowhere a reader looks.
func TestGlossaryWrongVariantsDoNotAppear(t *testing.T) {
	lib := library(t)
	g := loadGlossary(t)
	texts := readerTexts(t, lib)
	for _, term := range g.Term {
		for _, av := range term.Avoid {
			re, err := regexp.Compile("(?i)" + av.Pattern)
			if err != nil {
				t.Errorf("glossary.toml: term %q: %v", term.EN, err)
				continue
			}
			if texts[av.Lang] == nil {
				t.Errorf("glossary.toml: term %q: no texts in language %q", term.EN, av.Lang)
			}
			for where, text := range texts[av.Lang] {
				if slices.Contains(av.Except, where) {
					continue
				}
				for _, line := range strings.Split(text, "\n") {
					if re.MatchString(line) {
						t.Errorf("%s: %q — %s\n  in: %s", where, re.FindString(line), av.Why, line)
					}
				}
			}
		}
	}
}

// The check above must be able to fail: one wrong variant planted per language.
func TestGlossaryCheckFindsAPlantedVariant(t *testing.T) {
	g := loadGlossary(t)
	planted := map[string]string{"en": "You apply after you are finally rejected.", "nb": "Noen er en kort tid på et internat."}
	for lang, text := range planted {
		found := false
		for _, term := range g.Term {
			for _, av := range term.Avoid {
				if av.Lang == lang && regexp.MustCompile("(?i)"+av.Pattern).MatchString(text) {
					found = true
				}
			}
		}
		if !found {
			t.Errorf("%s: the planted variant %q was not caught", lang, text)
		}
	}
}

// F23: LIX of every answer and outcome ≤ 40, the mean per language ≤ 32.
func TestReadability(t *testing.T) {
	lib := library(t)
	f := flow(t)
	for _, lang := range lib.Languages() {
		check := func(kind string, scores map[string]float64) {
			var sum float64
			var names []string
			for name, lix := range scores {
				sum += lix
				names = append(names, name)
				if lix > maxLIX {
					t.Errorf("%s %s %s: LIX %.1f, above %.0f", lang, kind, name, lix, maxLIX)
				}
			}
			mean := sum / float64(len(scores))
			if mean > meanLIX {
				t.Errorf("%s %s: mean LIX %.1f, above %.0f", lang, kind, mean, meanLIX)
			}
			sort.Slice(names, func(i, j int) bool { return scores[names[i]] > scores[names[j]] })
			var top []string
			for _, n := range names[:min(3, len(names))] {
				top = append(top, fmt.Sprintf("%s %.1f", n, scores[n]))
			}
			t.Logf("%s %s: mean LIX %.1f over %d; hardest: %s", lang, kind, mean, len(scores), strings.Join(top, ", "))
		}
		as := map[string]float64{}
		for _, id := range lib.IDs() {
			a, _ := lib.Answer(lang, id)
			as[id] = readability.Measure(answerText(a)).LIX()
		}
		check("answers", as)
		os := map[string]float64{}
		for _, o := range f.Outcomes() {
			os[o.ID] = readability.Measure(outcomeText(o.Text(lang))).LIX()
		}
		check("outcomes", os)
	}
}
