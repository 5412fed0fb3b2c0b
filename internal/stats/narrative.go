package stats

import (
	"math"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"returninfo/internal/stats/countries"
)

// flatText is the report's running text on one line, with a map back to
// source lines for error messages.
type flatText struct {
	text   string
	starts []int // offset in text where each entry of lines begins
	lines  []int // source line numbers
}

func flatten(lines []string, first, end int) flatText {
	var b strings.Builder
	var ft flatText
	for i := first; i < end; i++ {
		s := strings.Join(strings.Fields(stripMarkup(lines[i])), " ")
		if s == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		ft.starts = append(ft.starts, b.Len())
		ft.lines = append(ft.lines, i+1)
		b.WriteString(s)
	}
	ft.text = b.String()
	return ft
}

// lineAt is the source line of a text offset.
func (ft flatText) lineAt(off int) int {
	i := sort.Search(len(ft.starts), func(i int) bool { return ft.starts[i] > off }) - 1
	if i < 0 {
		return 0
	}
	return ft.lines[i]
}

// match is a pattern hit: named groups and where it starts.
type match struct {
	groups     map[string]string
	line       int
	start, end int // offsets in the flat text
}

// find returns the first hit of any pattern.
func (ft flatText) find(pats []*regexp.Regexp) (match, bool) {
	for _, p := range pats {
		loc := p.FindStringSubmatchIndex(ft.text)
		if loc == nil {
			continue
		}
		m := match{groups: map[string]string{}, line: ft.lineAt(loc[0]), start: loc[0], end: loc[1]}
		for i, name := range p.SubexpNames() {
			if name != "" && loc[2*i] >= 0 {
				m.groups[name] = ft.text[loc[2*i]:loc[2*i+1]]
			}
		}
		return m, true
	}
	return match{}, false
}

// narrative fills the report's figures from its running text.
type narrative struct {
	lang   *reportLanguage
	ft     flatText
	report *Report
	year   int
	month  int
	accept bool // accept a missing figure, marked not recognised
	lines  map[string]int
	used   [][2]int // spans of the text that sentences were read from
}

// find is ft.find, remembering the span read.
func (n *narrative) find(pats []*regexp.Regexp) (match, bool) {
	m, ok := n.ft.find(pats)
	if ok {
		n.used = append(n.used, [2]int{m.start, m.end})
	}
	return m, ok
}

func (n *narrative) parse() *Error {
	n.lines = map[string]int{}
	if err := n.period(); err != nil {
		return err
	}
	steps := []func() *Error{n.returned, n.ytd, n.convicted, n.topNationalities, n.minors, n.charter, n.crossCheck}
	for _, step := range steps {
		if err := step(); err != nil {
			return err
		}
	}
	expected := carried(n.report.SourceLanguage, n.report.Layout)
	for _, key := range expected {
		if n.report.has(key) {
			continue
		}
		if !n.accept {
			return failf(0, "%s", missingFigure(n.lang, n.report.Layout, key))
		}
		n.report.NotRecognised = append(n.report.NotRecognised, key)
	}
	if skipped := n.unread(); len(skipped) > 0 {
		if !n.accept {
			first := skipped[0]
			return failf(first.Line, "the number in %s was not read by any known sentence. If it is a figure the service shows, "+
				"add the wording to internal/stats/language.go; to import the month anyway, run the import again with "+
				"-accept-unrecognised (every figure not read is then shown as not read from the report)", first.Value)
		}
		// Some sentence was not understood: no missing figure can be
		// called "not given in the report".
		for _, key := range allFigures {
			if !n.report.has(key) && !slices.Contains(n.report.NotRecognised, key) {
				n.report.NotRecognised = append(n.report.NotRecognised, key)
			}
		}
	}
	return nil
}

// set records a figure read at line, for the print-out.
func (n *narrative) set(key string, value any, line int) {
	n.lines[key] = line
	n.report.read(key, value, line)
}

func (n *narrative) period() *Error {
	m, ok := n.find(n.lang.title)
	if !ok {
		return failf(0, "no report period found (a title like \"Statistics for June 2022\" or \"Månedsstatistikk november 2023\"): is this a monthly report of the police's return statistics?")
	}
	month, ok := n.lang.month(m.groups["month"])
	if !ok {
		return failf(m.line, "%q is not a month name the import knows", m.groups["month"])
	}
	n.year, _ = strconv.Atoi(m.groups["year"])
	n.month = month
	n.report.Period = time.Date(n.year, time.Month(month), 1, 0, 0, 0, 0, time.UTC).Format("2006-01")
	return nil
}

// sameMonth checks that a sentence is about the report's month (and year, if given).
func (n *narrative) sameMonth(m match) *Error {
	if name, ok := m.groups["month"]; ok {
		month, known := n.lang.month(name)
		if !known {
			return failf(m.line, "%q is not a month", name)
		}
		if month != n.month {
			return failf(m.line, "the sentence is about %s but the report is for %s: is this sentence left over from another month's report? Check the report's title and this sentence", name, n.report.Period)
		}
	}
	if y, ok := m.groups["year"]; ok && y != strconv.Itoa(n.year) {
		return failf(m.line, "the sentence is about %s but the report is for %s: is this sentence left over from another month's report? Check the report's title and this sentence", y, n.report.Period)
	}
	return nil
}

// count reads a group as a whole number (digits or a word); an absent group is nil.
func (n *narrative) count(m match, group string) (*int, *Error) {
	s, ok := m.groups[group]
	if !ok {
		return nil, nil
	}
	v, ok := n.lang.number(s)
	if !ok || v < 0 || v > maxCount {
		return nil, failf(m.line, "%q is not a number the import can read", s)
	}
	return &v, nil
}

// maxCount bounds every figure, far above any real month.
const maxCount = 999_999_999

// percent reads a group like "89.6" or "89,6" as a number of percent.
func percent(m match, group string) (float64, *Error) {
	s := m.groups[group]
	v, err := strconv.ParseFloat(strings.Replace(s, ",", ".", 1), 64)
	if err != nil || v > maxCount {
		return 0, failf(m.line, "%q is not a percentage", s)
	}
	return v, nil
}

func (n *narrative) returned() *Error {
	if m, ok := n.find(n.lang.returned); ok {
		if err := n.sameMonth(m); err != nil {
			return err
		}
		v, err := n.count(m, "n")
		if err != nil {
			return err
		}
		n.report.ReturnedInMonth = v
		n.set(FigReturnedInMonth, v, m.line)
	}
	return nil
}

func (n *narrative) ytd() *Error {
	var this, prev *match
	for _, loc := range n.lang.asAt.FindAllStringSubmatchIndex(n.ft.text, -1) {
		m := match{groups: map[string]string{
			"date": n.ft.text[loc[2]:loc[3]],
			"n":    n.ft.text[loc[4]:loc[5]],
		}, line: n.ft.lineAt(loc[0])}
		n.used = append(n.used, [2]int{loc[0], loc[1]})
		y, mo, d, ok := n.date(m.groups["date"])
		if !ok {
			return failf(m.line, "%q is not a date", m.groups["date"])
		}
		if mo != n.month {
			return failf(m.line, "the date %s is not in the report's month (%s): check the report's title and this date", m.groups["date"], n.report.Period)
		}
		iso := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC).Format(time.DateOnly)
		m.groups["iso"] = iso
		switch {
		case y == n.year && this == nil:
			this = &m
		case y == n.year-1 && prev == nil:
			prev = &m
		default:
			return failf(m.line, "the date %s is neither this year nor last year, or is repeated: check the report's title and this date", m.groups["date"])
		}
	}
	if this == nil {
		return failf(0, "no so-far-this-year total found (a line like \"As at 31. May 2025 977\" or \"Per 30.11.2023 2151\", with a date in %s)", n.report.Period)
	}
	ytd, err := n.count(*this, "n")
	if err != nil {
		return err
	}
	n.report.YTDTotal = *ytd
	n.report.AsAt = this.groups["iso"]
	n.set(figAsAt, this.groups["iso"], this.line)
	n.set(figYTDTotal, ytd, this.line)
	if prev != nil {
		if n.report.PreviousYTDTotal, err = n.count(*prev, "n"); err != nil {
			return err
		}
		n.report.PreviousAsAt = prev.groups["iso"]
		n.set(figPreviousAsAt, prev.groups["iso"], prev.line)
		n.set(FigPreviousYTDTotal, n.report.PreviousYTDTotal, prev.line)
	}
	if m, ok := n.find([]*regexp.Regexp{n.lang.change}); ok {
		v, err := percent(m, "value")
		if err != nil {
			return err
		}
		if m.groups["sign"] != "" && m.groups["sign"] != "+" {
			v = -v
		}
		n.report.ChangePercent = &v
		n.set(FigChangePercent, &v, m.line)
		if n.report.PreviousYTDTotal == nil {
			return failf(m.line, "a change in percent (%v) but no total for the same period last year to check it against: expected a line like %q", v, n.lang.sentences[FigPreviousYTDTotal])
		}
	}
	return nil
}

// date reads "30.06.2021", "31 January 2022" or "31. May 2024".
func (n *narrative) date(s string) (y, m, d int, ok bool) {
	f := strings.FieldsFunc(s, func(r rune) bool { return r == '.' || r == ' ' })
	if len(f) != 3 {
		return 0, 0, 0, false
	}
	d, err1 := strconv.Atoi(f[0])
	y, err2 := strconv.Atoi(f[2])
	m, err3 := strconv.Atoi(f[1])
	if err3 != nil {
		var known bool
		m, known = n.lang.month(f[1])
		if !known {
			return 0, 0, 0, false
		}
		err3 = nil
	}
	if err1 != nil || err2 != nil || m < 1 || m > 12 || d < 1 || d > 31 {
		return 0, 0, 0, false
	}
	return y, m, d, true
}

func (n *narrative) convicted() *Error {
	r := n.report
	if m, ok := n.find(n.lang.convictedLead); ok {
		if err := n.sameMonth(m); err != nil {
			return err
		}
		var err *Error
		if r.ConvictedInMonth, err = n.count(m, "conv"); err != nil {
			return err
		}
		n.set(FigConvictedInMonth, r.ConvictedInMonth, m.line)
	}
	if m, ok := n.find(n.lang.convictedMonth); ok {
		if err := n.sameMonth(m); err != nil {
			return err
		}
		v, err := n.count(m, "n")
		if err != nil {
			return err
		}
		if r.ConvictedInMonth != nil && *r.ConvictedInMonth != *v {
			return failf(m.line, "%d convicted offenders here but %d in the opening sentence: check both figures in the report", *v, *r.ConvictedInMonth)
		}
		if r.ConvictedInMonth == nil {
			n.set(FigConvictedInMonth, v, m.line)
		}
		r.ConvictedInMonth = v
		share, err := percent(m, "share")
		if err != nil {
			return err
		}
		r.ConvictedSharePercent = &share
		n.set(FigConvictedSharePercent, &share, m.line)
	}
	if m, ok := n.find(n.lang.convictedYTD); ok {
		var err *Error
		if r.ConvictedYTD, err = n.count(m, "ytd"); err != nil {
			return err
		}
		if r.ConvictedPreviousYTD, err = n.count(m, "prev"); err != nil {
			return err
		}
		n.set(FigConvictedYTD, r.ConvictedYTD, m.line)
		n.set(FigConvictedPreviousYTD, r.ConvictedPreviousYTD, m.line)
	}
	if m, ok := n.find(n.lang.convictedPrevYr); ok {
		month, _ := n.lang.month(m.groups["month"])
		if month != n.month || m.groups["year"] != strconv.Itoa(n.year-1) {
			return failf(m.line, "the comparison is with %s %s, not the same month last year", m.groups["month"], m.groups["year"])
		}
		var err *Error
		if r.ConvictedInMonthPreviousYear, err = n.count(m, "n"); err != nil {
			return err
		}
		n.set(FigConvictedPrevYearMonth, r.ConvictedInMonthPreviousYear, m.line)
	}
	return nil
}

var shareItem = regexp.MustCompile(`^(.+?)(?:\s*\((` + sharePattern + `)\s?%\))?$`)

func (n *narrative) topNationalities() *Error {
	m, ok := n.find(n.lang.topNationality)
	if !ok {
		return nil
	}
	var read []string
	for _, item := range n.lang.listSeparator.Split(m.groups["list"], -1) {
		parts := shareItem.FindStringSubmatch(strings.TrimSpace(item))
		if parts == nil || parts[1] == "" {
			return failf(m.line, "cannot read %q as a nationality: if the sentence is worded differently, add the wording to internal/stats/language.go", item)
		}
		nat := Nationality{PublishedName: parts[1]}
		if c, ok := countries.Nationality(parts[1], n.lang.code); ok && !c.Uncertain {
			nat.Country = c.Code
		}
		desc := parts[1]
		if parts[2] != "" {
			v, err := percent(match{groups: map[string]string{"v": parts[2]}, line: m.line}, "v")
			if err != nil {
				return err
			}
			nat.SharePercent = &v
			desc += " " + parts[2] + " %"
		}
		read = append(read, desc)
		n.report.ConvictedTopNationalities = append(n.report.ConvictedTopNationalities, nat)
	}
	n.set(FigConvictedTop, strings.Join(read, ", "), m.line)
	return nil
}

func (n *narrative) minors() *Error {
	m, ok := n.find(n.lang.minors)
	if !ok {
		return nil
	}
	if err := n.sameMonth(m); err != nil {
		return err
	}
	v, err := n.count(m, "n")
	if err != nil {
		return err
	}
	n.report.MinorsInMonth = v
	n.set(FigMinorsInMonth, v, m.line)
	if all, ok := n.find(n.lang.allAccompanied); ok {
		if err := n.sameMonth(all); err != nil {
			return err
		}
		zero := 0
		n.report.UnaccompaniedMinorsInMonth = &zero
		n.set(FigUnaccompaniedMinors, &zero, all.line)
		if u, ok := n.find(n.lang.unaccompanied); ok {
			return failf(u.line, "this sentence gives unaccompanied minors, but line %d says all minors travelled with their parents or guardians", all.line)
		}
		return nil
	}
	if um, ok := n.find(n.lang.unaccompanied); ok {
		u, err := n.count(um, "n")
		if err != nil {
			return err
		}
		if *u > *v {
			return failf(um.line, "%d unaccompanied minors but %d minors in all", *u, *v)
		}
		n.report.UnaccompaniedMinorsInMonth = u
		n.set(FigUnaccompaniedMinors, u, um.line)
		// "21 travelled with their parents …, while one was an
		// unaccompanied minor": the parts must make the whole.
		if am, ok := n.find(n.lang.accompanied); ok {
			a, err := n.count(am, "n")
			if err != nil {
				return err
			}
			n.set(figAccompaniedMinorsInMonth, a, am.line)
			if *a+*u != *v {
				return failf(am.line, "%d minors travelled with family and %d were unaccompanied, which is not the %d minors of line %d", *a, *u, *v, m.line)
			}
		}
	}
	return nil
}

func (n *narrative) charter() *Error {
	r := n.report
	none, isNone := n.find(n.lang.charterNone)
	m, ok := n.find(n.lang.charterYTD)
	if isNone && ok {
		return failf(m.line, "one sentence gives chartered flights so far this year, and line %d says there were none", none.line)
	}
	if isNone {
		zero, zero2 := 0, 0 // none this year means none this month
		r.CharterFlightsYTD, r.CharterFlightsInMonth = &zero, &zero2
		n.set(FigCharterFlightsYTD, &zero, none.line)
		n.set(FigCharterFlightsInMonth, &zero2, none.line)
		return nil
	}
	if !ok {
		return nil
	}
	ytd, err := n.count(m, "ytd")
	if err != nil {
		return err
	}
	r.CharterFlightsYTD = ytd
	n.set(FigCharterFlightsYTD, ytd, m.line)
	if _, ok := m.groups["m"]; !ok {
		m, ok = n.find(n.lang.charterMonth)
		if !ok {
			return nil
		}
	}
	if err := n.sameMonth(m); err != nil {
		return err
	}
	inMonth, err := n.count(m, "m")
	if err != nil {
		return err
	}
	if *inMonth > *ytd {
		return failf(m.line, "%d chartered flights this month but %d so far this year", *inMonth, *ytd)
	}
	r.CharterFlightsInMonth = inMonth
	n.set(FigCharterFlightsInMonth, inMonth, m.line)
	return nil
}

// crossCheck holds each figure against the others the report gives, to
// catch a misread figure: a total and its change, a share and its count.
func (n *narrative) crossCheck() *Error {
	r := n.report
	// The published change must follow from the two totals; the reports
	// round to whole or tenth percents, so one point is allowed.
	if r.ChangePercent != nil && r.PreviousYTDTotal != nil {
		v, p := *r.ChangePercent, *r.PreviousYTDTotal
		if p == 0 {
			return failf(n.lines[FigPreviousYTDTotal], "last year's total is 0, so there can be no change in percent (%v): was the figure misread?", v)
		}
		computed := float64(r.YTDTotal-p) / float64(p) * 100
		if math.Abs(computed-v) > 1 {
			return failf(n.lines[FigChangePercent], "change in percent %v does not follow from %d last year and %d this year (%.1f): check both totals in the report",
				v, p, r.YTDTotal, computed)
		}
	}
	if r.ConvictedSharePercent != nil && r.ConvictedInMonth != nil && r.ReturnedInMonth != nil {
		share := *r.ConvictedSharePercent
		if *r.ReturnedInMonth == 0 || math.Abs(float64(*r.ConvictedInMonth)/float64(*r.ReturnedInMonth)*100-share) > 1 {
			return failf(n.lines[FigConvictedSharePercent], "%v %% convicted offenders does not follow from %d of %d returned in the month: check both figures",
				share, *r.ConvictedInMonth, *r.ReturnedInMonth)
		}
	}
	var sum float64
	for _, nat := range r.ConvictedTopNationalities {
		if nat.SharePercent != nil {
			sum += *nat.SharePercent
		}
	}
	if sum > 100 {
		return failf(n.lines[FigConvictedTop], "the shares of the most common nationalities add up to %v %%", sum)
	}
	// A January report's month is its year so far.
	if r.ReturnedInMonth != nil && strings.HasSuffix(r.AsAt, "-01-31") && *r.ReturnedInMonth != r.YTDTotal {
		return failf(n.lines[figYTDTotal], "%d returned so far this year on 31 January, but %d returned in January (line %d): check both figures",
			r.YTDTotal, *r.ReturnedInMonth, n.lines[FigReturnedInMonth])
	}
	if r.MinorsInMonth != nil && r.ReturnedInMonth != nil && *r.MinorsInMonth > *r.ReturnedInMonth {
		return failf(n.lines[FigMinorsInMonth], "%d minors returned in the month but %d persons in all", *r.MinorsInMonth, *r.ReturnedInMonth)
	}
	return nil
}

// numberInText is a figure in running text, with any thousands separators.
var numberInText = regexp.MustCompile(`\d+(?:[ ,.]\d{3})*(?:[.,]\d+)?`)

// notAFigure are numbers in running text that are no statistic: years,
// numbered list items, dates, "Dublin III".
var notAFigure = regexp.MustCompile(`^(?:19|20)\d\d$`)

// unread lists, in the print-out, every number in the running text that no
// recognised sentence read, so that no figure is skipped silently.
func (n *narrative) unread() []Reading {
	var skipped []Reading
	text := n.ft.text
	for _, loc := range numberInText.FindAllStringIndex(text, -1) {
		tok := text[loc[0]:loc[1]]
		if notAFigure.MatchString(tok) || strings.HasPrefix(text[loc[1]:], ")") {
			continue
		}
		if slices.ContainsFunc(n.used, func(u [2]int) bool { return loc[0] >= u[0] && loc[1] <= u[1] }) {
			continue
		}
		from := max(0, loc[0]-40)
		to := min(len(text), loc[1]+40)
		r := Reading{Label: "NOT READ, check the report", Value: "“…" + text[from:to] + "…”", Line: n.ft.lineAt(loc[0])}
		skipped = append(skipped, r)
		n.report.readings = append(n.report.readings, r)
	}
	return skipped
}
