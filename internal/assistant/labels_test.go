package assistant

import (
	"bufio"
	"os"
	"regexp"
	"strings"
	"testing"

	"returninfo/content"
	"returninfo/internal/answers"
)

// extensionClauses: the clause of each answer's summary that a red-team
// label extension ("[label extended in stop N: ID is safe …]") relies on.
// The reviewers judged these lines against the summary; if a rewrite drops
// the clause, the answer may mislead those people again, so the lines must
// be read again against the new summary (README, "After a change").
var extensionClauses = map[string]map[string]string{
	"en": {
		"assisted-return-cost":     "A forced return is not free",
		"assisted-return-deadline": "The police's guidance does not say whether you can still apply",
		"dublin-assisted-return":   "cannot take you to another Dublin country",
		"expulsion":                "you may not come back to Norway while the expulsion lasts",
		"forced-return-costs":      "Assisted return is free",
		"minors":                   "The child must be met by family or others who will care for them",
		"readmission-agreements":   "Norway can return people without one",
		"refused-entry":            "Being refused entry or stay is not the same as being expelled",
		"repay-costs":              "you may not come back while the entry ban lasts, even if you have paid",
	},
	"nb": {
		"assisted-return-cost":        "En uttransportering er ikke gratis",
		"assisted-return-deadline":    "Politiets veiledning sier ikke om du kan søke da",
		"assisted-return-eligibility": "Unntaket er de som er i hurtigprosedyre",
		"dublin-assisted-return":      "kan ikke ta deg til et annet Dublin-land",
		"expulsion":                   "får du ikke komme tilbake til Norge så lenge utvisningen varer",
		"forced-return-costs":         "Assistert retur er gratis",
		"minors":                      "Det skal bli møtt av familie eller andre som skal ta vare på barnet",
		"refused-entry":               "Bortvisning er ikke det samme som utvisning",
		"repay-costs":                 "får du ikke komme tilbake så lenge innreiseforbudet varer, selv om du har betalt",
	},
}

var extensionMark = regexp.MustCompile(`\[label extended in stop \d+: ([a-z-]+) is safe`)

func TestExtendedLabelsKeepTheirClause(t *testing.T) {
	lib, err := answers.Load(content.FS, []string{"en", "nb"})
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(redTeamPath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	used := map[string]int{}
	line := 0
	for sc.Scan() {
		line++
		l := sc.Text()
		if strings.HasPrefix(l, "#") {
			continue
		}
		lang, _, _ := strings.Cut(l, "\t")
		for _, m := range extensionMark.FindAllStringSubmatch(l, -1) {
			id := m[1]
			clause, ok := extensionClauses[lang][id]
			if !ok {
				t.Errorf("line %d: %s %s was extended, but extensionClauses names no clause of its summary it relies on", line, lang, id)
				continue
			}
			used[lang+" "+id]++
			a, ok := lib.Answer(lang, id)
			if !ok {
				t.Errorf("line %d: no answer %s %s", line, lang, id)
				continue
			}
			if !strings.Contains(a.Summary, clause) {
				t.Errorf("line %d: %s %s's summary no longer says %q, which this label extension relies on: read the line again against the new summary", line, lang, id, clause)
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	// A clause no extension uses is a stale entry: take it out.
	for lang, m := range extensionClauses {
		for id := range m {
			if used[lang+" "+id] == 0 {
				t.Errorf("extensionClauses[%s][%s]: no extended label relies on it", lang, id)
			}
		}
	}
	t.Logf("%d label extensions, each tied to a clause of its answer's summary", func() int {
		n := 0
		for _, v := range used {
			n += v
		}
		return n
	}())
}
