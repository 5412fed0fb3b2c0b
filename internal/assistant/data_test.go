package assistant

import (
	"io/fs"
	"maps"
	"regexp"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"returninfo/content"
)

// contentWith copies the real content and changes one file (nil: removes it).
func contentWith(t *testing.T, name string, data []byte) fstest.MapFS {
	t.Helper()
	m := fstest.MapFS{}
	err := fs.WalkDir(content.FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(content.FS, p)
		m[p] = &fstest.MapFile{Data: b}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if data == nil {
		delete(m, name)
	} else {
		m[name] = &fstest.MapFile{Data: data}
	}
	return m
}

func TestBrokenLanguageDataStopsTheStart(t *testing.T) {
	a, locs := realAssistant(t)
	lib := a.lib
	cases := map[string]struct {
		file string
		data []byte
	}{
		"missing file":         {"assistant/statistics.nb.toml", nil},
		"unknown key":          {"assistant/analysis.en.toml", []byte("stemmer = \"stemmer_en_snowball\"\nstemer = \"x\"\n")},
		"unknown stemmer":      {"assistant/analysis.en.toml", []byte("stemmer = \"no_such_stemmer\"\n")},
		"synonym of stopwords": {"assistant/synonyms.en.toml", []byte("[[group]]\nsay = [\"deport\"]\nadd = \"the\"\n")},
		"eleven months":        {"assistant/statistics.en.toml", []byte("cues = [\"how many\"]\nreturn_words = [\"returned\"]\nmonths = [[\"january\"]]\n")},
		"unknown country code": {"assistant/statistics.nb.toml", append(mustRead(t, "assistant/statistics.nb.toml"), []byte("QQ = [\"qq\"]\n")...)},
	}
	for name, c := range cases {
		_, err := New(contentWith(t, c.file, c.data), lib, locs, nil)
		if err == nil {
			t.Errorf("%s: the assistant started", name)
			continue
		}
		if !strings.Contains(err.Error(), strings.TrimSuffix(c.file, ".toml")) && !strings.Contains(err.Error(), "assistant") {
			t.Errorf("%s: the error does not say where: %v", name, err)
		}
	}
}

func mustRead(t *testing.T, name string) []byte {
	b, err := fs.ReadFile(content.FS, name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// Without statistics the assistant still answers, and says it has none.
func TestWithoutStatistics(t *testing.T) {
	a, locs := realAssistant(t)
	b, err := New(content.FS, a.lib, locs, nil)
	if err != nil {
		t.Fatal(err)
	}
	r, err := b.Ask(t.Context(), "en", "How many people were returned in 2023?")
	if err != nil || r.Kind != KindStatistic || r.Statistic != nil || r.Text == "" {
		t.Errorf("got %+v, %v", r, err)
	}
}

// Every answer in every language is in the evaluation, with out-of-scope
// and statistics questions besides.
func TestEvaluationCoversEveryAnswer(t *testing.T) {
	a, _ := realAssistant(t)
	seen := map[string]map[string]bool{}
	for _, q := range readEval(t, evalFiles...) {
		if seen[q.lang] == nil {
			seen[q.lang] = map[string]bool{}
		}
		for _, id := range strings.Split(q.expected, "|") {
			if strings.HasPrefix(id, "stat:") {
				id = "stat"
			}
			seen[q.lang][id] = true
		}
	}
	for _, lang := range a.lib.Languages() {
		for _, id := range append(a.lib.IDs(), "none", "stat") {
			if !seen[lang][id] {
				t.Errorf("%s: no evaluation question for %s", lang, id)
			}
		}
	}
}

var nonWord = regexp.MustCompile(`[^\p{L}\p{N}]+`)

func normalise(s string) string {
	return strings.TrimSpace(nonWord.ReplaceAllString(strings.ToLower(s), " "))
}

// The evaluation measures questions the matching has not been given: none
// may be a curated example of an answer or an out-of-scope subject.
func TestEvaluationQuestionsAreNotCuratedExamples(t *testing.T) {
	a, _ := realAssistant(t)
	examples := map[string]string{}
	for _, lang := range a.lib.Languages() {
		for _, id := range a.lib.IDs() {
			ans, _ := a.lib.Answer(lang, id)
			for _, e := range ans.Examples {
				examples[normalise(e)] = ans.File
			}
		}
		for _, sub := range a.langs[lang].lex.outOfScope.Subject {
			for _, e := range sub.Examples {
				examples[normalise(e)] = "out-of-scope." + lang + ".toml"
			}
		}
	}
	for _, q := range readEval(t, append(evalFiles, heldOutFile)...) {
		if f, ok := examples[normalise(q.question)]; ok {
			t.Errorf("%s:%d: is a curated example in %s", q.file, q.line, f) // the line only: held-out questions are never printed
		}
	}
}

// The assistant builds message IDs from parts; every one must exist.
func TestEveryReplyMessageExists(t *testing.T) {
	_, locs := realAssistant(t)
	ids := []string{"AskNoAnswer", "AskUnsure", "AskPersonalData", "AskStatNote", "AskStatNoFigures", "AskStatNotCovered",
		"AskListAnd", "AskDayMonth", "AskMonthYear", "AskStatPageTitle",
		"AskStatDestination", "AskStatDestinationNone", "AskStatNationality", "AskStatNationalityNone",
		"AskStatListed", "AskStatListedNone", "AskStatCharterAllCountries", "AskStatSubjectNotSplit",
		"AskStatPreviousTotalOnly", "AskStatPreviousConvictedMonth", "AskStatConvictedShareMonth", "AskLanguageNotice", "AskStatNoCategory",
		"AskStatNoRanking", "AskStatNoRankingInReport", "AskStatConvictedTop", "AskStatNoAverage", "AskStatOnlyCharter"}
	for _, table := range []string{"AskStatDestination", "AskStatNationality", "AskStatListed"} {
		ids = append(ids, table+"Category", table+"CategoryNone")
	}
	for _, subject := range []string{"AskStatTotal", "AskStatMinors", "AskStatConvicted", "AskStatUnaccompanied", "AskStatAccompanied", "AskStatCharter"} {
		ids = append(ids, subject+"Month", subject+"SoFar")
	}
	for _, l := range locs.Languages {
		known := map[string]bool{}
		for _, id := range locs.MessageIDs(l.Tag) {
			known[id] = true
		}
		for _, id := range ids {
			if !known[id] {
				t.Errorf("%s: message %s is missing", l.Tag, id)
			}
		}
	}
}

// Bilingual parity: an answer cautioned in one language is cautioned in
// every language, so that a confusion found in English is not left open in
// Norwegian (the phrases themselves differ); the same holds for the
// situations (situations.<lang>.toml) and which answers name each one.
func TestCautionsCoverTheSameAnswersInEveryLanguage(t *testing.T) {
	a, _ := realAssistant(t)
	var first string
	var want, wantSituations []string
	for _, lang := range slices.Sorted(maps.Keys(a.langs)) {
		lex := a.langs[lang].lex
		got := slices.Sorted(maps.Keys(lex.cautions))
		var situations []string
		for _, id := range got {
			for _, s := range lex.cautions[id] {
				if strings.HasPrefix(s, "@") {
					situations = append(situations, id+" "+s)
				}
			}
		}
		slices.Sort(situations)
		situations = append(situations, slices.Sorted(maps.Keys(lex.situations))...)
		if first == "" {
			first, want, wantSituations = lang, got, situations
			continue
		}
		if !slices.Equal(got, want) {
			t.Errorf("cautions.%s.toml covers %v, cautions.%s.toml %v", lang, got, first, want)
		}
		if !slices.Equal(situations, wantSituations) {
			t.Errorf("situations in %s: %v; in %s: %v", lang, situations, first, wantSituations)
		}
	}
}
