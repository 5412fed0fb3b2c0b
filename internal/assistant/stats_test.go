package assistant

import (
	"context"
	"slices"
	"strconv"
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
		// A category and a country: the cell, never the country's total.
		{"en", "How many people with international protection were returned to Greece up to May 2025?", map[Counts]int{CountsDestination: 35}, []string{"35 people in the category", "to Greece"}},
		{"nb", "Hvor mange syrere ble sendt ut etter Dublin-forordningen januar–november 2023?", map[Counts]int{CountsNationality: 82}, []string{"82 personer med statsborgerskap i Syria i kategorien"}},
		// Chartered flights are flights, not people.
		{"en", "How many charter return flights took place in November 2023?", map[Counts]int{CountsCharter: 2}, []string{"2 chartered return flights"}},
		{"nb", "hvor mange returchartere hittil i 2025", map[Counts]int{CountsCharter: 2}, []string{"2 returchartere"}},
		// "The first half of 2021" runs to June: the June 2022 report compares.
		{"en", "How many convicted offenders were returned in the first six months of 2021?", map[Counts]int{CountsPrevious: 1160}, []string{"1,160 convicted offenders", "report for June 2022"}},
		// Up or down: this year so far, the year before and the change as printed.
		{"en", "Did forced returns go up or down in 2025 compared with 2024?", map[Counts]int{CountsTotal: 977, CountsPrevious: 1046, CountsChange: -7}, []string{"977 people", "1,046 people", "change as \u22127%"}},
		{"nb", "Har antall tvangsreturer økt i 2023?", map[Counts]int{CountsTotal: 2151, CountsPrevious: 2501, CountsChange: -14}, []string{"2\u00a0151", "2\u00a0501", "endringen som \u221214\u00a0%"}},
		{"en", "Have more convicted offenders been returned by May 2025 than the year before?", map[Counts]int{CountsConvicted: 304, CountsPrevious: 292}, []string{"304 convicted offenders", "292 convicted offenders"}},
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
		"en:How many people were deported in March 2023?":   {"June 2022, January 2023, November 2023 and May 2025"},
		"en:how many people have been returned this year?":  {"June 2022"}, // "this year" is 2026 in the tests
		"nb:hvor mange ble sendt ut til Polen i april 2023": {"juni 2022"},
	}
	for key, wants := range cases {
		lang, q, _ := strings.Cut(key, ":")
		r := ask(t, lang, q)
		if r.Kind != KindStatistic || r.Statistic == nil || r.Statistic.Missing != "period" || len(r.Statistic.Figures) != 0 {
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
		"en:What does the Dublin category mean in the statistics?":            "return-categories",
	}
	for key, want := range cases {
		lang, q, _ := strings.Cut(key, ":")
		r := ask(t, lang, q)
		if r.Kind != KindAnswer || r.Items[0].ID != want {
			t.Errorf("%q: want answer %s, got %s", q, want, describe(r))
		}
	}
}

// How returns are classified, or why they are counted as they are, is a
// question about the categories, even when it names a year or a country;
// "how many" still asks for the figure.
func TestHowOrWhyReturnsAreCountedIsNotAStatistic(t *testing.T) {
	cases := map[string]bool{
		"en:How are returns to safe third countries classified in the 2023 reports?":              false,
		"en:How were returns to Greece categorised in 2025?":                                      false,
		"nb:Hvorfor ble returer til Hellas telt annerledes i 2025?":                               false,
		"nb:Hvordan kategoriseres returer til Italia i 2023?":                                     false,
		"en:Why do the 2025 returns figures have a new column for protection in another country?": false,
		"en:What is the new column in the 2025 returns report?":                                   false,
		"en:What is the new category in the returns statistics for 2025?":                         false,
		"nb:Hva betyr kategorien utvisning i statistikken for 2023?":                              false,
		"en:What is the new category in the statistics for Ukraine in 2025?":                      false,
		"nb:Hva er den nye kategorien i statistikken for Ukraina i 2025?":                         false,
		"en:Which category had the most returns to Germany in 2025?":                              false,
		"nb:Hvilken kategori hadde flest returer til Tyskland i 2025?":                            false,
		"nb:Hvilke returer står i den nye kolonnen i statistikken for mai 2025?":                  false,
		"nb:Hvor mange står i kolonnen for Dublin i mai 2025?":                                    true,
		"en:Does Norway have a return agreement with Pakistan?":                                   false,
		"nb:Har Norge returavtale med Afghanistan?":                                               false,
		"nb:Hvor mange ble returnert til Hellas i mai 2025?":                                      true,
		"en:How many people were returned to Greece in May 2025?":                                 true,
	}
	for key, want := range cases {
		lang, q, _ := strings.Cut(key, ":")
		r := ask(t, lang, q)
		if got := r.Kind == KindStatistic; got != want {
			t.Errorf("%q: statistic %v, want %v: %s", q, got, want, describe(r))
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
		"my deadline is 2025-06-01":              false,
		"fristen min er 2025-12-31":              false,
		"ring meg på 2034-56-78":                 true,
		"call 2099-99-99":                        true,
		"ring 12-34-2045":                        true,
		"født 31.12.1990":                        false,
		"my deadline is 06-15-2026":              false,
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
	// A short clause that only introduces the data goes with it; the
	// question stays whole.
	clauses := map[string]string{
		"My D-number is 41018012345, will I get my passport back?":     "will I get my passport back?",
		"Fødselsnummeret mitt er 01019012345. Får jeg passet tilbake?": "Får jeg passet tilbake?",
		"Will I get my passport back? 41018012345":                     "Will I get my passport back?",
		"Can you call me on 41234567?":                                 "Can you call me on  ?",
		// The only clause is never dropped: a question must remain.
		"passport back 41018012345": "passport back",
	}
	for q, want := range clauses {
		if clean, _ := withoutPersonalData(q); strings.Join(strings.Fields(clean), " ") != strings.Join(strings.Fields(want), " ") {
			t.Errorf("%q: %q, want %q", q, clean, want)
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
	if !slices.Equal(terms(nb.fold, "får passet når"), terms(nb.fold, "faar passet naar")) {
		t.Error("aa, as people without å write it, must match å")
	}
	if !slices.Contains(terms(nb.fold, "jeg har ikke penger"), "ikk") && !slices.Contains(terms(nb.fold, "jeg har ikke penger"), "ikke") {
		t.Errorf("ikke must be kept: %v", terms(nb.fold, "jeg har ikke penger"))
	}
	if !slices.Contains(terms(en.fold, "I have not paid"), "not") {
		t.Errorf("not must be kept: %v", terms(en.fold, "I have not paid"))
	}
	for _, key := range []string{"nb:hvordan foregar uttransportring", "nb:far jeg passet tilbake pa gardermoen", "nb:faar jeg passet tilbake paa gardermoen", "en:will they give back my pasport"} {
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

// Statistics questions as people ask them: without "how many", ranges and
// "up to" a month, dates in digits, a category, the previous year's figure
// the report compares with, unaccompanied minors. Figures are read from
// the report texts (../shared/sources): May 2025 (977 so far; Dublin 239,
// international protection 58, expulsion 317; 1046 a year before; 304
// convicted against 292; one unaccompanied minor) and November 2023 (2151
// so far; Dublin 605, refused entry 707; 2501 a year before).
func TestStatisticsQuestionsReadRangesCategoriesAndPreviousYears(t *testing.T) {
	cases := []struct {
		lang, q string
		want    int
	}{
		{"en", "forced returns January to May 2025", 977},
		{"en", "How many were returned up to the end of November 2023?", 2151},
		{"en", "returns per 31.05.2025", 977},
		{"nb", "uttransporteringer til og med mai 2025", 977},
		{"nb", "Hvor mange ble uttransportert per 30.11.2023?", 2151},
		{"nb", "Hvor mange ble uttransportert per 2023-11-30?", 2151},
		{"en", "How many were returned up to 2023-11-30?", 2151},
		// Two dates: the period ends with the last (stop 32).
		{"en", "Returns of Ukrainian citizens, 01.01.2023-30.11.2023", 242},
		{"nb", "uttransporteringer 2025-01-01 til 2025-05-31", 977},
		{"en", "How many Dublin returns January–May 2025?", 239},
		{"en", "How many returns of people with international protection in another country, January–May 2025?", 58},
		{"en", "number of expulsions so far in 2025", 317},
		{"nb", "Hvor mange med beskyttelse i et annet EU-land ble returnert til og med mai 2025?", 58},
		{"en", "How many people with protection in another EU country were returned up to May 2025?", 58},
		{"nb", "Dublin-returer januar til november 2023", 605},
		{"nb", "hvor mange bortvisninger hittil i 2023", 707},
		// A month a year back: January's year so far is the month; convicted
		// offenders have their month too.
		{"en", "How many convicted offenders did the police return in January 2022?", 44},
		{"nb", "Hvor mange personer uttransporterte politiet i januar 2022?", 254},
		// "The first five months", "t.o.m.", a share the reports give.
		{"en", "How many people were returned in the first five months of 2025?", 977},
		{"nb", "Hvor mange ble uttransportert de fem første månedene av 2025?", 977},
		{"nb", "hvor mange ble sendt til polen i 2023 t.o.m. november", 237},
		{"en", "What percentage of the people returned in June 2022 were convicted offenders?", 31},
		{"nb", "Hvor stor andel av de uttransporterte i januar 2023 var straffede?", 25},
		// A category named as a category is still a count after "how many".
		{"en", "How many people in the Dublin category were returned up to May 2025?", 239},
		{"nb", "Hvor mange personer i kategorien bortvisning ble uttransportert hittil i 2023?", 707},
		{"en", "What was the comparable figure for the same period in 2024?", 1046},
		{"en", "How many convicted offenders were returned in the same period last year, in the May 2025 report?", 292},
		{"nb", "Hva var tallet per 30.11.2022 som rapporten sammenligner med?", 2501},
		// A day before a month's name is a date, as in digits: the year so
		// far to it; the same month named twice is no range.
		{"en", "How many were returned by 31 May 2025?", 977},
		{"nb", "Hvor mange ble uttransportert innen 31. mai 2025?", 977},
		{"en", "How many forced returns were there as at 31 May 2024, which the May 2025 report compares with?", 1046},
		{"en", "How many unaccompanied minors were returned in May 2025?", 1},
		{"nb", "Hvor mange enslige mindreårige ble uttransportert i mai 2025?", 1},
		// A range of months in digits; transfers as returns; «jan 23»; «straffa».
		{"nb", "Dublin-overføringer 1-6/2022", 126},
		{"en", "Dublin transfers 1-6/2022", 126},
		{"nb", "uttransporterte tyrkere jan 23", 8},
		{"en", "how many minors were deported in janaury 2023", 11},
		{"nb", "hvor mange mindreårige ble uttransportert i novmber 2023", 28},
		{"nb", "hvor mange straffa ble sendt ut i januar 2023", 51},
		// The month a year back that January's report compares, asked with
		// a comparison word: the report prints the month, not a year so far.
		{"nb", "Antall straffede uttransportert i januar 2022, som januarrapporten for 2023 sammenligner med", 44},
		{"en", "convicted offenders returned in January 2022, compared with in the January 2023 report", 44},
		// A country and a period make "the X category" a count; "hvormange"
		// run together, «tvangsreturnet», "H1"; a year that names the report
		// ("the January 2023 report", «rapporten for januar 2023») is not
		// the period asked for.
		{"en", "Afghans returned in the Dublin category up to the end of November 2023", 37},
		{"nb", "albanere i kategorien utvisning hittil i 2023, hvor mange?", 29},
		{"nb", "hvormange ble tvangsreturnet i november 2023", 185},
		{"en", "How many people were deported in H1 2022?", 1089},
		{"en", "What figure does the January 2023 report give for convicted offenders returned in January 2022?", 44},
		{"nb", "Hvor mange ble uttransportert i januar 2022 ifølge rapporten for januar 2023?", 254},
		{"nb", "Hvor mange ble sendt ut hittil i 2023, i selve Oslo?", 2151},
		// "report's": the report, not the period. Asked politely or with
		// the asker's own purpose, a count is still a count.
		{"en", "The May 2025 report's figure for convicted offenders so far in 2024?", 292},
		{"en", "Can you tell me how many people the police deported?", 977},
		{"nb", "Kan du si meg hvor mange som ble uttransportert?", 977},
		{"en", "How many convicted offenders were returned? I need it for my thesis.", 304},
		{"nb", "Hvor mange mindreårige ble uttransportert? Jeg skriver en oppgave.", 22},
	}
	for _, c := range cases {
		r := ask(t, c.lang, c.q)
		if r.Kind != KindStatistic || r.Statistic == nil {
			t.Errorf("%s %q: got %s: %s", c.lang, c.q, r.Kind, r.Text)
			continue
		}
		got := figures(r)
		found := false
		for _, f := range r.Statistic.Figures {
			found = found || f.Value == c.want
		}
		if !found {
			t.Errorf("%s %q: figures %v, want %d: %s", c.lang, c.q, got, c.want, r.Text)
		}
		if r.Statistic.Missing != "" {
			t.Errorf("%s %q: said to be not published (%s), but the reports print it: %s", c.lang, c.q, r.Statistic.Missing, r.Text)
		}
	}
}

// A count of unaccompanied minors comes first and with all the minors of
// the same month (May 2025: 1 of 22; November 2023: 0 of 28), so that "0
// unaccompanied" is not read as "no children".
func TestUnaccompaniedMinorsComeWithAllTheMinors(t *testing.T) {
	cases := []struct {
		lang, q    string
		want, with int
	}{
		{"en", "How many unaccompanied minors were returned in May 2025?", 1, 22},
		{"nb", "Hvor mange barn ble uttransportert i november 2023, og var noen av dem alene?", 0, 28},
	}
	for _, c := range cases {
		r := ask(t, c.lang, c.q)
		if r.Kind != KindStatistic || r.Statistic == nil || len(r.Statistic.Figures) != 2 {
			t.Errorf("%s %q: got %s %v: %s", c.lang, c.q, r.Kind, r.Statistic, r.Text)
			continue
		}
		f := r.Statistic.Figures
		if f[0].Counts != CountsUnaccompanied || f[0].Value != c.want || f[1].Counts != CountsMinors || f[1].Value != c.with {
			t.Errorf("%s %q: figures %+v, want %d unaccompanied then %d minors", c.lang, c.q, f, c.want, c.with)
		}
		if !strings.Contains(r.Text, strconv.Itoa(c.with)) {
			t.Errorf("%s %q: the text does not say the %d minors: %s", c.lang, c.q, c.with, r.Text)
		}
	}
}

// What is not published is said, never answered with another figure as if
// it were the one asked for.
func TestUnpublishedFiguresAreSaidToBe(t *testing.T) {
	cases := []struct{ lang, q, missing string }{
		{"en", "How many people took assisted return with IOM in 2023?", "assisted"},
		{"nb", "Hvor mange reiste med assistert retur i 2023?", "assisted"},
		{"en", "How many people did the police deport in the whole of 2024?", "period"},
		{"nb", "Hvor mange ble uttransportert i hele 2022?", "period"},
		{"nb", "Hvor mange ble uttransportert i desember 2023?", "period"},
		{"en", "forced returns 2019 total", "period"},
		{"en", "How many Syrians were returned in May 2025 alone?", "period"},
		{"en", "How many returns of people with international protection in November 2023?", "category"},
		{"en", "How many Syrians with international protection were returned in 2023?", "category"},
		{"en", "How many charter flights to Albania in 2025?", "country"},
		{"en", "How many Poles were returned in the same period last year, in the May 2025 report?", "country"},
		// The reports split only the total by country and category.
		{"en", "What percentage of the people returned to Nigeria up to May 2025 were convicted offenders?", "convicted_share"},
		{"en", "How many convicted offenders in the Dublin category so far in 2025?", "convicted"},
		{"en", "How many unaccompanied minors in the asylum category so far in 2025?", "unaccompanied"},
		{"nb", "Hvor mange straffede ble sendt til Polen hittil i 2025?", "convicted"},
		{"en", "How many charter flights for Dublin returns so far in 2025?", "category"},
		// No report splits by police district, gender or age; a month
		// alone, "not year to date", is not the year so far.
		{"nb", "Hvor mange uttransporterte Oslo politidistrikt i november 2023?", "breakdown"},
		{"en", "How many women were deported in May 2025?", "breakdown"},
		{"en", "How many men, women and children were returned so far in 2025?", "breakdown"},
		{"nb", "Hvor mange syrere ble uttransportert i juni 2022, ikke hittil i år?", "period"},
		{"en", "How many Syrians were returned in June 2022, not year to date?", "period"},
		{"en", "Dublin returns to Italy in the single month of May 2025, not the year so far?", "period"},
		// Minors and shares are printed for the month only.
		{"en", "What percentage of returns so far in 2025 were convicted offenders?", "period"},
		// The category "Other" is defined and never printed; the charter
		// flights are counted, not the people on them.
		{"en", "How many returns were in the Other category in June 2022?", "category"},
		{"nb", "Hvor mange ble uttransportert i kategorien andre i januar 2023?", "category"},
		{"en", "How many people were on the charter flights in November 2023?", "passengers"},
		{"nb", "hvor mange personer var med på charterflyene i november 2023?", "passengers"},
		{"en", "How many people were on the charter flights to Afghanistan in 2023?", "passengers"},
		{"nb", "hvor mange ble uttransportert med charter i mai 2025", "passengers"},
		{"en", "how many were deported on charter flights in May 2025", "passengers"},
	}
	for _, c := range cases {
		r := ask(t, c.lang, c.q)
		if low := strings.ToLower(r.Text); strings.Count(low, "nearest published")+strings.Count(low, "nærmeste publiserte") > 1 {
			t.Errorf("%s %q: more than one note before the figure: %s", c.lang, c.q, r.Text)
		}
		if _, after, ok := strings.Cut(r.Text, "figure: "); ok && strings.HasPrefix(after, "The reports") {
			t.Errorf("%s %q: a note where the nearest figure should be: %s", c.lang, c.q, r.Text)
		}
		if r.Kind != KindStatistic || r.Statistic == nil || r.Statistic.Missing != c.missing {
			missing := ""
			if r.Statistic != nil {
				missing = r.Statistic.Missing
			}
			t.Errorf("%s %q: got %s, missing %q, want %q: %s", c.lang, c.q, r.Kind, missing, c.missing, r.Text)
		}
	}
}

// A question about one's own case that names a year is not a statistics
// question: no "how many", and it is about the asker.
func TestOwnCaseWithAYearIsNotAStatistic(t *testing.T) {
	for _, c := range []struct{ lang, q string }{
		{"en", "I was deported in 2019, do I still owe money?"},
		{"nb", "jeg ble uttransportert i 2019, skylder jeg fortsatt penger?"},
		{"en", "My client was returned to Poland in 2023. Can he come back?"},
		// "Transfers" with "how many" and the asker's own case: money, not returns.
		{"en", "How many transfers of my return support will I get after I go home?"},
		{"nb", "Hvor mange overføringer av returstøtten får jeg når jeg er hjemme?"},
		// The asker after "how many", in the same sentence.
		{"en", "How many bags can I take when I am deported?"},
		{"nb", "Hvor mange kofferter kan jeg ta med når jeg blir uttransportert?"},
	} {
		if r := ask(t, c.lang, c.q); r.Kind == KindStatistic {
			t.Errorf("%s %q: a statistic: %s", c.lang, c.q, r.Text)
		}
	}
}

// Without "how many", a question that asks something else of returns (who
// pays, whether the police come, what happens) is not answered with how
// many were returned: that would answer another question silently. Named
// returns and a country or period alone still are a statistic.
func TestOtherQuestionsAboutReturnsAreNotAStatistic(t *testing.T) {
	for _, c := range []struct {
		lang, q string
		stat    bool
	}{
		{"en", "who pays for deportation to Iraq", false},
		{"en", "removal to Iraq, who pays?", false},
		{"en", "When do deportations to Afghanistan start in 2025?", false},
		{"nb", "hvem betaler uttransportering til Irak", false},
		{"nb", "uttransport til Somalia, blir politiet med på flyet?", false},
		{"nb", "Hva skjer ved uttransport av barnefamilier i 2025?", false},
		{"en", "deportations to Iraq May 2025", true},
		{"en", "removal of Ukrainian citizens jan-nov 2023", true},
		{"nb", "uttransporteringer til Irak mai 2025", true},
		{"nb", "uttransport ukrainske borgere jan–nov 2023", true},
		{"en", "Are people with refugee status in Greece returned under the Dublin Regulation?", false},
		{"nb", "Er personer med flyktningstatus i Hellas returnert etter Dublin-forordningen?", false},
		{"en", "forced returns November 2023 when compared to the year before", true},
		{"nb", "uttransporteringer november 2023 når man sammenligner med 2022", true},
	} {
		if r := ask(t, c.lang, c.q); (r.Kind == KindStatistic) != c.stat {
			t.Errorf("%s %q: got %s, want a statistic %v: %s", c.lang, c.q, r.Kind, c.stat, r.Text)
		}
	}
}

// A month name one typo away is that month; other words are not.
func TestOneEditApart(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"janaury", "january", true}, {"febuary", "february", true}, {"novmber", "november", true},
		{"januaar", "januar", true}, {"january", "january", false}, {"number", "november", false},
		{"remember", "december", false}, {"octobre", "october", true}, {"augustus", "august", false},
	} {
		if got := oneEditApart(c.a, c.b); got != c.want {
			t.Errorf("oneEditApart(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// Which nationalities are the most common: the reports say it, with shares,
// for the convicted offenders returned so far in the year only. Asked of
// all returns, the reply says that first and never gives a total (or a
// table's largest row, which no report names) as if it answered.
func TestMostCommonNationalities(t *testing.T) {
	for _, c := range []struct {
		lang, q, missing string
		shares           []int // the shares printed, in order
		says             string
	}{
		{"en", "top nationalities of convicted criminals deported so far in 2022", "", []int{19, 14, 12}, "Romania (19%), Poland (14%) and Lithuania (12%)"},
		{"nb", "hvilke nasjonaliteter er vanligst blant straffede som er uttransportert hittil i 2023", "", []int{15, 12, 9}, "Romania (15\u00a0%), Polen (12\u00a0%) og Litauen (9\u00a0%)"},
		{"nb", "flest straffedømte uttransportert januar 2023 nasjonalitet", "", nil, "Polen og Romania"},
		{"en", "which nationality was deported most in November 2023", "ranking", []int{15, 12, 9}, "rank nothing but the most common nationalities among convicted offenders"},
		{"en", "largest group returned in May 2025 by nationality", "ranking", []int{22, 9, 9}, "rank nothing but"},
		{"nb", "hvilken nasjonalitet ble flest uttransportert i 2023", "ranking", []int{15, 12, 9}, "rangerer ingenting unntatt"},
		// The sentence counts the year so far: a month alone is not it.
		{"en", "most common nationalities of convicted offenders returned in November 2023", "period", []int{15, 12, 9}, "The reports do not give that figure"},
		// A year of which the report has a part, compared with the year before:
		// no report ranks a previous year, so the sentence is the nearest.
		{"en", "Which nationality was most common among convicted offenders deported in 2023, compared with the previous year?", "period", []int{15, 12, 9}, "The reports do not give that figure"},
	} {
		r := ask(t, c.lang, c.q)
		if r.Kind != KindStatistic || r.Statistic == nil {
			t.Errorf("%s %q: got %s, want a statistic", c.lang, c.q, r.Kind)
			continue
		}
		var shares []int
		for _, f := range r.Statistic.Figures {
			if f.Counts != CountsConvictedTop {
				t.Errorf("%s %q: a %s figure %d, want only the shares", c.lang, c.q, f.Counts, f.Value)
			}
			shares = append(shares, f.Value)
		}
		if r.Statistic.Missing != c.missing || !slices.Equal(shares, c.shares) || !strings.Contains(r.Text, c.says) {
			t.Errorf("%s %q: missing %q, shares %v, text %q; want missing %q, shares %v, saying %q", c.lang, c.q, r.Statistic.Missing, shares, r.Text, c.missing, c.shares, c.says)
		}
	}
	// "The most recent month" asks no ranking.
	if r := ask(t, "en", "How many people were returned in the most recent month?"); r.Statistic == nil || r.Statistic.Missing == "ranking" {
		t.Errorf("the most recent month read as a ranking: %s", r.Text)
	}
}

// A share is asked without "what": «andel», "share of".
func TestShareWithoutQuestionWord(t *testing.T) {
	for _, c := range []struct {
		lang, q string
		want    int
	}{
		{"nb", "andel straffedømte blant de uttransporterte i november 2023", 25},
		{"en", "share of those deported in May 2025 who were convicted", 27},
	} {
		r := ask(t, c.lang, c.q)
		if r.Kind != KindStatistic || r.Statistic == nil || len(r.Statistic.Figures) != 1 || r.Statistic.Figures[0].Value != c.want || r.Statistic.Missing != "" {
			t.Errorf("%s %q: %s %q, want the share %d %%", c.lang, c.q, r.Kind, r.Text, c.want)
		}
	}
}

// What no report prints is said first, and the figure after it is the
// nearest published: an average per month, flights other than chartered
// ones. A per cent change is a comparison, which the reports print.
func TestAveragesFlightsAndChanges(t *testing.T) {
	for _, c := range []struct {
		lang, q, missing string
		counts           Counts
		value            int
	}{
		{"en", "average number of deportations per month in 2025", "average", CountsTotal, 977},
		{"nb", "gjennomsnittlig antall uttransporteringer per måned i 2025", "average", CountsTotal, 977},
		{"en", "how many deportation flights so far in 2025", "flights", CountsCharter, 2},
		{"nb", "hvor mange returflyvninger hittil i 2025", "flights", CountsCharter, 2},
		{"en", "how many charter flights so far in 2025", "", CountsCharter, 2},
		{"en", "percentage change in forced returns 2023 vs 2022", "", CountsPrevious, 2501},
		{"nb", "økning i uttransporteringer fra 2022 til 2023 i prosent", "", CountsPrevious, 2501},
	} {
		r := ask(t, c.lang, c.q)
		if r.Kind != KindStatistic || r.Statistic == nil {
			t.Errorf("%s %q: got %s, want a statistic", c.lang, c.q, r.Kind)
			continue
		}
		found := slices.ContainsFunc(r.Statistic.Figures, func(f Figure) bool { return f.Counts == c.counts && f.Value == c.value })
		if r.Statistic.Missing != c.missing || !found {
			t.Errorf("%s %q: missing %q, figures %v; want missing %q and %s %d: %s", c.lang, c.q, r.Statistic.Missing, r.Statistic.Figures, c.missing, c.counts, c.value, r.Text)
		}
	}
}

// «var» is "was", not «vår» ("our") without æøå: a question about the
// figures, not about the asker's own case. A category counted with a
// period is a count, even beside the word "category".
func TestStatisticsWithoutTheirUsualWords(t *testing.T) {
	for _, c := range []struct {
		lang, q string
		want    int
	}{
		{"nb", "Hvor stor var endringen i uttransporteringer hittil i år per mai 2025 sammenlignet med 2024?", -7},
		{"nb", "Hvor mange med endelig avslag (kategori asyl) ble uttransportert fra januar til mai 2025?", 118},
		{"en", "How many people in the category asylum were returned from January to May 2025?", 118},
	} {
		r := ask(t, c.lang, c.q)
		if r.Kind != KindStatistic || r.Statistic == nil || !slices.ContainsFunc(r.Statistic.Figures, func(f Figure) bool { return f.Value == c.want }) {
			t.Errorf("%s %q: %s %q, want the figure %d", c.lang, c.q, r.Kind, r.Text, c.want)
		}
	}
	// Still a term: what the category is, not how many.
	if r := ask(t, "en", "what is the new category in the 2025 statistics"); r.Kind == KindStatistic {
		t.Errorf("a term read as a count: %s", r.Text)
	}
}

// A country's name in a sentence takes "the" where English needs it; the
// tables keep their names.
func TestCountryNamesInSentences(t *testing.T) {
	for _, c := range []struct{ lang, q, says string }{
		{"en", "deportations to the UK 2022 to date", "80 people to the United Kingdom."},
		{"en", "how many Filipinos were returned so far in 2023", "citizens of the Philippines."},
		{"nb", "uttransporteringer til Storbritannia hittil i 2022", "80 personer til Storbritannia."},
	} {
		if r := ask(t, c.lang, c.q); !strings.Contains(r.Text, c.says) {
			t.Errorf("%s %q: %q, want it to say %q", c.lang, c.q, r.Text, c.says)
		}
	}
}

// Minors returned with their parents or family: printed ("21 travelled
// with their parents", "all of them along with their parents"), never the
// count of all minors in its place.
func TestMinorsWithTheirParents(t *testing.T) {
	for _, c := range []struct {
		lang, q string
		want    int
	}{
		{"en", "how many children returned with their parents in May 2025", 21},
		{"nb", "Av de mindreårige som ble uttransportert i mai 2025, hvor mange reiste sammen med foreldre eller et annet familiemedlem?", 21},
		{"en", "how many children were returned with their families in June 2022", 7},
		{"nb", "hvor mange barn ble uttransportert med foreldrene i november 2023", 28},
	} {
		r := ask(t, c.lang, c.q)
		if r.Kind != KindStatistic || r.Statistic == nil || len(r.Statistic.Figures) == 0 || r.Statistic.Figures[0] != (Figure{Counts: CountsAccompanied, Value: c.want}) {
			t.Errorf("%s %q: %s %q, want %d minors with their family first", c.lang, c.q, r.Kind, r.Text, c.want)
		}
	}
}
