package handlers

import (
	"slices"
	"time"

	"github.com/gofiber/fiber/v2"

	"returninfo/internal/stats"
	"returninfo/views"
)

// showStatisticsTrendsPage is /{lang}/statistics/trends: every year-to-date
// total the reports print, each report's own and the previous year's it
// compares with, at its own date on one time line, and each category's.
func (s *Server) showStatisticsTrendsPage(c *fiber.Ctx) error {
	loc := localizer(c)
	lang := loc.Lang.Tag
	heading := loc.T("StatsTrendsHeading")
	page := s.page(c, loc, heading, func(other string) string { return statisticsPath(other, "trends") })
	page.Section = "statistics"
	page.Description = loc.T("StatsTrendsLead")

	type point struct {
		date   time.Time
		value  int
		report *stats.Report
		own    bool
	}
	var points []point
	reports := slices.Clone(s.Stats.Reports())
	slices.Reverse(reports) // oldest first
	for _, r := range reports {
		asAt, err := time.Parse(time.DateOnly, r.AsAt)
		if err != nil {
			continue
		}
		points = append(points, point{asAt, r.YTDTotal, r, true})
		if r.PreviousYTDTotal != nil {
			// The report compares with "the same period" a year before;
			// where it prints that date, it is the same day.
			prev := asAt.AddDate(-1, 0, 0)
			if d, err := time.Parse(time.DateOnly, r.PreviousAsAt); err == nil {
				prev = d
			}
			points = append(points, point{prev, *r.PreviousYTDTotal, r, false})
		}
	}
	slices.SortStableFunc(points, func(a, b point) int { return a.date.Compare(b.date) })

	v := views.StatsTrendsView{
		Page: page, Heading: heading, Lead: page.Description, Warning: loc.T("StatsTrendsWarning"),
		ChartLabel: loc.T("StatsTrendsChart"), Caption: loc.T("StatsTrendsCaption"),
		DateHeader: loc.T("StatsTrendsDate"), ValueHeader: loc.T("StatsTrendsValue"), FromHeader: loc.T("StatsTrendsFrom"),
		OverviewURL: statisticsPath(lang),
	}
	for i, p := range points {
		if i == 0 {
			v.Chart.FirstYear = p.date.Year()
		}
		v.Chart.LastYear = p.date.Year()
		v.Chart.Points = append(v.Chart.Points, views.TrendPoint{Year: p.date.Year(), Month: int(p.date.Month()), Value: p.value})
		kind := loc.T("StatsTrendsOwn")
		if !p.own {
			kind = loc.T("StatsTrendsPrevious")
		}
		v.Points = append(v.Points, views.TrendRow{
			Date:   loc.Date(p.date.Year(), int(p.date.Month()), p.date.Day()),
			Value:  loc.Int(p.value),
			Source: views.Link{Title: monthTitle(loc, p.report.Period), URL: statisticsPath(lang, p.report.Period)},
			Kind:   kind,
		})
	}

	// Each category's total so far, from each report's own table.
	v.Categories = views.StatsTrendCategories{Heading: loc.T("StatsTrendsCategoriesHeading"), Caption: loc.T("StatsTrendsCategoriesCaption")}
	for _, r := range reports {
		if y, m, d, ok := parseDate(r.AsAt); ok {
			v.Categories.Months = append(v.Categories.Months, loc.Date(y, m, d))
		} else {
			v.Categories.Months = append(v.Categories.Months, monthTitle(loc, r.Period))
		}
	}
	for _, cat := range s.Stats.Categories().List {
		row := views.StatsCompareRow{Label: categoryLabel(s.Stats.Categories(), cat.ID, lang)}
		for _, r := range reports {
			if !slices.Contains(r.Categories, cat.ID) {
				row.Cells = append(row.Cells, cell(loc, nil))
				continue
			}
			n := r.NationalityTotal.Counts[cat.ID]
			row.Cells = append(row.Cells, cell(loc, &n))
		}
		v.Categories.Rows = append(v.Categories.Rows, row)
	}
	total := views.StatsCompareRow{Label: loc.T("StatsColTotal")}
	for _, r := range reports {
		total.Cells = append(total.Cells, cell(loc, &r.YTDTotal))
	}
	v.Categories.Rows = append(v.Categories.Rows, total)

	periods := make([]string, len(reports))
	for i, r := range reports {
		periods[i] = r.Period
	}
	v.Footnotes = s.statsFootnotes(loc, periods)
	v.Footnotes.Source = loc.T("StatsSourceAll")
	markCacheable(c, "")
	return render(c, fiber.StatusOK, views.StatsTrendsPage(v))
}
