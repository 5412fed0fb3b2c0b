package assistant

import (
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"returninfo/content"
	"returninfo/internal/answers"
	"returninfo/internal/locale"
	"returninfo/locales"
)

// extensionClauses: the clauses of each answer's summary that red-team
// label extensions ("[label extended in stop N: ID is safe …]", or dated
// for the first ones) rely on: every clause a line's reason leans on. The
// reviewers judged these lines against the summary; if a rewrite drops a
// clause, the answer may mislead those people again, so the lines must be
// read again against the new summary (README, "After a change").
var extensionClauses = map[string]map[string][]string{
	"en": {
		"assisted-return-cost":        {"Assisted return is free", "A forced return is not free"},
		"assisted-return-deadline":    {"before your deadline", "The police's guidance does not say whether you can still apply"},
		"assisted-return-eligibility": {"except people in the fast-track asylum procedure", "Outside that procedure, you can also apply while your asylum application is being processed", "you do not have to wait for a rejection"},
		"dublin-assisted-return":      {"to your home country", "to another country where you may stay", "cannot take you to another Dublin country", "Switzerland"},
		"dublin-transfer":             {"The police organise the transport there"},
		"expulsion":                   {"you may not come back to Norway while the expulsion lasts", "whole Schengen area"},
		"forced-return-costs":         {"you pay the costs", "both your own and the police's", "If you have no money for a forced return, the Norwegian authorities pay the ticket, but you must pay it back", "Assisted return is free"},
		"minors":                      {"The child must be met by family or others who will care for them"},
		"police-escort":               {"without a police escort", "Officers from the National Police Immigration Service who travel with you do not wear uniform"},
		"readmission-agreements":      {"Norway can return people without one"},
		"refused-entry":               {"Being refused entry or stay is not the same as being expelled", "first you must pay for any earlier returns you did not pay for"},
		"repay-costs":                 {"You must pay back the costs of a forced return", "you may not come back while the entry ban lasts, even if you have paid"},
		"safe-third-country":          {"already has a residence permit in another country"},
	},
	"nb": {
		"advance-notice":                   {"Da får du ikke vite det på forhånd", "Du kan bli pågrepet og sendt ut når som helst"},
		"assisted-return-cost":             {"Assistert retur er gratis", "En uttransportering er ikke gratis"},
		"assisted-return-deadline":         {"før utreisefristen", "Politiets veiledning sier ikke om du kan søke da"},
		"assisted-return-eligibility":      {"Unntaket er de som er i hurtigprosedyre", "Er du ikke i hurtigprosedyre", "kan du også søke mens asylsøknaden behandles", "Du trenger ikke vente på avslag"},
		"dublin-assisted-return":           {"til hjemlandet", "til et annet land der du har lov til å oppholde deg", "kan ikke ta deg til et annet Dublin-land", "Sveits"},
		"expulsion":                        {"Er du utvist", "får du ikke komme tilbake til Norge så lenge utvisningen varer", "hele Schengen-området"},
		"forced-return-costs":              {"må du betale kostnadene selv", "både dine egne og politiets", "Blir du uttransportert og ikke har penger til flybilletten, betaler norske myndigheter den, men du må betale den tilbake", "Assistert retur er gratis"},
		"international-protection-returns": {"Den teller returer"},
		"minors":                           {"Det skal bli møtt av familie eller andre som skal ta vare på barnet"},
		"readmission-agreements":           {"Norge kan returnere folk uten en slik avtale"},
		"refused-entry":                    {"Bortvisning er ikke det samme som utvisning"},
		"repay-costs":                      {"får du ikke komme tilbake så lenge innreiseforbudet varer, selv om du har betalt"},
	},
}

var extensionMark = regexp.MustCompile(`\[label extended (?:in stop \d+|\d{4}-\d\d-\d\d): ([a-z-]+) is safe`)

// redTeamLines is the red-team set's lines as written (column 4, the
// writer's reason, included), with the answers in every published language.
func redTeamLines(t *testing.T) (*answers.Library, []string) {
	t.Helper()
	locs, err := locale.Load(content.FS, locales.FS)
	if err != nil {
		t.Fatal(err)
	}
	var tags []string
	for _, l := range locs.Languages {
		tags = append(tags, l.Tag)
	}
	lib, err := answers.Load(content.FS, tags)
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(redTeamPath)
	if err != nil {
		t.Fatal(err)
	}
	return lib, strings.Split(string(data), "\n")
}

func TestExtendedLabelsKeepTheirClause(t *testing.T) {
	lib, lines := redTeamLines(t)
	used, total := map[string]int{}, 0
	for i, l := range lines {
		line := i + 1
		if strings.HasPrefix(l, "#") {
			continue
		}
		cols := strings.Split(l, "\t")
		lang := cols[0]
		marks := extensionMark.FindAllStringSubmatch(l, -1)
		if n := strings.Count(l, "[label extended"); n != len(marks) {
			t.Errorf("line %d: %d label extensions, %d in the form this test reads (\"[label extended in stop N: ID is safe\")", line, n, len(marks))
		}
		var allowed []string
		if len(cols) > 1 {
			allowed = strings.Split(cols[1], "|")
		}
		for _, m := range marks {
			id := m[1]
			// An extension later undone or narrowed away no longer relies on
			// its clause.
			if !slices.Contains(allowed, id) {
				continue
			}
			clauses, ok := extensionClauses[lang][id]
			if !ok {
				t.Errorf("line %d: %s %s was extended, but extensionClauses names no clause of its summary it relies on", line, lang, id)
				continue
			}
			used[lang+" "+id]++
			total++
			a, ok := lib.Answer(lang, id)
			if !ok {
				t.Errorf("line %d: no answer %s %s", line, lang, id)
				continue
			}
			for _, c := range clauses {
				if !strings.Contains(a.Summary, c) {
					t.Errorf("line %d: %s %s's summary no longer says %q, which label extensions rely on: read the lines extended for it again against the new summary", line, lang, id, c)
				}
			}
		}
	}
	// A clause no extension uses is a stale entry: take it out.
	for lang, m := range extensionClauses {
		for id := range m {
			if used[lang+" "+id] == 0 {
				t.Errorf("extensionClauses[%s][%s]: no extended label relies on it", lang, id)
			}
		}
	}
	t.Logf("%d label extensions, each tied to the clauses of its answer's summary it relies on", total)
}

// TestListReasonsNamingAllowed is a tool, not a check (ASSISTANT_NAMED=1):
// it lists the red-team lines whose writer's reason names an answer the
// writer also allowed, per round. That answer may be the harmful pick listed
// by mistake; before a round joins, two reviewers read these lines
// (review-narrow47.md). The match is crude: most lines name the right answer.
func TestListReasonsNamingAllowed(t *testing.T) {
	if os.Getenv("ASSISTANT_NAMED") == "" {
		t.Skip("set ASSISTANT_NAMED=1")
	}
	lib, lines := redTeamLines(t)
	// Every mark a review leaves on a line begins "[label " ("[label
	// extended …]", "[label narrowed …]", "[label extension of stop N undone
	// …]", "[label note …]"): a reviewer's words, not the writer's.
	marks := regexp.MustCompile(`\s*\[label [^\]]*\]`)
	round := regexp.MustCompile(`^# [Rr]ound (\d+)`)
	word := map[string]*regexp.Regexp{}
	for _, id := range lib.IDs() {
		word[id] = regexp.MustCompile(`(^|[^a-z-])` + regexp.QuoteMeta(id) + `($|[^a-z-])`)
	}
	cur, perRound, total := "", map[string]int{}, 0
	var order []string // rounds in the file's order, as first counted
	for i, l := range lines {
		if m := round.FindStringSubmatch(l); m != nil {
			cur = m[1]
			continue
		}
		cols := strings.Split(l, "\t")
		if strings.HasPrefix(l, "#") || len(cols) < 4 {
			continue
		}
		reason := marks.ReplaceAllString(cols[3], "")
		var named []string
		for _, id := range strings.Split(cols[1], "|") {
			w, ok := word[id]
			if !ok {
				t.Fatalf("line %d: no answer %q", i+1, id)
			}
			if w.MatchString(reason) {
				named = append(named, id)
			}
		}
		if len(named) > 0 {
			if perRound[cur] == 0 {
				order = append(order, cur)
			}
			perRound[cur]++
			total++
			t.Logf("line %d (round %s, %s): the reason names allowed %s", i+1, cur, cols[0], strings.Join(named, ", "))
		}
	}
	for _, r := range order {
		t.Logf("round %s: %d lines", r, perRound[r])
	}
	t.Logf("%d lines in all", total)
}
