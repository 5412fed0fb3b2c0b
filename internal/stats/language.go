package stats

import (
	"regexp"
	"strings"
)

// reportLanguage holds the patterns for reports written in one language.
// Adding a report language means adding one of these.
type reportLanguage struct {
	code string
	// markers are lower-case words that show a text is in this language.
	markers []string
	months  map[string]int
	numbers map[string]int // number words, lower case

	// tableTitle matches a table's title; group "kind" is one of kinds' keys.
	tableTitle *regexp.Regexp
	kinds      map[string]string

	// Narrative patterns, on the text before the first table, flattened to
	// single spaces. Group names: month, year, n, conv, share, date, sign,
	// value, ytd, prev, list, m.
	title           []*regexp.Regexp // month, year
	returned        []*regexp.Regexp // n, month, year
	convictedLead   []*regexp.Regexp // conv, month, year
	convictedMonth  []*regexp.Regexp // n, month, share
	convictedYTD    []*regexp.Regexp // ytd, prev
	convictedPrevYr []*regexp.Regexp // n, month, year
	asAt            *regexp.Regexp   // date, n
	change          *regexp.Regexp   // sign, value
	topNationality  []*regexp.Regexp // list
	listSeparator   *regexp.Regexp
	minors          []*regexp.Regexp // n, month
	allAccompanied  []*regexp.Regexp // month
	unaccompanied   []*regexp.Regexp // n
	charterNone     []*regexp.Regexp
	charterYTD      []*regexp.Regexp // ytd, optional m and month
	charterMonth    []*regexp.Regexp // m, month
	accompanied     []*regexp.Regexp // n: minors who travelled with family
	// sentences are examples of the sentence each figure is read from,
	// quoted when the figure is not found; layoutSentences are the same
	// report layout's own wording, where it differs.
	sentences       map[string]string
	layoutSentences map[string]map[string]string
}

func re(s string) *regexp.Regexp { return regexp.MustCompile("(?i)" + s) }

// date matches "30.06.2021", "31 January 2022" and "31. May 2024".
const datePattern = `(?P<date>\d{1,2}\.?\s?(?:\d{1,2}\.|\p{L}+\s)\d{4})`

const sharePattern = `\d+(?:[.,]\d+)?`

// num is a count in running text: plain digits, or digits in groups of
// three separated by one space (no-break and narrow no-break spaces are
// single spaces once the text is flattened), comma or full stop. Checked
// again by readCount.
const num = `(?:\d{1,3}(?: \d{3})+|\d{1,3}(?:,\d{3})+|\d{1,3}(?:\.\d{3})+|\d+)\b`

// wb starts a word: Go's \b knows ASCII letters only, so "én" would
// match from its "n".
const wb = `(?:^|[^\p{L}\p{N}])`

// word is a count written as a word ("two", "én") or as digits.
const word = `(?:` + num + `|\p{L}+)`

var reportLanguages = []*reportLanguage{english, bokmal}

var english = &reportLanguage{
	code:    "en",
	markers: []string{"returned", "returnees", "statistics", "persons", "convicted", "minors"},
	months: map[string]int{"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
		"july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12},
	numbers: map[string]int{"no": 0, "none": 0, "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4,
		"five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
		"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
		"eighteen": 18, "nineteen": 19, "twenty": 20},
	tableTitle: re(`^(?:returnees|returns)\b.*\bby (?P<kind>nationality|destination)$`),
	kinds:      map[string]string{"nationality": TableNationality, "destination": TableDestination},
	title: []*regexp.Regexp{
		re(`(?:statistics for|monthly statistics)\s+(?P<month>\p{L}+)\s+(?P<year>\d{4})`),
	},
	returned: []*regexp.Regexp{
		re(`forcibly returned (?P<n>` + num + `) persons in (?P<month>\p{L}+) (?P<year>\d{4})`),
		re(`\b(?P<n>` + num + `) persons were (?:forcibly )?returned(?: by the police)? in (?P<month>\p{L}+) (?P<year>\d{4})`),
	},
	convictedLead: []*regexp.Regexp{
		re(`returned ` + num + ` persons in (?P<month>\p{L}+) (?P<year>\d{4}), (?P<conv>` + num + `) of (?:whom|them) (?:were|was) convicted offenders?`),
		re(`persons were (?:forcibly )?returned(?: by the police)? in (?P<month>\p{L}+) (?P<year>\d{4}), (?P<conv>` + num + `) of (?:whom|them) (?:were|was) convicted offenders?`),
	},
	convictedMonth: []*regexp.Regexp{
		re(`In (?P<month>\p{L}+), the police returned (?P<n>` + num + `) convicted offenders, (?:approx\.\s?|about |approximately |around )?(?P<share>` + sharePattern + `)\s?%`),
		re(`In (?P<month>\p{L}+), (?P<n>` + num + `) convicted offenders were returned(?: by the police)?, (?:approx\.\s?|about |approximately |around )?(?P<share>` + sharePattern + `)\s?%`),
	},
	convictedYTD: []*regexp.Regexp{
		re(`So far (?:in \d{4}|this year), (?P<ytd>` + num + `) convicted offenders have been returned, compared with (?P<prev>` + num + `) in the same period`),
		re(`So far (?:in \d{4}|this year), the police have returned (?P<ytd>` + num + `) convicted offenders, compared with (?P<prev>` + num + `) in the same period`),
	},
	convictedPrevYr: []*regexp.Regexp{
		re(`In comparison, (?P<n>` + num + `) convicted offenders(?:, or ` + sharePattern + `\s?% of all returnees that month,)? were returned in (?P<month>\p{L}+) (?P<year>\d{4})`),
	},
	asAt:   re(`As at ` + datePattern + `\s+(?P<n>` + num + `)`),
	change: re(`Change in percent\s*(?P<sign>[-−–+]?)\s*(?P<value>` + sharePattern + `)\s?%`),
	topNationality: []*regexp.Regexp{
		re(`the most common nationalities among (?:returned )?convicted (?:offenders|returnees)[^.]*? (?:have been|are|were) (?P<list>[^.]+)\.`),
	},
	listSeparator: re(`\s*,\s*|\s+and\s+`),
	minors: []*regexp.Regexp{
		re(wb + `(?P<n>` + word + `) minors were returned in (?P<month>\p{L}+)`),
	},
	allAccompanied: []*regexp.Regexp{
		re(`minors were returned in (?P<month>\p{L}+), all (?:of them )?(?:together |along )?with their parents or guardians`),
	},
	unaccompanied: []*regexp.Regexp{
		re(wb + `(?P<n>` + word + `) (?:was an unaccompanied minor|were unaccompanied minors)`),
	},
	accompanied: []*regexp.Regexp{
		re(wb + `(?P<n>` + word + `) travelled with their parents`),
	},
	charterNone: []*regexp.Regexp{
		re(`No chartered (?:return )?flights have taken place so far this year`),
	},
	charterYTD: []*regexp.Regexp{
		re(`So far this year, (?P<ytd>` + word + `) chartered (?:return )?flights? (?:have|has) taken place(?:, (?P<m>` + word + `) of them in (?P<month>\p{L}+))?`),
	},
	sentences: map[string]string{
		FigReturnedInMonth:        "The police forcibly returned 216 persons in May 2025, …",
		FigConvictedInMonth:       "… 59 of whom were convicted offenders.",
		FigPreviousYTDTotal:       "As at 31. May 2024 1046",
		FigChangePercent:          "Change in percent -7%",
		FigConvictedSharePercent:  "In May, the police returned 59 convicted offenders, 27% of all returnees that month.",
		FigConvictedYTD:           "So far this year, 304 convicted offenders have been returned, compared with 292 in the same period last year.",
		FigConvictedPreviousYTD:   "So far this year, 304 convicted offenders have been returned, compared with 292 in the same period last year.",
		FigConvictedPrevYearMonth: "In comparison, 44 convicted offenders, or 17 % of all returnees that month, were returned in January 2022.",
		FigConvictedTop:           "The most common nationalities among convicted returnees so far this year are Romanian (22%), Lithuanian (9%) and Polish (9%).",
		FigMinorsInMonth:          "A total of 22 minors were returned in May, …",
		FigUnaccompaniedMinors:    "… while one was an unaccompanied minor. / … all together with their parents or guardians.",
		FigCharterFlightsYTD:      "So far this year, two chartered return flights have taken place, … / No chartered return flights have taken place so far this year.",
		FigCharterFlightsInMonth:  "… one of them in May.",
	},
	layoutSentences: map[string]map[string]string{
		LayoutPDFText: { // June 2022
			FigReturnedInMonth:       "The police forcibly returned 175 persons in June 2022, …",
			FigConvictedInMonth:      "… 55 of whom were convicted offenders.",
			FigPreviousYTDTotal:      "As at 30.06.2021 10441",
			FigChangePercent:         "Change in percent -89.6 %",
			FigConvictedSharePercent: "In June, the police returned 55 convicted offenders, approx. 31 % of all returnees that month.",
			FigConvictedYTD:          "So far in 2022, 289 convicted offenders have been returned, compared with 1160 in the same period in last year.",
			FigConvictedPreviousYTD:  "So far in 2022, 289 convicted offenders have been returned, compared with 1160 in the same period in last year.",
			FigConvictedTop:          "So far in 2022, the most common nationalities among returned convicted offenders have been Romanian (19 %), Polish (14 %) and Lithuanian (12 %).",
			FigMinorsInMonth:         "7 minors were returned in June, …",
			FigUnaccompaniedMinors:   "… all together with their parents or guardians.",
			FigCharterFlightsYTD:     "No chartered return flights have taken place so far this year.",
			FigCharterFlightsInMonth: "No chartered return flights have taken place so far this year.",
		},
		LayoutMarkdownTabs: { // January 2023
			FigReturnedInMonth:       "The police forcibly returned 203 persons in January 2023, …",
			FigConvictedInMonth:      "… 51 of whom were convicted offenders.",
			FigPreviousYTDTotal:      "As at 31 January 2022 254",
			FigChangePercent:         "Change in percent -20 %",
			FigConvictedSharePercent: "In January, the police returned 51 convicted offenders, 25 % of all returnees that month.",
			FigConvictedTop:          "So far this year, the most common nationalities among returned convicted offenders are Polish and Romanian.",
			FigMinorsInMonth:         "11 minors were returned in January, …",
			FigUnaccompaniedMinors:   "… all of them along with their parents or guardians.",
			FigCharterFlightsYTD:     "No chartered return flights have taken place so far this year.",
			FigCharterFlightsInMonth: "No chartered return flights have taken place so far this year.",
		},
	},
}

var bokmal = &reportLanguage{
	code:    "nb",
	markers: []string{"uttransporter", "hittil", "politiet", "personer", "mindreårige", "månedsstatistikk"},
	months: map[string]int{"januar": 1, "februar": 2, "mars": 3, "april": 4, "mai": 5, "juni": 6,
		"juli": 7, "august": 8, "september": 9, "oktober": 10, "november": 11, "desember": 12},
	numbers: map[string]int{"ingen": 0, "null": 0, "én": 1, "en": 1, "ett": 1, "ei": 1, "to": 2, "tre": 3,
		"fire": 4, "fem": 5, "seks": 6, "sju": 7, "syv": 7, "åtte": 8, "ni": 9, "ti": 10, "elleve": 11,
		"tolv": 12, "tretten": 13, "fjorten": 14, "femten": 15, "seksten": 16, "sytten": 17,
		"atten": 18, "nitten": 19, "tjue": 20},
	tableTitle: re(`^uttransporteringer\b.*\better (?P<kind>nasjonalitet|destinasjon)$`),
	kinds:      map[string]string{"nasjonalitet": TableNationality, "destinasjon": TableDestination},
	title: []*regexp.Regexp{
		re(`Månedsstatistikk\s+(?P<month>\p{L}+)\s+(?P<year>\d{4})`),
	},
	returned: []*regexp.Regexp{
		re(`Politiet uttransporterte (?P<n>` + num + `) personer i (?P<month>\p{L}+) (?P<year>\d{4})`),
	},
	convictedLead: []*regexp.Regexp{
		re(`uttransporterte ` + num + ` personer i (?P<month>\p{L}+) (?P<year>\d{4})\. Av disse var (?P<conv>` + num + `) ilagt`),
	},
	convictedMonth: []*regexp.Regexp{
		re(`I (?P<month>\p{L}+) uttransporterte politiet (?P<n>` + num + `) personer ilagt straffereaksjon, noe som tilsvarer (?P<share>` + sharePattern + `)\s?(?:prosent|%)`),
	},
	convictedYTD: []*regexp.Regexp{
		re(`Hittil i år har politiet uttransportert (?P<ytd>` + num + `) personer ilagt straffereaksjon, mot (?P<prev>` + num + `) i samme periode`),
	},
	asAt:   re(`Per ` + datePattern + `\s+(?P<n>` + num + `)`),
	change: re(`Prosentvis endring\s*(?P<sign>[-−–+]?)\s*(?P<value>` + sharePattern + `)\s?%`),
	topNationality: []*regexp.Regexp{
		re(`har flest statsborgerskap fra (?P<list>[^.]+)\.`),
	},
	listSeparator: re(`\s*,\s*|\s+og\s+`),
	minors: []*regexp.Regexp{
		re(wb + `I (?P<month>\p{L}+) ble (?P<n>` + word + `) mindreårige uttransportert`),
	},
	allAccompanied: []*regexp.Regexp{
		re(`I (?P<month>\p{L}+) ble \S+ mindreårige uttransportert[^.]*\. Samtlige ble uttransportert med sine foresatte`),
	},
	unaccompanied: []*regexp.Regexp{
		re(wb + `(?P<n>` + word + `) (?:var|ble uttransportert som) (?:en )?enslige? mindreårige?\b`),
	},
	accompanied: []*regexp.Regexp{
		re(wb + `(?P<n>` + word + `) (?:reiste|ble uttransportert) (?:sammen )?med (?:sine |sin )?(?:foresatte|foreldre|familie)`),
	},
	charterNone: []*regexp.Regexp{
		re(`Hittil i år[^.]*\bikke\b[^.]*\bnoen charter`),
		re(`\bikke\b[^.]*\bnoen charter[^.]*\bhittil i år`),
		re(`\bingen charter\w*[^.]*\bhittil i år`),
		re(`Hittil i år[^.]*\bingen charter`),
	},
	charterYTD: []*regexp.Regexp{
		re(`Hittil i år har det blitt gjennomført (?P<ytd>` + word + `) chartere?\b`),
	},
	charterMonth: []*regexp.Regexp{
		re(wb + `(?P<m>` + word + `) av disse ble gjennomført i (?P<month>\p{L}+)`),
	},
	sentences: map[string]string{
		FigReturnedInMonth:       "Politiet uttransporterte 185 personer i november 2023.",
		FigConvictedInMonth:      "Av disse var 46 ilagt én eller flere straffereaksjoner.",
		FigPreviousYTDTotal:      "Per 30.11.2022 2501",
		FigChangePercent:         "Prosentvis endring - 14 %",
		FigConvictedSharePercent: "I november uttransporterte politiet 46 personer ilagt straffereaksjon, noe som tilsvarer 25 prosent …",
		FigConvictedYTD:          "Hittil i år har politiet uttransportert 583 personer ilagt straffereaksjon, mot 588 i samme periode i fjor.",
		FigConvictedPreviousYTD:  "Hittil i år har politiet uttransportert 583 personer ilagt straffereaksjon, mot 588 i samme periode i fjor.",
		FigConvictedTop:          "… har flest statsborgerskap fra Romania (15 %), Polen (12 %) og Litauen (9 %).",
		FigMinorsInMonth:         "I november ble 28 mindreårige uttransportert …",
		FigUnaccompaniedMinors:   "Samtlige ble uttransportert med sine foresatte. / … én var enslig mindreårig.",
		FigCharterFlightsYTD:     "Hittil i år har det blitt gjennomført 4 chartere.",
		FigCharterFlightsInMonth: "To av disse ble gjennomført i november.",
	},
}

// number reads digits or a number word ("two", "To").
func (l *reportLanguage) number(s string) (int, bool) {
	if n, ok := readCount(s); ok {
		return n, true
	}
	n, ok := l.numbers[strings.ToLower(s)]
	return n, ok
}

// month reads a month name.
func (l *reportLanguage) month(s string) (int, bool) {
	m, ok := l.months[strings.ToLower(s)]
	return m, ok
}
