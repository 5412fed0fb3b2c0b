package handlers

import (
	"cmp"
	"slices"
	"strings"

	"github.com/gofiber/fiber/v2"

	"returninfo/internal/locale"
	"returninfo/internal/stats"
	"returninfo/internal/stats/countries"
	"returninfo/views"
)

// chartTop is how many countries the month page charts.
const chartTop = 10

// showStatisticsMonthPage is /{lang}/statistics/{YYYY-MM}: one month's
// figures, its categories and its largest nationalities and destinations.
func (s *Server) showStatisticsMonthPage(c *fiber.Ctx) error {
	loc := localizer(c)
	lang := loc.Lang.Tag
	r, ok := s.Stats.Report(c.Params("period"))
	if !ok {
		return fiber.ErrNotFound
	}
	month := monthTitle(loc, r.Period)
	heading := loc.TData("StatsMonthHeading", map[string]any{"Month": month})
	page := s.page(c, loc, heading, func(other string) string { return statisticsPath(other, r.Period) })
	page.Section = "statistics"
	page.Description = loc.TData("StatsMonthLead", map[string]any{"Period": soFarText(loc, r)})

	year := reportYear(r)
	v := views.StatsMonthView{
		Page:           page,
		Heading:        heading,
		Lead:           page.Description,
		Figures:        headlineFigures(loc, r),
		HasNote:        s.StatsNotes.For(r.Period, lang) != "",
		Categories:     s.categoryChart(loc, r, year),
		Definitions:    s.answerLinks(lang, statsDefinitionIDs),
		CategoriesLink: s.answerLink(lang, s.Stats.Categories().Answer),
		OverviewURL:    statisticsPath(lang),
		NationalityAll: views.Link{
			Title: loc.T("StatsFullNationality"), URL: statisticsPath(lang, r.Period, tableNationality),
		},
		DestinationAll: views.Link{
			Title: loc.T("StatsFullDestination"), URL: statisticsPath(lang, r.Period, tableDestination),
		},
		Downloads: []views.Link{
			{Title: loc.T("StatsDownloadNationalityCSV"), URL: csvPath(r.Period, stats.TableNationality)},
			{Title: loc.T("StatsDownloadDestinationCSV"), URL: csvPath(r.Period, stats.TableDestination)},
			{Title: loc.T("StatsDownloadJSON"), URL: apiMonthPath(r.Period)},
		},
	}
	v.Downloads = append(v.Downloads, s.workbookLinks(loc, apiMonthPath(r.Period)+"/returns-")...)
	v.Previous, v.Next, v.Available = s.neighbourMonths(loc, r.Period)
	natRows := topRows(r.ByNationality, chartTop)
	destRows := topRows(r.ByDestination, chartTop)
	v.Nationality = countryChart(loc, "chart-nationality", natRows, r.SourceLanguage, r.YTDTotal, year, chartTexts{
		one: "StatsNationalityHeadingOne", tie: "StatsNationalityHeadingTie",
		caption: "StatsTopNationalityCaption", label: "StatsColNationality",
	})
	v.Destination = countryChart(loc, "chart-destination", destRows, r.SourceLanguage, r.YTDTotal, year, chartTexts{
		one: "StatsDestinationHeadingOne", tie: "StatsDestinationHeadingTie",
		caption: "StatsTopDestinationCaption", label: "StatsColDestination",
	})
	v.Footnotes = s.statsFootnotes(loc, []string{r.Period})
	v.Footnotes.Uncertain = uncertainNotes(loc, append(natRows, destRows...))
	v.Footnotes.Names = namesNote(loc, r)
	v.Footnotes.Source = loc.TData("StatsSourceMonth", map[string]any{"Month": month})
	markCacheable(c, "")
	return render(c, fiber.StatusOK, views.StatsMonthPage(v))
}

// chartTexts are the message IDs of one chart.
type chartTexts struct{ one, tie, caption, label string }

// categoryChart shows the category totals from the report's own total row.
func (s *Server) categoryChart(loc *locale.Localizer, r *stats.Report, year int) views.BarChart {
	lang := loc.Lang.Tag
	var bars []views.Bar
	for _, id := range r.Categories {
		n := r.NationalityTotal.Counts[id]
		bars = append(bars, views.Bar{Label: categoryLabel(s.Stats.Categories(), id, lang), Value: n, Text: loc.Int(n)})
	}
	slices.SortStableFunc(bars, func(a, b views.Bar) int { return cmp.Compare(b.Value, a.Value) })
	quote := func(s string) string { return loc.TData("StatsQuoted", map[string]any{"Text": s}) }
	return views.BarChart{
		ID:          "chart-categories",
		Heading:     chartHeading(loc, "StatsCategoriesHeadingOne", "StatsCategoriesHeadingTie", bars, r.NationalityTotal.Total, year, quote),
		Caption:     loc.TData("StatsCategoriesCaption", map[string]any{"Year": year}),
		LabelHeader: loc.T("StatsColCategory"),
		ValueHeader: loc.T("StatsColReturns"),
		Bars:        bars,
	}
}

// topRows are the n rows with the largest totals, ties in the report's order.
func topRows(rows []stats.Row, n int) []stats.Row {
	top := slices.Clone(rows)
	slices.SortStableFunc(top, func(a, b stats.Row) int { return cmp.Compare(b.Total, a.Total) })
	return top[:min(n, len(top))]
}

func countryChart(loc *locale.Localizer, id string, rows []stats.Row, reportLang string, total, year int, t chartTexts) views.BarChart {
	var bars []views.Bar
	for _, row := range rows {
		name, marked := countryName(row, reportLang, loc.Lang.Tag)
		bars = append(bars, views.Bar{Label: name.Name, Value: row.Total, Text: loc.Int(row.Total), Marked: marked})
	}
	return views.BarChart{
		ID:          id,
		Heading:     chartHeading(loc, t.one, t.tie, bars, total, year, nil),
		Caption:     loc.TData(t.caption, map[string]any{"Count": len(bars), "Year": year}),
		LabelHeader: loc.T(t.label),
		ValueHeader: loc.T("StatsColReturns"),
		Bars:        bars,
		MarkerLabel: loc.T("StatsMarkerLabel"),
	}
}

// chartHeading states what the chart shows: the largest bar, or every bar
// that shares the largest value. bars are sorted largest first.
func chartHeading(loc *locale.Localizer, oneID, tieID string, bars []views.Bar, total, year int, wrap func(string) string) string {
	if len(bars) == 0 || bars[0].Value == 0 {
		return loc.TData("StatsChartEmpty", map[string]any{"Year": year})
	}
	var names []string
	for _, b := range bars {
		if b.Value != bars[0].Value {
			break
		}
		if wrap != nil {
			names = append(names, wrap(b.Label))
		} else {
			names = append(names, b.Label)
		}
	}
	data := map[string]any{"Count": loc.Int(bars[0].Value), "Total": loc.Int(total), "Year": year}
	if len(names) == 1 {
		data["Name"] = names[0]
		return loc.TData(oneID, data)
	}
	data["Names"] = joinList(loc, "StatsListAnd", names)
	return loc.TData(tieID, data)
}

// joinList writes "A, B and C" with the language's word for "and" (or "or").
func joinList(loc *locale.Localizer, id string, items []string) string {
	if len(items) < 2 {
		return strings.Join(items, "")
	}
	return loc.TData(id, map[string]any{"First": strings.Join(items[:len(items)-1], ", "), "Last": items[len(items)-1]})
}

// namesNote says whose names the page shows: the report's own, or, for a
// report in another language, the standard (CLDR) names in the page's.
func namesNote(loc *locale.Localizer, r *stats.Report) string {
	if r.SourceLanguage == loc.Lang.Tag {
		return loc.T("StatsNamesAsPublished")
	}
	language := r.SourceLanguage
	if id, ok := reportLanguageNames[language]; ok {
		language = loc.T(id)
	}
	return loc.TData("StatsNamesTranslated", map[string]any{"Language": language})
}

// reportLanguageNames are the message IDs naming the reports' languages.
var reportLanguageNames = map[string]string{"en": "StatsReportLanguageEn", "nb": "StatsReportLanguageNb"}

// uncertainNotes explain each name shown as published because it can mean
// more than one country, once per name.
func uncertainNotes(loc *locale.Localizer, rows []stats.Row) []string {
	var notes []string
	seen := map[string]bool{}
	for _, row := range rows {
		if !row.CountryUncertain || seen[row.PublishedName] {
			continue
		}
		seen[row.PublishedName] = true
		var names []string
		for _, code := range row.CountryCandidates {
			if n := countries.Name(code, loc.Lang.Tag); n != "" {
				names = append(names, n)
			}
		}
		if len(names) < 2 {
			notes = append(notes, loc.TData("StatsUncertainNote", map[string]any{"Name": row.PublishedName}))
			continue
		}
		notes = append(notes, loc.TData("StatsUncertainNoteCandidates", map[string]any{
			"Name": row.PublishedName, "Candidates": joinList(loc, "StatsListOr", names),
		}))
	}
	return notes
}

// neighbourMonths links the reports before and after period (the police
// publish monthly, but only some months are imported, so the neighbour may
// be years away) and says in words which months there are.
func (s *Server) neighbourMonths(loc *locale.Localizer, period string) (prev, next views.Link, available string) {
	reports := slices.Clone(s.Stats.Reports())
	slices.Reverse(reports) // oldest first
	link := func(id, p string) views.Link {
		return views.Link{Title: loc.TData(id, map[string]any{"Month": monthTitle(loc, p)}), URL: statisticsPath(loc.Lang.Tag, p)}
	}
	var names []string
	for i, r := range reports {
		names = append(names, monthTitle(loc, r.Period))
		if r.Period != period {
			continue
		}
		if i > 0 {
			prev = link("StatsPreviousMonth", reports[i-1].Period)
		}
		if i+1 < len(reports) {
			next = link("StatsNextMonth", reports[i+1].Period)
		}
	}
	return prev, next, loc.TData("StatsMonthsAvailable", map[string]any{"Months": strings.Join(names, ", ")})
}
