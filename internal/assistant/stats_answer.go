package assistant

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"returninfo/internal/answers"
	"returninfo/internal/locale"
	"returninfo/internal/stats"
	"returninfo/internal/stats/countries"
)

// Statistic is the figure a statistics reply gives.
type Statistic struct {
	Period  string // the report's month, "2023-11"; "" when no month covers the question
	AsAt    string // the date the figure runs to, "2023-11-30"
	Monthly bool   // the figure is for that month alone, not the year so far
	Country string // country code; "" for every country
	Figures []Figure
	// Missing says what was asked for and is not published, so the reply
	// said so (and any figure given is the nearest published one, labelled
	// as such): "assisted" (assisted returns), "period" (a month or year no
	// report covers), "category" (also the category "Other", which no
	// report prints), "country", "breakdown" (by police district, gender,
	// age…), "passengers" (people on chartered flights), "average" (per
	// month), "flights" (other than chartered), "ranking" (which
	// nationalities are the most common, beyond convicted offenders), or the subject not
	// split; "" when the figure is the one asked for.
	Missing string
}

// Figure is one number as published.
type Figure struct {
	Counts Counts
	Value  int
}

// StatisticsPath is the address of a month's statistics page.
func StatisticsPath(lang, period string) string { return "/" + lang + "/statistics/" + period }

func (a *Assistant) answerStatistic(r *Reply, loc *locale.Localizer, q statQuestion) {
	r.Kind = KindStatistic
	r.Confidence = 1
	var reports []*stats.Report
	if a.figures != nil {
		reports = a.figures.Reports()
	}
	if q.assisted {
		// Never forced-return figures as if they answered.
		r.Statistic = &Statistic{Missing: "assisted"}
		r.Text = loc.T("AskStatAssisted")
		a.linkExplanation(r)
		return
	}
	rep, monthly := pickReport(reports, q)
	if q.ranking && rep != nil {
		a.mostCommon(r, loc, q, rep)
		return
	}
	previous := false
	if q.previous || rep == nil {
		if p := previousReport(reports, q); p != nil {
			rep, monthly, previous = p, false, true
		}
	}
	if rep == nil {
		a.notCovered(r, loc, reports)
		return
	}
	st := &Statistic{Period: rep.Period, AsAt: rep.AsAt, Monthly: monthly, Country: q.country}
	var sentences []string
	// What was asked and is not published: the reply says so first, and the
	// figure that follows is the nearest one, labelled with its own period.
	_, repMonth := periodOf(rep)
	monthAsked := q.monthAlone()
	switch {
	case q.wholeYear, q.fromMonth > 1, q.yearOfWhichAPart(rep) && !q.previous:
		// (The previous year's figure a report prints is that year's whole.)
		st.Missing = "period"
	case previous && !q.previous && monthAsked && q.month != 1 && !(q.subject == CountsConvicted && rep.ConvictedInMonthPreviousYear != nil):
		// A month a year back: only its year so far is printed (January's
		// is the month; convicted offenders have their month too).
		st.Missing = "period"
	case (q.country != "" || q.category != "") && monthAsked && repMonth != 1:
		st.Missing = "period" // the tables count the year so far; January's is the month
	}
	switch {
	case previous:
		value := rep.PreviousYTDTotal
		monthOnly := false
		switch q.subject {
		case CountsConvicted:
			value = rep.ConvictedPreviousYTD
			// The month a year back, when the month is asked for or when
			// it is all the report compares (January's report).
			if monthAsked && rep.ConvictedInMonthPreviousYear != nil && (!q.previous || value == nil) {
				value, monthOnly = rep.ConvictedInMonthPreviousYear, true
			}
		case CountsMinors, CountsUnaccompanied, CountsAccompanied, CountsCharter, CountsConvictedShare:
			value = nil // the reports compare no such figure: never the total instead
		}
		if value == nil {
			a.notCovered(r, loc, reports)
			return
		}
		if q.country != "" || q.category != "" {
			// The reports compare only the totals with the year before:
			// say so, and label the total as the nearest figure.
			st.Missing = "category"
			if q.country != "" {
				st.Missing = "country"
			}
			sentences = append(sentences, loc.T("AskStatPreviousTotalOnly"))
		}
		st.Monthly = monthOnly
		st.Figures = []Figure{{Counts: CountsPrevious, Value: *value}}
		if q.compare && st.Missing == "" && !monthOnly && (q.subject == CountsTotal || q.subject == CountsConvicted) {
			// Up or down: the year so far, the same period a year before,
			// and the change the report prints (for the total only).
			if now, ok := figureOf(rep, q.subject, new(bool)); ok {
				st.Figures = append([]Figure{{Counts: q.subject, Value: now}}, st.Figures...)
				sentences = append(sentences, totalSentence(loc, rep, q.subject, false, now), previousSentence(loc, rep, q.subject, *value))
				if q.subject == CountsTotal && rep.ChangePercent != nil {
					sentences = append(sentences, loc.TData("AskStatChange", map[string]any{"Change": loc.Percent(*rep.ChangePercent, true)}))
					if c := *rep.ChangePercent; c == math.Trunc(c) { // a figure is whole; −89.6 % stays in the text
						st.Figures = append(st.Figures, Figure{Counts: CountsChange, Value: int(c)})
					}
				}
				break
			}
		}
		if monthOnly {
			y, m := periodOf(rep)
			sentences = append(sentences, loc.TCount("AskStatPreviousConvictedMonth", *value, map[string]any{"Month": loc.Month(m), "PrevYear": y - 1, "Report": loc.TData("AskMonthYear", map[string]any{"Month": loc.Month(m), "Year": y})}))
		} else {
			sentences = append(sentences, previousSentence(loc, rep, q.subject, *value))
		}
	case q.subject != CountsTotal && q.subject != CountsCharter && (q.country != "" || q.category != ""):
		// Convicted offenders, minors or shares are not split by country or
		// category in the reports: say so, never give the table's total as
		// if it were theirs.
		st.Missing = string(q.subject)
		sentences = append(sentences, loc.T("AskStatSubjectNotSplit"))
		value, ok := figureOf(rep, q.subject, &st.Monthly)
		if !ok {
			a.notCovered(r, loc, reports)
			return
		}
		st.Figures = []Figure{{Counts: q.subject, Value: value}}
		sentences = append(sentences, totalSentence(loc, rep, q.subject, st.Monthly, value))
	case q.subject == CountsCharter:
		value, ok := figureOf(rep, q.subject, &st.Monthly)
		if !ok {
			a.notCovered(r, loc, reports)
			return
		}
		if q.country != "" || q.category != "" {
			st.Missing, st.Country = "country", ""
			if q.country == "" {
				st.Missing = "category"
			}
			sentences = append(sentences, loc.T("AskStatCharterAllCountries"))
		}
		st.Figures = []Figure{{Counts: q.subject, Value: value}}
		sentences = append(sentences, totalSentence(loc, rep, q.subject, st.Monthly, value))
	case q.country != "":
		st.Monthly = false // the country tables count the year so far
		category := ""
		if q.category != "" {
			if !slices.Contains(rep.Categories, q.category) {
				// Never the country's total as if it were the category's.
				st.Missing = "category"
				sentences = append(sentences, loc.TData("AskStatNoCategory", map[string]any{"Category": a.categoryLabel(q.category, loc.Lang.Tag), "Period": monthWords(loc, rep)}))
			} else {
				category = q.category
			}
		}
		for _, c := range []Counts{CountsDestination, CountsNationality} {
			if q.counts != "" && q.counts != c {
				continue
			}
			s, fig := countrySentence(loc, rep, q.country, a.countryInSentence(q.country, loc), c, category, a.categoryLabel(category, loc.Lang.Tag))
			sentences = append(sentences, s)
			if fig != nil {
				st.Figures = append(st.Figures, *fig)
			}
		}
	case q.category != "":
		label := a.categoryLabel(q.category, loc.Lang.Tag)
		if !slices.Contains(rep.Categories, q.category) {
			st.Missing = "category"
			sentences = append(sentences, loc.TData("AskStatNoCategory", map[string]any{"Category": label, "Period": monthWords(loc, rep)}))
			break
		}
		if st.Missing == "period" && monthAsked {
			sentences = append(sentences, loc.T("AskStatCategoryYearOnly"))
		}
		st.Monthly = false
		value := rep.NationalityTotal.Counts[q.category]
		st.Figures = []Figure{{Counts: CountsCategory, Value: value}}
		y, _ := periodOf(rep)
		sentences = append(sentences, loc.TCount("AskStatCategory", value, map[string]any{"Year": y, "Date": asAtWords(loc, rep), "Category": label}))
	default:
		value, ok := figureOf(rep, q.subject, &st.Monthly)
		if !ok {
			a.notCovered(r, loc, reports)
			return
		}
		if st.Monthly && st.Missing == "" && (q.soFar || q.fromMonth > 0 || (q.year > 0 && q.month == 0)) {
			st.Missing = "period" // minors and shares are printed for the month only
		}
		st.Figures = []Figure{{Counts: q.subject, Value: value}}
		sentences = append(sentences, totalSentence(loc, rep, q.subject, st.Monthly, value))
		if q.subject == CountsUnaccompanied || q.subject == CountsAccompanied {
			// With all the minors of the same period: "0 unaccompanied"
			// alone reads as "no children", and people who ask about
			// children alone (or with their parents) usually ask about
			// children too.
			monthly := false
			if all, ok := figureOf(rep, CountsMinors, &monthly); ok && monthly == st.Monthly {
				st.Figures = append(st.Figures, Figure{Counts: CountsMinors, Value: all})
				sentences = append(sentences, totalSentence(loc, rep, CountsMinors, monthly, all))
			}
		}
	}
	if st.Missing == "period" && !slices.Contains(sentences, loc.T("AskStatCategoryYearOnly")) {
		sentences = append([]string{loc.T("AskStatNearest")}, sentences...)
	}
	if missing, note := unprinted(q); note != "" {
		// By police district, gender or age, the category "Other", people
		// on chartered flights: no report prints these. Said first,
		// whatever else is missing (its own "nearest figure" dropped, as
		// the note ends with it); the figure is the nearest.
		st.Missing = missing
		if len(sentences) > 0 && sentences[0] == loc.T("AskStatNearest") {
			sentences = sentences[1:]
		}
		// After a note that says how the figure is counted ("for all
		// countries together"), so that "the nearest published figure:"
		// is followed by the figure.
		at := 0
		if len(sentences) > 0 && sentences[0] == loc.T("AskStatCharterAllCountries") {
			at = 1
		}
		sentences = slices.Insert(sentences, at, loc.T(note))
	}
	sentences = append(sentences, loc.T("AskStatNote"))
	r.Text = strings.Join(sentences, " ")
	r.Statistic = st
	r.Items = append(r.Items, statisticsItem(loc, r.Lang, rep))
	if a.stats[r.Lang].explainedBy != "" {
		if ans, ok := a.lib.Answer(r.Lang, a.stats[r.Lang].explainedBy); ok {
			r.Items = append(r.Items, Item{Type: ItemAnswer, ID: ans.ID, Title: ans.Title, URL: answers.AnswerPath(r.Lang, ans.ID), Score: 1})
		}
	}
}

// yearOfWhichAPart: a year is asked, and the report prints only its months
// so far.
func (q statQuestion) yearOfWhichAPart(rep *stats.Report) bool {
	return q.year > 0 && q.month == 0 && !q.soFar && !strings.HasSuffix(rep.AsAt, "-12-31")
}

// unprinted is what the question asks for that no report prints, with the
// note that says so (ending in "the nearest published figure:").
func unprinted(q statQuestion) (missing, note string) {
	switch {
	case q.breakdown:
		return "breakdown", "AskStatNoBreakdown"
	case q.other:
		return "category", "AskStatNoOther"
	case q.passengers:
		return "passengers", "AskStatNoPassengers"
	case q.average:
		return "average", "AskStatNoAverage"
	case q.flights:
		return "flights", "AskStatOnlyCharter"
	}
	return "", ""
}

// pickReport finds the month that answers the question, and whether the
// figure is for that month alone. reports are newest first.
func pickReport(reports []*stats.Report, q statQuestion) (*stats.Report, bool) {
	for _, rep := range reports {
		y, m := periodOf(rep)
		switch {
		case q.year > 0 && q.month > 0:
			if y == q.year && m == q.month {
				return rep, !q.soFar
			}
		case q.month > 0:
			if m == q.month {
				return rep, !q.soFar
			}
		case q.year > 0:
			if y == q.year {
				return rep, false
			}
		default:
			return rep, false
		}
	}
	return nil, false
}

func periodOf(rep *stats.Report) (year, month int) {
	y, m, _ := strings.Cut(rep.Period, "-")
	year, _ = strconv.Atoi(y)
	month, _ = strconv.Atoi(m)
	return year, month
}

// figureOf is the figure for everyone, minors or convicted offenders. The
// reports give minors for the month only, so that figure is always monthly.
func figureOf(rep *stats.Report, subject Counts, monthly *bool) (int, bool) {
	pick := func(month, soFar *int) (int, bool) {
		p := soFar
		if *monthly {
			p = month
		}
		if p == nil {
			return 0, false
		}
		return *p, true
	}
	switch subject {
	case CountsMinors:
		*monthly = true
		return pick(rep.MinorsInMonth, nil)
	case CountsUnaccompanied:
		*monthly = true
		return pick(rep.UnaccompaniedMinorsInMonth, nil)
	case CountsAccompanied:
		// The reports print it ("21 travelled with their parents", "all
		// of them along with their parents"); the import checks that it
		// and the unaccompanied make all the minors.
		*monthly = true
		if rep.MinorsInMonth == nil || rep.UnaccompaniedMinorsInMonth == nil {
			return 0, false
		}
		return *rep.MinorsInMonth - *rep.UnaccompaniedMinorsInMonth, true
	case CountsConvicted:
		return pick(rep.ConvictedInMonth, rep.ConvictedYTD)
	case CountsCharter:
		return pick(rep.CharterFlightsInMonth, rep.CharterFlightsYTD)
	case CountsConvictedShare:
		*monthly = true // the reports give the share for the month
		if rep.ConvictedSharePercent == nil {
			return 0, false
		}
		return int(math.Round(*rep.ConvictedSharePercent)), true
	default:
		ytd := rep.YTDTotal
		return pick(rep.ReturnedInMonth, &ytd)
	}
}

func totalSentence(loc *locale.Localizer, rep *stats.Report, subject Counts, monthly bool, value int) string {
	y, m := periodOf(rep)
	data := map[string]any{"Year": y, "Month": loc.Month(m), "Date": asAtWords(loc, rep)}
	id := map[Counts]string{CountsTotal: "AskStatTotal", CountsMinors: "AskStatMinors", CountsConvicted: "AskStatConvicted", CountsUnaccompanied: "AskStatUnaccompanied", CountsAccompanied: "AskStatAccompanied", CountsCharter: "AskStatCharter", CountsConvictedShare: "AskStatConvictedShare"}[subject]
	if monthly {
		return loc.TCount(id+"Month", value, data)
	}
	return loc.TCount(id+"SoFar", value, data)
}

// countrySentence gives a country's line in one table: its total, or with
// category its cell in that category's column.
func countrySentence(loc *locale.Localizer, rep *stats.Report, code, name string, c Counts, category, label string) (string, *Figure) {
	table := stats.TableDestination
	id := "AskStatDestination"
	if c == CountsNationality {
		table, id = stats.TableNationality, "AskStatNationality"
	}
	if len(code) != 2 {
		// "stateless" and "unknown" are rows, not countries: nobody is a
		// citizen of Stateless.
		id = "AskStatListed"
	}
	if category != "" {
		id += "Category"
	}
	y, _ := periodOf(rep)
	data := map[string]any{"Year": y, "Date": asAtWords(loc, rep), "Country": name, "Category": label}
	for _, row := range rep.Table(table) {
		if row.Country != code {
			continue
		}
		if row.CountryUncertain || data["Country"] == "" {
			data["Country"] = row.PublishedName
		}
		value := row.Total
		if category != "" {
			value = row.Counts[category]
		}
		return loc.TCount(id, value, data), &Figure{Counts: c, Value: value}
	}
	return loc.TData(id+"None", data), &Figure{Counts: c, Value: 0}
}

// asAtWords is the date a year-so-far figure runs to: "30 November".
func asAtWords(loc *locale.Localizer, rep *stats.Report) string {
	var y, m, d int
	if _, err := fmt.Sscanf(rep.AsAt, "%d-%d-%d", &y, &m, &d); err != nil {
		_, m = periodOf(rep)
		return loc.Month(m)
	}
	return loc.TData("AskDayMonth", map[string]any{"Day": d, "Month": loc.Month(m)})
}

func monthWords(loc *locale.Localizer, rep *stats.Report) string {
	y, m := periodOf(rep)
	return loc.TData("AskMonthYear", map[string]any{"Month": loc.Month(m), "Year": y})
}

func statisticsItem(loc *locale.Localizer, lang string, rep *stats.Report) Item {
	return Item{
		Type: ItemStatistics, ID: rep.Period, URL: StatisticsPath(lang, rep.Period), Score: 1,
		Title: loc.TData("AskStatPageTitle", map[string]any{"Period": monthWords(loc, rep)}),
	}
}

// notCovered says which months there are figures for, oldest first, and
// links the newest.
func (a *Assistant) notCovered(r *Reply, loc *locale.Localizer, reports []*stats.Report) {
	if len(reports) == 0 {
		r.Text = loc.T("AskStatNoFigures")
		return
	}
	names := make([]string, 0, len(reports))
	for i := len(reports) - 1; i >= 0; i-- {
		names = append(names, monthWords(loc, reports[i]))
	}
	r.Text = loc.TData("AskStatNotCovered", map[string]any{"Months": listWords(loc, names)})
	r.Statistic = &Statistic{Missing: "period"}
	for _, rep := range reports {
		if len(r.Items) == maxItems {
			break
		}
		r.Items = append(r.Items, statisticsItem(loc, r.Lang, rep))
	}
}

// previousReport finds the report that prints, as its comparison, the
// same period a year before the one asked about: the report of the next
// year (same month if one is named), or, when the question names the
// report's own year and asks for its comparison, that report.
func previousReport(reports []*stats.Report, q statQuestion) *stats.Report {
	if q.year == 0 && !q.previous {
		return nil
	}
	years := []int{q.year + 1}
	if q.previous {
		years = append(years, q.year)
	}
	for _, want := range years {
		for _, rep := range reports { // newest first
			y, m := periodOf(rep)
			if (q.year == 0 || y == want) && (q.month == 0 || m == q.month) && rep.PreviousYTDTotal != nil {
				return rep
			}
		}
	}
	return nil
}

func previousSentence(loc *locale.Localizer, rep *stats.Report, subject Counts, value int) string {
	y, m := periodOf(rep)
	id := "AskStatPrevious"
	if subject == CountsConvicted {
		id = "AskStatPreviousConvicted"
	}
	return loc.TCount(id, value, map[string]any{"PrevYear": y - 1, "Date": asAtWords(loc, rep), "Report": loc.TData("AskMonthYear", map[string]any{"Month": loc.Month(m), "Year": y})})
}

// linkExplanation links the answer that says what the statistics count.
func (a *Assistant) linkExplanation(r *Reply) {
	if id := a.stats[r.Lang].explainedBy; id != "" {
		if ans, ok := a.lib.Answer(r.Lang, id); ok {
			r.Items = append(r.Items, Item{Type: ItemAnswer, ID: ans.ID, Title: ans.Title, URL: answers.AnswerPath(r.Lang, ans.ID), Score: 1})
		}
	}
}

// categoryLabel is a return category's name in lang, as the pages show it.
func (a *Assistant) categoryLabel(id, lang string) string {
	if a.figures != nil {
		if c, ok := a.figures.Categories().Get(id); ok && c.Label[lang] != "" {
			return c.Label[lang]
		}
	}
	return id
}

// listWords joins names as a sentence does: "A, B and C".
func listWords(loc *locale.Localizer, names []string) string {
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " " + loc.T("AskListAnd") + " " + names[len(names)-1]
}

// mostCommon answers which nationalities are the most common. The reports
// say it, in a sentence with shares, for the convicted offenders returned
// so far in the year only. Which nationality is largest among all returns
// is never printed (the tables list every one), so it is not worked out
// here: the reply says so and gives the nearest published, labelled.
func (a *Assistant) mostCommon(r *Reply, loc *locale.Localizer, q statQuestion, rep *stats.Report) {
	st := &Statistic{Period: rep.Period, AsAt: rep.AsAt}
	r.Items = append(r.Items, statisticsItem(loc, r.Lang, rep))
	if len(rep.ConvictedTopNationalities) == 0 {
		st.Missing = "ranking"
		r.Text = loc.TData("AskStatNoRankingInReport", map[string]any{"Period": monthWords(loc, rep)}) + " " + loc.T("AskStatNote")
		r.Statistic = st
		return
	}
	var sentences []string
	_, repMonth := periodOf(rep)
	switch {
	case q.subject != CountsConvicted && q.subject != CountsConvictedShare || q.category != "" || q.country != "":
		st.Missing = "ranking"
		sentences = append(sentences, loc.T("AskStatNoRanking"))
	case q.monthAlone() && repMonth != 1, q.wholeYear, q.fromMonth > 1, q.yearOfWhichAPart(rep):
		st.Missing = "period" // the sentence counts the year so far
		sentences = append(sentences, loc.T("AskStatNearest"))
	}
	names := make([]string, 0, len(rep.ConvictedTopNationalities))
	for _, n := range rep.ConvictedTopNationalities {
		name := a.countryInSentence(n.Country, loc)
		if name == "" {
			name = n.PublishedName
		}
		if n.SharePercent != nil {
			name += " (" + loc.Percent(*n.SharePercent, false) + ")"
			st.Figures = append(st.Figures, Figure{Counts: CountsConvictedTop, Value: int(math.Round(*n.SharePercent))})
		}
		names = append(names, name)
	}
	y, _ := periodOf(rep)
	sentences = append(sentences, loc.TData("AskStatConvictedTop", map[string]any{"Year": y, "Date": asAtWords(loc, rep), "List": listWords(loc, names)}), loc.T("AskStatNote"))
	r.Text = strings.Join(sentences, " ")
	r.Statistic = st
}

// countryInSentence is a country's name as a sentence says it ("returned to
// the United Kingdom"); "" for a code with no name.
func (a *Assistant) countryInSentence(code string, loc *locale.Localizer) string {
	if v := a.stats[loc.Lang.Tag]; v != nil {
		if name, ok := v.inSentence[code]; ok {
			return name
		}
	}
	return countries.Name(code, loc.Lang.Tag)
}
