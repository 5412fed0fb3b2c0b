package assistant

import (
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"returninfo/internal/stats/countries"
)

// Counts says which of the report's tables a country figure comes from.
type Counts string

// What a figure counts.
const (
	CountsTotal          Counts = "total"
	CountsDestination    Counts = "destination" // the country people were returned to
	CountsNationality    Counts = "nationality" // the country people are citizens of
	CountsMinors         Counts = "minors"
	CountsConvicted      Counts = "convicted"
	CountsUnaccompanied  Counts = "unaccompanied"
	CountsAccompanied    Counts = "accompanied"     // minors returned with their parents, guardians or family
	CountsCategory       Counts = "category"        // one return category, from a table's total row
	CountsPrevious       Counts = "previous"        // the same period a year before, as a report compares
	CountsCharter        Counts = "charter"         // chartered return flights, not people
	CountsConvictedShare Counts = "convicted_share" // convicted offenders as a per cent of the month's returns
	CountsConvictedTop   Counts = "convicted_top"   // a nationality's per cent of the convicted offenders returned so far in the year
	CountsChange         Counts = "change"          // the per cent change against the same period a year before, as printed
)

// statQuestion is what a statistics question asks for.
type statQuestion struct {
	year, month int // 0: not said; for a range, the month it ends with
	fromMonth   int // the month a range starts with; 0 when no range
	soFar       bool
	subject     Counts // total, minors, unaccompanied or convicted
	category    string // a return category ID, or ""
	country     string // code as in the statistics; "" for all
	counts      Counts // for a country: destination, nationality, or "" for both
	previous    bool   // the figure for the same period a year before
	compare     bool   // this year's figure against the year before's, and the change
	assisted    bool   // about assisted return, which the statistics do not count
	wholeYear   bool   // a whole calendar year, which no report gives
	breakdown   bool   // split in a way no report prints (police district, gender)
	other       bool   // the category "Other", which the reports define and never print
	passengers  bool   // people on the chartered flights, which the reports do not count
	ranking     bool   // which nationalities are the most common: printed for convicted offenders only
	average     bool   // an average per month, which no report prints
	flights     bool   // flights, not only chartered ones, which no report counts
}

// monthAlone: one month is asked, not the year so far nor a range.
func (q statQuestion) monthAlone() bool {
	return q.month > 0 && !q.soFar && q.fromMonth == 0
}

// statsVocab is statistics.<lang>.toml, folded into words.
type statsVocab struct {
	cues, returnWords, notCounted, soFar, thisYear, lastYear [][]string
	definition                                               [][]string
	monthBefore, destBefore, natBefore, destWords, natWords  [][]string
	minors, convicted                                        [][]string
	personal, upTo, previous, assisted, wholeYear, unaccomp  [][]string
	accompanied                                              [][]string
	asksOther, asksFirst                                     [][]string
	compare, comparative                                     [][]string
	charter, people, share, first, monthWords                [][]string
	monthOnly, breakdowns, otherCategory, passengers         [][]string
	ranking, average, flights                                [][]string
	termWords, weakReturns, reportWords, countCues           [][]string
	shortYears                                               bool
	numbers                                                  map[string]int
	categories                                               map[string][][]string
	firstMonths                                              map[int][][]string
	months                                                   map[string]int
	countries                                                map[string]countryName
	inSentence                                               map[string]string
	maxNameWords                                             int
	ignore                                                   map[string]bool
	lang, explainedBy                                        string
}

type countryName struct {
	code    string
	demonym bool
}

func newStatsVocab(lex *lexicon) (*statsVocab, error) {
	s := lex.stats
	v := &statsVocab{
		lang: lex.lang, explainedBy: s.ExplainedBy,
		cues: phrases(s.Cues), returnWords: phrases(s.ReturnWords), notCounted: phrases(s.NotCounted),
		definition: phrases(s.Definition),
		soFar:      phrases(s.SoFar), thisYear: phrases(s.ThisYear), lastYear: phrases(s.LastYear),
		monthBefore: phrases(s.MonthBefore), destBefore: phrases(s.DestinationBefore), natBefore: phrases(s.NationalityBefore),
		destWords: phrases(s.DestinationWords), natWords: phrases(s.NationalityWords),
		minors: phrases(s.Minors), convicted: phrases(s.Convicted),
		personal: phrases(s.Personal), asksOther: phrases(s.AsksOther), asksFirst: phrases(s.AsksFirst), upTo: phrases(s.UpTo), previous: phrases(s.Previous),
		compare: phrases(s.Compare), comparative: phrases(s.Comparative),
		assisted: phrases(s.Assisted), wholeYear: phrases(s.WholeYear), unaccomp: phrases(s.Unaccompanied), accompanied: phrases(s.Accompanied),
		charter: phrases(s.Charter), people: phrases(s.People),
		share: phrases(s.Share), first: phrases(s.FirstWords), monthWords: phrases(s.MonthWords), numbers: map[string]int{},
		monthOnly: phrases(s.MonthOnly), breakdowns: phrases(s.Breakdowns), shortYears: s.ShortYears,
		otherCategory: phrases(s.OtherCategory), passengers: phrases(s.Passengers), ranking: phrases(s.Ranking), average: phrases(s.Average), flights: phrases(s.Flights),
		termWords: phrases(s.TermWords), weakReturns: phrases(s.WeakReturns), reportWords: phrases(s.ReportWords), countCues: phrases(s.CountCues),
		categories: map[string][][]string{}, firstMonths: map[int][][]string{},
		months: map[string]int{}, countries: map[string]countryName{}, ignore: map[string]bool{}, inSentence: map[string]string{},
	}
	for id, words := range s.Categories {
		v.categories[id] = phrases(words)
	}
	for i, w := range s.NumberWords {
		v.numbers[foldString(w)] = i + 1
	}
	for p, month := range s.FirstMonths {
		if month < 1 || month > 12 {
			return nil, fmt.Errorf("content/%s/statistics.%s.toml: first_months: %q is not a month (1–12)", Dir, lex.lang, p)
		}
		v.firstMonths[month] = append(v.firstMonths[month], foldedOf(plainWords(p)))
	}
	for i, names := range s.Months {
		for _, n := range names {
			v.months[foldString(n)] = i + 1
		}
	}
	for _, c := range s.IgnoreCountries {
		v.ignore[c] = true
	}
	for _, code := range countries.Codes() {
		for _, loc := range countries.Languages() {
			v.addCountry(countries.Name(code, loc), countryName{code: code})
		}
	}
	for code, name := range s.InSentence {
		if countries.Name(code, lex.lang) == "" {
			return nil, fmt.Errorf("content/%s/statistics.%s.toml: in_sentence: %q is not a country code the statistics use", Dir, lex.lang, code)
		}
		v.inSentence[code] = name
	}
	for code, words := range s.Demonyms {
		if countries.Name(code, lex.lang) == "" {
			return nil, fmt.Errorf("content/%s/statistics.%s.toml: demonyms: %q is not a country code the statistics use", Dir, lex.lang, code)
		}
		for _, w := range words {
			v.addCountry(w, countryName{code: code, demonym: true})
		}
	}
	return v, nil
}

func (v *statsVocab) addCountry(name string, c countryName) {
	if name == "" || v.ignore[c.code] {
		return
	}
	ws := plainWords(name)
	key := strings.Join(foldedOf(ws), " ")
	if _, taken := v.countries[key]; taken && !c.demonym {
		return
	}
	v.countries[key] = c
	v.maxNameWords = max(v.maxNameWords, len(ws))
}

// parse reads a statistics question. ok is false when the question is not
// one: no cue ("how many") and not plainly about figures, or the cue counts
// something else ("how many countries"), or it asks what a term means.
func (v *statsVocab) parse(question string, now time.Time) (statQuestion, bool) {
	ws := plainWords(question)
	f := foldedOf(ws)
	cue, cueLen := findAny(f, v.cues)
	if containsAny(f, v.definition) && (cue < 0 || !v.countsAfter(f, cue+cueLen)) {
		// What a term means, not how many: "what does the asylum category
		// mean"; but "how many people in the asylum category" is a count.
		return statQuestion{}, false
	}
	// "category", "column": a term ("what is the expulsion category"),
	// unless the question counts (decided below, once the period and the
	// country are read).
	cc, ccLen := findAny(f, v.countCues) // "how many", not "statistics for"
	term := containsAny(f, v.termWords) && (cc < 0 || !v.countsAfter(f, cc+ccLen))
	if cue >= 0 {
		after := f[cue+cueLen:]
		for i := 0; i < 2 && i < len(after); i++ {
			if hasPhraseAt(after, i, v.notCounted) {
				return statQuestion{}, false
			}
		}
	}
	var q statQuestion
	q.subject = CountsTotal
	switch {
	case containsAny(f, v.unaccomp) && containsAny(f, v.minors):
		q.subject = CountsUnaccompanied
	case containsAny(f, v.accompanied) && containsAny(f, v.minors):
		q.subject = CountsAccompanied
	case containsAny(f, v.minors):
		q.subject = CountsMinors
	case containsAny(f, v.convicted) && containsAny(f, v.share):
		q.subject = CountsConvictedShare
	case containsAny(f, v.convicted):
		q.subject = CountsConvicted
	case containsAny(f, v.charter):
		q.subject = CountsCharter
	case containsAny(f, v.flights):
		q.subject, q.flights = CountsCharter, true
	}
	for id, words := range v.categories {
		if containsAny(f, words) && (q.category == "" || id < q.category) {
			q.category = id // the lowest ID when several: the same answer every time
		}
	}
	if q.subject != CountsConvictedShare && containsAny(f, v.share) && !containsAny(f, v.compare) {
		// A share of something else ("what proportion are escorted"): the
		// reports print no such per cent, and a count would answer another
		// question. A per cent change ("percentage change", «økning i
		// prosent») is a comparison, which the reports print.
		return statQuestion{}, false
	}
	v.readPeriod(question, f, &q)
	for month := 12; month >= 1 && q.month == 0; month-- { // in order: the same reply every time
		if containsAny(f, v.firstMonths[month]) {
			q.month, q.soFar = month, true // "the first half of 2021": to June
		}
	}
	if n := v.firstNMonths(f); q.month == 0 && n > 0 {
		q.month, q.soFar = n, true // "the first five months of 2025": to May
	}
	if containsAny(f, v.soFar) || containsAny(f, v.upTo) {
		q.soFar = true
	}
	if containsAny(f, v.monthOnly) {
		q.soFar = false // "June alone, not the year so far"
	}
	q.breakdown = containsAny(f, v.breakdowns)
	q.other = containsAny(f, v.otherCategory)
	q.passengers = q.subject == CountsCharter && containsAny(f, v.passengers)
	q.ranking = containsAny(f, v.ranking)
	q.average = containsAny(f, v.average)
	if q.year == 0 {
		if i, _ := findAny(f, v.thisYear); i >= 0 {
			q.year = now.Year()
		} else if i, _ := findAny(f, v.lastYear); i >= 0 && !containsAny(f, v.previous) {
			q.year = now.Year() - 1
		}
	}
	q.previous = containsAny(f, v.previous)
	q.compare = containsAny(f, v.compare) || (q.previous && containsAny(f, v.comparative))
	q.previous = q.previous || q.compare
	q.assisted = containsAny(f, v.assisted)
	q.wholeYear = q.month == 0 && containsAny(f, v.wholeYear)
	at := v.findCountry(ws, f, &q)
	if at >= 0 && q.counts == "" {
		switch {
		case endsWithAny(f[:at], v.destBefore):
			q.counts = CountsDestination
		case endsWithAny(f[:at], v.natBefore):
			q.counts = CountsNationality
		case containsAny(f, v.destWords):
			q.counts = CountsDestination
		case containsAny(f, v.natWords):
			q.counts = CountsNationality
		}
	}
	own, weak := containsAny(f, v.personal), containsAny(f, v.weakReturns)
	// "transfers" is a return only in a question about figures: "how many
	// transfers of the money will I get" is about the asker's own case.
	returns := containsAny(f, v.returnWords) || (!own && weak)
	// A country, or a category counted ("how many … (category asylum) were
	// returned from January to May"), with a period: a count.
	counted := q.country != "" || q.category != "" && cc >= 0 && returns
	if term && !(counted && (q.year > 0 || q.month > 0) && (returns || cc >= 0)) {
		// A term: "what is the new category in the 2025 statistics"; but
		// "Georgians returned in the asylum category in 2023" is a count.
		return statQuestion{}, false
	}
	if cue < 0 {
		// No "how many": only a question plainly about figures, never one
		// about the asker's own case ("I was deported in 2019, do I owe…").
		// A category alone is a term ("refused entry or expelled?"), not a
		// figure: it needs a period or a country too.
		// Nor one that asks something else of returns: "who pays for
		// deportation to Iraq" is not answered with how many went there;
		// a comparison or last year ("when compared to 2022") still asks
		// for figures.
		named := q.year > 0 || q.country != ""
		other := (containsAny(f, v.asksOther) || len(f) > 0 && containsAny(f[:1], v.asksFirst)) && !q.previous
		return q, returns && named && !own && !other
	}
	if own && q.year == 0 && q.month == 0 && q.country == "" && (weak || v.ownAfterCue(question)) {
		// "How many bags can I take when I am deported?", "how many
		// transfers of my return support": the asker's own case, with no
		// period or country that figures have. "Can you tell me how many
		// were deported?" and "How many …? I need it for my thesis." are
		// still counts: the asker is named before the cue, or in another
		// sentence.
		return q, false
	}
	about := returns || q.year > 0 || q.month > 0 || q.country != "" || q.subject != CountsTotal || q.category != ""
	return q, about
}

// ownAfterCue: in the sentence that asks "how many", the asker or their
// family comes after the cue ("how many bags can I take").
func (v *statsVocab) ownAfterCue(question string) bool {
	for _, sentence := range sentenceEnd.Split(question, -1) {
		f := foldedOf(plainWords(sentence))
		if cue, n := findAny(f, v.cues); cue >= 0 && containsAny(f[cue+n:], v.personal) {
			return true
		}
	}
	return false
}

var sentenceEnd = regexp.MustCompile(`[.?!;]+\s`)

// firstNMonths reads "the first five months", "de fem første månedene",
// "første 5 måneder": the number, or 0.
func (v *statsVocab) firstNMonths(f []string) int {
	number := func(w string) int {
		if n, err := strconv.Atoi(w); err == nil && n >= 1 && n <= 12 {
			return n
		}
		return v.numbers[w]
	}
	for i := range f {
		if !hasPhraseAt(f, i, v.first) {
			continue
		}
		for j := max(0, i-2); j <= i+2 && j < len(f); j++ {
			n := number(f[j])
			if n == 0 || j == i {
				continue
			}
			for k := max(i, j) + 1; k <= max(i, j)+2 && k < len(f); k++ {
				if hasPhraseAt(f, k, v.monthWords) {
					return n
				}
			}
		}
	}
	return 0
}

// countsAfter: the words after "how many" name people or returns ("how
// many people in the asylum category"), not a term.
func (v *statsVocab) countsAfter(f []string, at int) bool {
	for i := at; i < len(f) && i < at+2; i++ {
		if hasPhraseAt(f, i, v.people) || hasPhraseAt(f, i, v.returnWords) {
			return true
		}
	}
	return false
}

// Dates written in digits: 31.05.2025, 30.11.23, 2025-05-31, 2025-05, 5/2025;
// and a range of months, 1-5/2025.
var (
	monthRange = regexp.MustCompile(`\b(\d{1,2})\s*[-–]\s*(\d{1,2})[./](\d{4})\b`)
	dayDate    = regexp.MustCompile(`\b(\d{1,2})[./](\d{1,2})[./](\d{4}|\d{2})\b`)
	isoDate    = regexp.MustCompile(`\b(\d{4})-(\d{1,2})(?:-(\d{1,2}))?\b`)
	monthYear  = regexp.MustCompile(`\b(\d{1,2})[./](\d{4})\b`)
)

// readPeriod finds the year and month asked about: a date in digits (a
// day means the year so far to that date), month names next to a year or
// after "in", and a range of months ("January to May 2025": the year so
// far to May when it starts in January).
func (v *statsVocab) readPeriod(question string, f []string, q *statQuestion) {
	atoi := func(s string) int { n, _ := strconv.Atoi(s); return n }
	year := func(n int) int {
		if n < 100 {
			return 2000 + n
		}
		return n
	}
	if m := monthRange.FindStringSubmatch(question); m != nil && atoi(m[1]) >= 1 && atoi(m[1]) < atoi(m[2]) && atoi(m[2]) <= 12 {
		q.year, q.fromMonth, q.month, q.soFar = atoi(m[3]), atoi(m[1]), atoi(m[2]), true
		return
	}
	// Of dates in digits, the last is where the period ends
	// ("01.01.2023–30.11.2023"); a first one in a later month of the same
	// year starts a range.
	from := func(ms [][]string, y, m int) {
		if len(ms) < 2 {
			return
		}
		if fy, fm := year(atoi(ms[0][y])), atoi(ms[0][m]); fy == q.year && fm > 1 && fm < q.month {
			q.fromMonth = fm
		}
	}
	if ms := dayDate.FindAllStringSubmatch(question, -1); ms != nil {
		if m := ms[len(ms)-1]; atoi(m[2]) >= 1 && atoi(m[2]) <= 12 {
			q.year, q.month, q.soFar = year(atoi(m[3])), atoi(m[2]), true
			from(ms, 3, 2)
			return
		}
	}
	if ms := isoDate.FindAllStringSubmatch(question, -1); ms != nil {
		if m := ms[len(ms)-1]; atoi(m[2]) >= 1 && atoi(m[2]) <= 12 {
			q.year, q.month = atoi(m[1]), atoi(m[2])
			q.soFar = m[3] != ""
			from(ms, 1, 2)
			return
		}
	}
	if m := monthYear.FindStringSubmatch(question); m != nil && atoi(m[1]) >= 1 && atoi(m[1]) <= 12 {
		q.year, q.month = atoi(m[2]), atoi(m[1])
		return
	}
	var candidates []int // word positions of month names
	reportYear := 0      // "the January 2023 report": the report's year, not the period's
	for i, w := range f {
		if name := v.monthTypo(w); name != "" {
			f[i], w = name, name // "janaury": January
		}
		if n, err := strconv.Atoi(w); err == nil && len(w) == 4 && n >= 1900 && n < 2100 {
			ofReport := false // "the May 2025 report", "the report for May 2025"
			for _, j := range []int{i + 1, i - 2, i - 3} {
				ofReport = ofReport || (j >= 0 && j < len(f) && hasPhraseAt(f, j, v.reportWords))
			}
			switch {
			case ofReport && reportYear == 0 && q.year == 0:
				reportYear = n
			case q.year == 0 && n != reportYear:
				q.year = n
			}
		}
		if _, ok := v.months[w]; ok {
			candidates = append(candidates, i)
		}
	}
	if q.year == 0 {
		q.year = reportYear // the only year named
	}
	if v.shortYears && q.year == 0 && len(candidates) > 0 {
		// «jan 23»: where the day comes first («23. jan»), two digits
		// after a month name are its year.
		if i := candidates[len(candidates)-1]; i+1 < len(f) && len(f[i+1]) == 2 {
			if n, err := strconv.Atoi(f[i+1]); err == nil {
				q.year = 2000 + n
			}
		}
	}
	var months []int
	for k, i := range candidates {
		// A month name counts next to a year, after "in", or beside another
		// month ("January to May 2025"): "how many may be returned" asks
		// about no month.
		near := (k > 0 && i-candidates[k-1] <= 3) || (k+1 < len(candidates) && candidates[k+1]-i <= 3)
		if v.isMonthAt(f, i) || (near && q.year > 0) {
			m := v.months[f[i]]
			if len(months) == 0 || months[len(months)-1] != m { // "May 2024 … the May 2025 report": one month
				months = append(months, m)
			}
			if i > 0 && isDay(f[i-1]) {
				q.soFar = true // "as at 31 May 2024": a date, as in digits
			}
		}
	}
	switch len(months) {
	case 0:
	case 1:
		q.month = months[0]
	default:
		q.fromMonth, q.month, q.soFar = months[0], months[len(months)-1], true
	}
}

// monthTypo: the month name one typo away from a word of six letters or
// more that is no month name (a letter missing, added, changed or two
// swapped: "janaury", "febuary"), or "". Shorter names are left alone
// ("mai", "june", "march": too close to other words).
func (v *statsVocab) monthTypo(w string) string {
	if _, ok := v.months[w]; ok || len([]rune(w)) < 6 {
		return ""
	}
	for _, name := range slices.Sorted(maps.Keys(v.months)) { // in order: the same reading every time
		if len([]rune(name)) >= 6 && oneEditApart(w, name) {
			return name
		}
	}
	return ""
}

// oneEditApart: a and b differ by one letter added, removed or changed,
// or two neighbours swapped.
func oneEditApart(a, b string) bool {
	x, y := []rune(a), []rune(b)
	if len(x) < len(y) {
		x, y = y, x
	}
	if len(x)-len(y) > 1 {
		return false
	}
	i := 0
	for i < len(y) && x[i] == y[i] {
		i++
	}
	switch {
	case len(x) != len(y):
		return string(x[i+1:]) == string(y[i:])
	case i == len(x):
		return false // the same word
	case string(x[i+1:]) == string(y[i+1:]):
		return true
	default:
		return i+1 < len(x) && x[i] == y[i+1] && x[i+1] == y[i] && string(x[i+2:]) == string(y[i+2:])
	}
}

// isDay: a day of the month written before its name ("31 May", «31. mai»).
func isDay(w string) bool {
	n, err := strconv.Atoi(strings.TrimSuffix(w, "."))
	return err == nil && n >= 1 && n <= 31 && len(w) <= 3
}

// isMonthAt: a month name next to a year, or after "in"; "how many may".
func (v *statsVocab) isMonthAt(f []string, i int) bool {
	isYear := func(j int) bool {
		if j < 0 || j >= len(f) {
			return false
		}
		n, err := strconv.Atoi(f[j])
		return err == nil && (len(f[j]) == 4 && n >= 1900 || v.shortYears && j == i+1 && len(f[j]) == 2)
	}
	return isYear(i+1) || isYear(i-1) || endsWithAny(f[:i], v.monthBefore)
}

// findCountry finds the first country or nationality word, longest name
// first, and returns its word position (-1: none). Short names ("Man",
// "UK") count only when written with a capital.
func (v *statsVocab) findCountry(ws []qword, f []string, q *statQuestion) int {
	for i := range f {
		for n := min(v.maxNameWords, len(f)-i); n >= 1; n-- {
			key := strings.Join(f[i:i+n], " ")
			if n == 1 && len([]rune(key)) < 4 && !startsUpper(ws[i].orig) {
				continue
			}
			c, ok := v.countries[key]
			if !ok && startsUpper(ws[i].orig) {
				orig := make([]string, n)
				for j := range orig {
					orig[j] = ws[i+j].orig
				}
				if m, found := countries.Lookup(strings.Join(orig, " "), v.lang); found && !v.ignore[m.Code] {
					c, ok = countryName{code: m.Code}, true
				}
			}
			if !ok || v.ignore[c.code] {
				continue
			}
			q.country = c.code
			if c.demonym {
				q.counts = CountsNationality
			}
			return i
		}
	}
	return -1
}

// qword is one word of a question: as written and folded.
type qword struct{ orig, fold string }

// plainWords splits text into words of letters and digits, keeping each as
// written and lower-cased and folded (å→a).
func plainWords(s string) []qword {
	fields := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' })
	out := make([]qword, 0, len(fields))
	for _, w := range fields {
		w = strings.Trim(w, "'")
		w = strings.TrimSuffix(w, "'s") // "the May 2025 report's figure", "Norway's"
		if w != "" {
			out = append(out, qword{orig: w, fold: foldString(w)})
		}
	}
	return out
}

func foldedOf(ws []qword) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = w.fold
	}
	return out
}

func phrases(list []string) [][]string {
	out := make([][]string, 0, len(list))
	for _, p := range list {
		if ws := foldedOf(plainWords(p)); len(ws) > 0 {
			out = append(out, ws)
		}
	}
	return out
}

// findAny returns where the first of the phrases occurs, and its length.
func findAny(f []string, ps [][]string) (int, int) {
	for i := range f {
		for _, p := range ps {
			if hasAt(f, i, p) {
				return i, len(p)
			}
		}
	}
	return -1, 0
}

func containsAny(f []string, ps [][]string) bool {
	i, _ := findAny(f, ps)
	return i >= 0
}

func hasPhraseAt(f []string, i int, ps [][]string) bool {
	for _, p := range ps {
		if hasAt(f, i, p) {
			return true
		}
	}
	return false
}

func endsWithAny(f []string, ps [][]string) bool {
	for _, p := range ps {
		if len(p) <= len(f) && hasAt(f, len(f)-len(p), p) {
			return true
		}
	}
	return false
}

func hasAt(f []string, i int, p []string) bool {
	if i+len(p) > len(f) {
		return false
	}
	for j, w := range p {
		if f[i+j] != w {
			return false
		}
	}
	return true
}

func startsUpper(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r)
	}
	return false
}
