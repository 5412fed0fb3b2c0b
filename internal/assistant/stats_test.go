package assistant

import (
	"context"
	"slices"
	"strings"
	"testing"
)

func ask(t *testing.T, lang, q string) *Reply {
	t.Helper()
	a, _ := realAssistant(t)
	r, err := a.Ask(context.Background(), lang, q)
	if err != nil {
		t.Fatalf("%q: %v", q, err)
	}
	return r
}

func figures(r *Reply) map[Counts]int {
	out := map[Counts]int{}
	if r.Statistic != nil {
		for _, f := range r.Statistic.Figures {
			out[f.Counts] = f.Value
		}
	}
	return out
}

// "to Poland" counts the destination, "Poles" and "from Poland" nationality;
// a bare country name gets both, each saying what it counts.
func TestStatisticsSayWhatTheyCount(t *testing.T) {
	cases := []struct {
		lang, q string
		want    map[Counts]int
		text    []string
	}{
		{"en", "How many people were returned to Poland in 2023?", map[Counts]int{CountsDestination: 237}, []string{"237", "to Poland", "destination"}},
		{"en", "How many Poles were returned in 2023?", map[Counts]int{CountsNationality: 76}, []string{"76", "citizens of Poland", "nationality"}},
		{"en", "how many people from poland were deported in 2023", map[Counts]int{CountsNationality: 76}, nil},
		{"en", "How many Poland 2023", map[Counts]int{CountsDestination: 237, CountsNationality: 76}, []string{"237", "76"}},
		{"nb", "Hvor mange ble sendt til Polen i 2023?", map[Counts]int{CountsDestination: 237}, []string{"237", "til Polen", "destinasjon"}},
		{"nb", "hvor mange polske ble uttransportert i 2023", map[Counts]int{CountsNationality: 76}, []string{"76", "statsborgerskap i Polen", "nasjonalitet"}},
		{"en", "How many Romanians were returned in 2025?", map[Counts]int{CountsNationality: 68}, []string{"So far in 2025, to 31 May"}},
		{"nb", "hvor mange rumenere ble uttransportert i 2025", map[Counts]int{CountsNationality: 68}, []string{"Hittil i 2025, per 31. mai"}},
		{"en", "How many people were returned to Fiji in 2023?", map[Counts]int{CountsDestination: 0}, []string{"list no one returned to Fiji"}},
		{"en", "How many minors were returned in 2023?", map[Counts]int{CountsMinors: 28}, []string{"In November 2023", "28 minors"}},
		{"nb", "hvor mange straffede ble uttransportert hittil i 2025", map[Counts]int{CountsConvicted: 304}, []string{"304", "straffereaksjon"}},
		{"en", "How many people were returned in June 2022?", map[Counts]int{CountsTotal: 175}, []string{"In June 2022", "175 people"}},
	}
	for _, c := range cases {
		r := ask(t, c.lang, c.q)
		if r.Kind != KindStatistic {
			t.Errorf("%q: kind %s (%s)", c.q, r.Kind, r.Text)
			continue
		}
		if got := figures(r); !mapsEqual(got, c.want) {
			t.Errorf("%q: figures %v, want %v (%s)", c.q, got, c.want, r.Text)
		}
		for _, s := range c.text {
			if !strings.Contains(r.Text, s) {
				t.Errorf("%q: %q lacks %q", c.q, r.Text, s)
			}
		}
		if len(r.Items) == 0 || r.Items[0].Type != ItemStatistics || r.Items[0].URL != "/"+c.lang+"/statistics/"+r.Statistic.Period {
			t.Errorf("%q: the first link must be the month's statistics page, got %+v", c.q, r.Items)
		}
	}
}

func mapsEqual(a, b map[Counts]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if w, ok := b[k]; !ok || w != v {
			return false
		}
	}
	return true
}

// A period the statistics do not cover gets the months that are covered,
// never a figure from another period.
func TestPeriodNotCoveredListsTheMonths(t *testing.T) {
	cases := map[string][]string{
		"en:How many people were returned in 2024?":         {"June 2022, January 2023, November 2023 and May 2025"},
		"en:How many people were deported in March 2023?":   {"June 2022, January 2023, November 2023 and May 2025"},
		"en:how many people have been returned this year?":  {"June 2022"}, // "this year" is 2026 in the tests
		"nb:Hvor mange ble uttransportert i 2024?":          {"juni 2022, januar 2023, november 2023 og mai 2025"},
		"nb:hvor mange ble sendt ut til Polen i april 2023": {"juni 2022"},
	}
	for key, wants := range cases {
		lang, q, _ := strings.Cut(key, ":")
		r := ask(t, lang, q)
		if r.Kind != KindStatistic || r.Statistic != nil {
			t.Errorf("%q: want the months covered, got %s %v: %s", q, r.Kind, figures(r), r.Text)
			continue
		}
		for _, w := range wants {
			if !strings.Contains(r.Text, w) {
				t.Errorf("%q: %q lacks %q", q, r.Text, w)
			}
		}
		if len(r.Items) == 0 || r.Items[0].ID != "2025-05" {
			t.Errorf("%q: want links to the months, newest first: %+v", q, r.Items)
		}
	}
}

// "How many" about something other than returns is a question for the
// answers, not the statistics.
func TestHowManyAboutOtherThingsIsNotAStatistic(t *testing.T) {
	cases := map[string]string{
		"en:How many countries does Norway have readmission agreements with?": "readmission-agreements",
		"en:how many police officers go with me on the plane":                 "police-escort",
		"nb:hvor mange år varer innreiseforbudet":                             "expulsion",
	}
	for key, want := range cases {
		lang, q, _ := strings.Cut(key, ":")
		r := ask(t, lang, q)
		if r.Kind != KindAnswer || r.Items[0].ID != want {
			t.Errorf("%q: want answer %s, got %s", q, want, describe(r))
		}
	}
}

func TestPersonalDataIsFoundAndRemoved(t *testing.T) {
	cases := map[string]bool{
		"my number is 41018012345":               true,
		"fødselsnummer 410180 12345":             true,
		"call me on +47 412 34 567":              true,
		"ring 41234567":                          true,
		"telefon 412 34 567":                     true,
		"0047 41234567":                          true,
		"write to ola.nordmann@example.no":       true,
		"+44 20 7946 0958":                       true,
		"how many were returned in 2023":         false,
		"between 2022 and 2023":                  false,
		"2022 2023":                              false,
		"per 30.11.2023":                         false,
		"1 089 people in June 2022":              false,
		"hittil i år, 2 151 personer":            false,
		"my son is 16 and was born in 2008":      false,
		"I was deported in 2018, do I owe money": false,
	}
	for q, want := range cases {
		clean, found := withoutPersonalData(q)
		if found != want {
			t.Errorf("%q: found %v, want %v", q, found, want)
		}
		if found && (strings.Contains(clean, "12345") || strings.Contains(clean, "@") || strings.Contains(clean, "567")) {
			t.Errorf("%q: still in the question: %q", q, clean)
		}
	}
}

func TestRefusalsNeverGuess(t *testing.T) {
	for _, key := range []string{
		"en:Can I get a work visa for Norway?",
		"en:what time does the train to the airport leave",
		"en:I love pizza",
		"nb:hvordan får jeg jobb",
		"nb:hvor kan jeg leie en leilighet i Bergen",
		"nb:hei",
	} {
		lang, q, _ := strings.Cut(key, ":")
		r := ask(t, lang, q)
		if r.Kind == KindReferral { // refused, with an honest pointer elsewhere
			continue
		}
		if r.Kind != KindFallback {
			t.Errorf("%q: want a fallback, got %s", q, describe(r))
			continue
		}
		for _, it := range r.Items {
			if it.Type != ItemTopic || !strings.HasPrefix(it.URL, "/"+lang+"/t/") {
				t.Errorf("%q: a fallback offers topics only, got %+v", q, it)
			}
		}
	}
}

func TestFoldingKeepsNegationsAndFindsMissingLetters(t *testing.T) {
	a, _ := realAssistant(t)
	nb, en := a.langs["nb"], a.langs["en"]
	if !slices.Equal(terms(nb.fold, "må"), terms(nb.fold, "ma")) || !slices.Equal(terms(nb.fold, "førerkort"), terms(nb.fold, "forerkort")) {
		t.Error("å and ø must match a and o")
	}
	if !slices.Equal(terms(nb.fold, "særlig"), terms(nb.fold, "saerlig")) {
		t.Error("æ must match ae")
	}
	if !slices.Contains(terms(nb.fold, "jeg har ikke penger"), "ikk") && !slices.Contains(terms(nb.fold, "jeg har ikke penger"), "ikke") {
		t.Errorf("ikke must be kept: %v", terms(nb.fold, "jeg har ikke penger"))
	}
	if !slices.Contains(terms(en.fold, "I have not paid"), "not") {
		t.Errorf("not must be kept: %v", terms(en.fold, "I have not paid"))
	}
	for _, key := range []string{"nb:hvordan foregar uttransportring", "nb:far jeg passet tilbake pa gardermoen", "en:will they give back my pasport"} {
		lang, q, _ := strings.Cut(key, ":")
		if r := ask(t, lang, q); r.Kind != KindAnswer {
			t.Errorf("%q: typos and missing letters must still find an answer, got %s", q, describe(r))
		}
	}
}

func TestQuestionsAreRefusedWithoutRepeatingThem(t *testing.T) {
	a, _ := realAssistant(t)
	long := strings.Repeat("zqxw ", 101)
	cases := []struct {
		lang, q string
		want    error
	}{
		{"en", long, ErrTooLong},
		{"en", "   ", ErrEmpty},
		{"xx", "passport", ErrUnknownLanguage},
	}
	for _, c := range cases {
		_, err := a.Ask(context.Background(), c.lang, c.q)
		if err != c.want {
			t.Errorf("%q: error %v, want %v", c.q, err, c.want)
		}
		if err != nil && strings.Contains(err.Error(), "zqxw") {
			t.Errorf("the error holds the question: %v", err)
		}
	}
	if _, err := a.Ask(context.Background(), "en", strings.Repeat("ø", MaxQuestionLength)); err != nil {
		t.Errorf("%d characters is allowed: %v", MaxQuestionLength, err)
	}
}
