package handlers

import (
	"strconv"
	"strings"
	"time"

	"github.com/gofiber/fiber/v2"

	"returninfo/internal/locale"
	"returninfo/internal/stats"
	"returninfo/views"
)

// statsDefinitionIDs are the answers that explain the statistics' words.
var statsDefinitionIDs = []string{"return-categories", "safe-third-country", "international-protection-returns", "statistics-scope"}

const statsScopeAnswer = "statistics-scope"

// showStatisticsPage is /{lang}/statistics: the latest month's headline
// figures, then every month side by side.
func (s *Server) showStatisticsPage(c *fiber.Ctx) error {
	loc := localizer(c)
	lang := loc.Lang.Tag
	page := s.page(c, loc, loc.T("StatsTitle"), func(other string) string { return statisticsPath(other) })
	page.Section = "statistics"
	page.Description = loc.T("StatsIntro")
	v := views.StatsOverviewView{Page: page, Definitions: s.answerLinks(lang, statsDefinitionIDs)}

	reports := s.Stats.Reports()
	var periods []string
	for _, r := range reports {
		periods = append(periods, r.Period)
		v.Months = append(v.Months, views.Link{Title: monthTitle(loc, r.Period), URL: statisticsPath(lang, r.Period)})
	}
	if latest, ok := s.Stats.Latest(); ok {
		month := monthTitle(loc, latest.Period)
		v.LatestHeading = loc.TData("StatsLatestHeading", map[string]any{"Month": month})
		v.Latest = headlineFigures(loc, latest)
		v.LatestHasNote = s.StatsNotes.For(latest.Period, lang) != ""
		v.LatestURL = statisticsPath(lang, latest.Period)
		v.LatestLink = loc.TData("StatsMonthLink", map[string]any{"Month": month})
		v.Rows = compareRows(loc, reports)
	}
	v.TrendsURL = statisticsPath(lang, "trends")
	v.Downloads = []views.Link{
		{Title: loc.T("StatsDownloadAllCSV"), URL: "/api/v1/stats/all.csv"},
		{Title: loc.T("StatsDownloadAllCSVW"), URL: "/api/v1/stats/all.csv-metadata.json"},
	}
	v.Downloads = append(v.Downloads, s.workbookLinks(loc, "/api/v1/stats/all-")...)
	v.Downloads = append(v.Downloads, views.Link{Title: loc.T("StatsDownloadAPI"), URL: "/api/v1/openapi.json"})
	v.Footnotes = s.statsFootnotes(loc, periods)
	v.Footnotes.Source = loc.T("StatsSourceAll")
	markCacheable(c, "")
	return render(c, fiber.StatusOK, views.StatsOverviewPage(v))
}

// statisticsPath is /{lang}/statistics, with a month and a table if given.
func statisticsPath(lang string, rest ...string) string {
	p := "/" + lang + "/statistics"
	for _, r := range rest {
		p += "/" + r
	}
	return p
}

// headlineFigures are a month's figures in words, in the order the police
// report them.
func headlineFigures(loc *locale.Localizer, r *stats.Report) []views.StatsFigure {
	month := monthTitle(loc, r.Period)
	ytdYear := reportYear(r)
	prevYear := asAtYear(r.PreviousAsAt, ytdYear-1)

	returned := figure(loc.TData("StatsReturnedInMonth", map[string]any{"Month": month}), cellOf(loc, r, stats.FigReturnedInMonth, r.ReturnedInMonth))
	soFar := figure(loc.TData("StatsReturnedSoFar", map[string]any{"Period": soFarText(loc, r)}), cell(loc, &r.YTDTotal))

	samePeriod := loc.TData("StatsSamePeriod", map[string]any{"Year": prevYear})
	if y, m, d, ok := parseDate(r.PreviousAsAt); ok {
		samePeriod = loc.TData("StatsSamePeriodTo", map[string]any{"Year": y, "Date": dayMonth(loc, m, d)})
	}
	previous := figure(samePeriod, cellOf(loc, r, stats.FigPreviousYTDTotal, r.PreviousYTDTotal))

	change := figure(loc.TData("StatsChange", map[string]any{"Year": prevYear}), changeCellOf(loc, r, r.ChangePercent))

	convicted := figure(loc.TData("StatsConvictedInMonth", map[string]any{"Month": month}), cellOf(loc, r, stats.FigConvictedInMonth, r.ConvictedInMonth))
	if r.ConvictedSharePercent != nil {
		convicted.Details = append(convicted.Details, loc.TData("StatsConvictedShare", map[string]any{"Share": loc.Percent(*r.ConvictedSharePercent, false)}))
	}
	convictedSoFar := figure(loc.TData("StatsConvictedSoFar", map[string]any{"Year": ytdYear}), cellOf(loc, r, stats.FigConvictedYTD, r.ConvictedYTD))
	if r.ConvictedPreviousYTD != nil {
		convictedSoFar.Details = append(convictedSoFar.Details, loc.TData("StatsSamePeriodCount", map[string]any{"Year": prevYear, "Count": loc.Int(*r.ConvictedPreviousYTD)}))
	}
	minors := figure(loc.TData("StatsMinorsInMonth", map[string]any{"Month": month}), cellOf(loc, r, stats.FigMinorsInMonth, r.MinorsInMonth))
	if r.UnaccompaniedMinorsInMonth != nil {
		minors.Details = append(minors.Details, loc.TData("StatsUnaccompanied", map[string]any{"Count": loc.Int(*r.UnaccompaniedMinorsInMonth)}))
	}
	charter := figure(loc.TData("StatsCharterSoFar", map[string]any{"Year": ytdYear}), cellOf(loc, r, stats.FigCharterFlightsYTD, r.CharterFlightsYTD))
	if r.CharterFlightsInMonth != nil {
		charter.Details = append(charter.Details, loc.TData("StatsCharterInMonth", map[string]any{"Month": month, "Count": loc.Int(*r.CharterFlightsInMonth)}))
	}
	return []views.StatsFigure{returned, soFar, previous, change, convicted, convictedSoFar, minors, charter}
}

func figure(label string, c views.StatsCell) views.StatsFigure {
	return views.StatsFigure{Label: label, Value: c.Text, Missing: c.Missing}
}

// compareRows are the months side by side: one row per figure, one cell
// per month, in the order of reports.
func compareRows(loc *locale.Localizer, reports []*stats.Report) []views.StatsCompareRow {
	rows := []struct {
		label string
		value func(*stats.Report) views.StatsCell
	}{
		{"StatsRowReturnedInMonth", func(r *stats.Report) views.StatsCell {
			return cellOf(loc, r, stats.FigReturnedInMonth, r.ReturnedInMonth)
		}},
		{"StatsRowSoFar", func(r *stats.Report) views.StatsCell { return cell(loc, &r.YTDTotal) }},
		{"StatsRowPrevious", func(r *stats.Report) views.StatsCell {
			return cellOf(loc, r, stats.FigPreviousYTDTotal, r.PreviousYTDTotal)
		}},
		{"StatsRowChange", func(r *stats.Report) views.StatsCell { return changeCellOf(loc, r, r.ChangePercent) }},
		{"StatsRowConvictedInMonth", func(r *stats.Report) views.StatsCell {
			return cellOf(loc, r, stats.FigConvictedInMonth, r.ConvictedInMonth)
		}},
		{"StatsRowConvictedSoFar", func(r *stats.Report) views.StatsCell { return cellOf(loc, r, stats.FigConvictedYTD, r.ConvictedYTD) }},
		{"StatsRowMinors", func(r *stats.Report) views.StatsCell { return cellOf(loc, r, stats.FigMinorsInMonth, r.MinorsInMonth) }},
		{"StatsRowCharter", func(r *stats.Report) views.StatsCell {
			return cellOf(loc, r, stats.FigCharterFlightsYTD, r.CharterFlightsYTD)
		}},
	}
	out := make([]views.StatsCompareRow, 0, len(rows))
	for _, row := range rows {
		cr := views.StatsCompareRow{Label: loc.T(row.label)}
		for _, r := range reports {
			cr.Cells = append(cr.Cells, row.value(r))
		}
		out = append(out, cr)
	}
	return out
}

func cell(loc *locale.Localizer, n *int) views.StatsCell {
	if n == nil {
		return views.StatsCell{Text: loc.T("StatsNotGiven"), Missing: true}
	}
	return views.StatsCell{Text: loc.Int(*n)}
}

// cellOf is a narrative figure's cell. A figure the import could not read
// (and was told to accept) says so: "not read from the report", never
// "not given", which would be a claim about the report nobody checked.
func cellOf(loc *locale.Localizer, r *stats.Report, key string, n *int) views.StatsCell {
	if n == nil && !r.Recognised(key) {
		return views.StatsCell{Text: loc.T("StatsNotRead")}
	}
	return cell(loc, n)
}

func changeCellOf(loc *locale.Localizer, r *stats.Report, f *float64) views.StatsCell {
	if f == nil && !r.Recognised(stats.FigChangePercent) {
		return views.StatsCell{Text: loc.T("StatsNotRead")}
	}
	return changeCell(loc, f)
}

func changeCell(loc *locale.Localizer, f *float64) views.StatsCell {
	if f == nil {
		return views.StatsCell{Text: loc.T("StatsNotGiven"), Missing: true}
	}
	return views.StatsCell{Text: loc.Percent(*f, true)}
}

// answerLink is one answer's link at its stable address; empty if the
// answer does not exist in lang.
func (s *Server) answerLink(lang, id string) views.Link {
	if links := s.answerLinks(lang, []string{id}); len(links) == 1 {
		return links[0]
	}
	return views.Link{}
}

// statsFootnotes are the caveats, with the notes on the given months.
func (s *Server) statsFootnotes(loc *locale.Localizer, periods []string) views.StatsFootnotes {
	lang := loc.Lang.Tag
	f := views.StatsFootnotes{Scope: s.answerLink(lang, statsScopeAnswer)}
	for _, p := range periods {
		if n := s.StatsNotes.For(p, lang); n != "" {
			f.MonthNotes = append(f.MonthNotes, loc.TData("StatsMonthNote", map[string]any{"Month": monthTitle(loc, p), "Text": n}))
		}
	}
	return f
}

// monthTitle is "November 2023" / "november 2023".
func monthTitle(loc *locale.Localizer, period string) string {
	y, m := periodYearMonth(period)
	return loc.TData("StatsMonthYear", map[string]any{"Month": loc.Month(m), "Year": y})
}

// periodYearMonth splits "2023-11"; periods are checked when loaded.
func periodYearMonth(period string) (year, month int) {
	y, m, _ := strings.Cut(period, "-")
	year, _ = strconv.Atoi(y)
	month, _ = strconv.Atoi(m)
	return year, month
}

func parseDate(iso string) (year, month, day int, ok bool) {
	t, err := time.Parse(time.DateOnly, iso)
	if err != nil {
		return 0, 0, 0, false
	}
	return t.Year(), int(t.Month()), t.Day(), true
}

// reportYear is the year "so far this year" counts: as_at's, else the period's.
func reportYear(r *stats.Report) int {
	y, _ := periodYearMonth(r.Period)
	return asAtYear(r.AsAt, y)
}

func asAtYear(iso string, fallback int) int {
	if y, _, _, ok := parseDate(iso); ok {
		return y
	}
	return fallback
}

// soFarText is "so far in 2023, to 30 November", from the report's as_at.
func soFarText(loc *locale.Localizer, r *stats.Report) string {
	if y, m, d, ok := parseDate(r.AsAt); ok {
		return loc.TData("StatsSoFarTo", map[string]any{"Year": y, "Date": dayMonth(loc, m, d)})
	}
	y, _ := periodYearMonth(r.Period)
	return loc.TData("StatsSoFar", map[string]any{"Year": y})
}

func dayMonth(loc *locale.Localizer, month, day int) string {
	return loc.TData("StatsDayMonth", map[string]any{"Day": day, "Month": loc.Month(month)})
}

// percent writes a published percentage with as many decimals as it has
// (-89.6 %, -14 %); signed adds "+" to a rise.
// countryName is a row's country as a page in lang shows it: the name as
// the police printed it (translated to CLDR's name in lang only when the
// report is in another language), and the other name as a secondary
// label. marked tells the caller to point to the note on uncertain names.
func countryName(row stats.Row, reportLang, lang string) (l stats.CountryLabel, marked bool) {
	l = stats.LabelCountry(row, reportLang, lang)
	return l, l.Uncertain
}

// categoryLabel is a category's label in lang, or its ID if it has none.
func categoryLabel(cats *stats.Categories, id, lang string) string {
	if c, ok := cats.Get(id); ok && c.Label[lang] != "" {
		return c.Label[lang]
	}
	return id
}

// workbookLinks link a workbook in every language, the page's first:
// prefix + tag + ".xlsx".
func (s *Server) workbookLinks(loc *locale.Localizer, prefix string) []views.Link {
	var out []views.Link
	for _, l := range s.Locales.Languages {
		link := views.Link{Title: loc.TData("StatsDownloadXlsx", map[string]any{"Language": l.Name}), URL: prefix + l.Tag + ".xlsx"}
		if l.Tag == loc.Lang.Tag {
			out = append([]views.Link{link}, out...)
		} else {
			out = append(out, link)
		}
	}
	return out
}
