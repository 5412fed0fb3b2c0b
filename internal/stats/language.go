package stats

import (
	"regexp"
	"strconv"
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
}

func re(s string) *regexp.Regexp { return regexp.MustCompile("(?i)" + s) }

// date matches "30.06.2021", "31 January 2022" and "31. May 2024".
const datePattern = `(?P<date>\d{1,2}\.?\s?(?:\d{1,2}\.|\p{L}+\s)\d{4})`

const sharePattern = `\d+(?:[.,]\d+)?`

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
		re(`forcibly returned (?P<n>\d+) persons in (?P<month>\p{L}+) (?P<year>\d{4})`),
	},
	convictedLead: []*regexp.Regexp{
		re(`returned \d+ persons in (?P<month>\p{L}+) (?P<year>\d{4}), (?P<conv>\d+) of whom were convicted offenders`),
	},
	convictedMonth: []*regexp.Regexp{
		re(`In (?P<month>\p{L}+), the police returned (?P<n>\d+) convicted offenders, (?:approx\.\s?)?(?P<share>` + sharePattern + `)\s?%`),
	},
	convictedYTD: []*regexp.Regexp{
		re(`So far (?:in \d{4}|this year), (?P<ytd>\d+) convicted offenders have been returned, compared with (?P<prev>\d+) in the same period`),
	},
	convictedPrevYr: []*regexp.Regexp{
		re(`In comparison, (?P<n>\d+) convicted offenders(?:, or ` + sharePattern + `\s?% of all returnees that month,)? were returned in (?P<month>\p{L}+) (?P<year>\d{4})`),
	},
	asAt:   re(`As at ` + datePattern + `\s+(?P<n>\d+)\b`),
	change: re(`Change in percent\s*(?P<sign>[-−–+]?)\s*(?P<value>` + sharePattern + `)\s?%`),
	topNationality: []*regexp.Regexp{
		re(`the most common nationalities among (?:returned )?convicted (?:offenders|returnees)[^.]*? (?:have been|are|were) (?P<list>[^.]+)\.`),
	},
	listSeparator: re(`\s*,\s*|\s+and\s+`),
	minors: []*regexp.Regexp{
		re(`\b(?P<n>\d+|\p{L}+) minors were returned in (?P<month>\p{L}+)`),
	},
	allAccompanied: []*regexp.Regexp{
		re(`minors were returned in (?P<month>\p{L}+), all (?:of them )?(?:together |along )?with their parents or guardians`),
	},
	unaccompanied: []*regexp.Regexp{
		re(`\b(?P<n>\d+|\p{L}+) (?:was an unaccompanied minor|were unaccompanied minors)`),
	},
	charterNone: []*regexp.Regexp{
		re(`No chartered (?:return )?flights have taken place so far this year`),
	},
	charterYTD: []*regexp.Regexp{
		re(`So far this year, (?P<ytd>\d+|\p{L}+) chartered (?:return )?flights? (?:have|has) taken place(?:, (?P<m>\d+|\p{L}+) of them in (?P<month>\p{L}+))?`),
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
		re(`Politiet uttransporterte (?P<n>\d+) personer i (?P<month>\p{L}+) (?P<year>\d{4})`),
	},
	convictedLead: []*regexp.Regexp{
		re(`uttransporterte \d+ personer i (?P<month>\p{L}+) (?P<year>\d{4})\. Av disse var (?P<conv>\d+) ilagt`),
	},
	convictedMonth: []*regexp.Regexp{
		re(`I (?P<month>\p{L}+) uttransporterte politiet (?P<n>\d+) personer ilagt straffereaksjon, noe som tilsvarer (?P<share>` + sharePattern + `)\s?(?:prosent|%)`),
	},
	convictedYTD: []*regexp.Regexp{
		re(`Hittil i år har politiet uttransportert (?P<ytd>\d+) personer ilagt straffereaksjon, mot (?P<prev>\d+) i samme periode`),
	},
	asAt:   re(`Per ` + datePattern + `\s+(?P<n>\d+)\b`),
	change: re(`Prosentvis endring\s*(?P<sign>[-−–+]?)\s*(?P<value>` + sharePattern + `)\s?%`),
	topNationality: []*regexp.Regexp{
		re(`har flest statsborgerskap fra (?P<list>[^.]+)\.`),
	},
	listSeparator: re(`\s*,\s*|\s+og\s+`),
	minors: []*regexp.Regexp{
		re(`\bI (?P<month>\p{L}+) ble (?P<n>\d+|\p{L}+) mindreårige uttransportert`),
	},
	allAccompanied: []*regexp.Regexp{
		re(`I (?P<month>\p{L}+) ble \S+ mindreårige uttransportert[^.]*\. Samtlige ble uttransportert med sine foresatte`),
	},
	charterYTD: []*regexp.Regexp{
		re(`Hittil i år har det blitt gjennomført (?P<ytd>\d+|\p{L}+) chartere?\b`),
	},
	charterMonth: []*regexp.Regexp{
		re(`(?P<m>\d+|\p{L}+) av disse ble gjennomført i (?P<month>\p{L}+)`),
	},
}

// number reads digits or a number word ("two", "To").
func (l *reportLanguage) number(s string) (int, bool) {
	if n, err := strconv.Atoi(s); err == nil {
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
