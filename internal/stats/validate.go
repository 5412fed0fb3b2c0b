package stats

import (
	"fmt"
	"regexp"
	"slices"

	"returninfo/internal/stats/countries"
)

var periodPattern = regexp.MustCompile(`^\d{4}-(?:0[1-9]|1[0-2])$`)

// Validate checks a report against itself: every row's counts add up to its
// total, every column adds up to the total row, both tables' totals equal
// the so-far-this-year total, every country has a known code, and the
// narrative figures do not contradict each other.
func Validate(r *Report, cats *Categories) error {
	if err := validate(r, cats); err != nil {
		return err
	}
	return nil
}

func validate(r *Report, cats *Categories) *Error {
	if !periodPattern.MatchString(r.Period) {
		return failf(0, "period %q is not YYYY-MM", r.Period)
	}
	if len(r.Categories) == 0 {
		return failf(0, "no categories")
	}
	for i, id := range r.Categories {
		if _, ok := cats.Get(id); !ok || slices.Index(r.Categories, id) != i {
			return failf(0, "category %s is unknown or repeated", cats.columnWords(id))
		}
	}
	for _, t := range []struct {
		name  string
		rows  []Row
		total Totals
	}{{TableNationality, r.ByNationality, r.NationalityTotal}, {TableDestination, r.ByDestination, r.DestinationTotal}} {
		if err := validateTable(t.name, t.rows, t.total, r, cats); err != nil {
			return err
		}
	}
	for i, key := range r.NotRecognised {
		if !isFigure(key) || r.has(key) || slices.Index(r.NotRecognised, key) != i {
			return failf(0, "not_recognised: %q is not a narrative figure, is repeated, or has a value", key)
		}
	}
	checks := []struct {
		part, whole *int
		what        string
	}{
		{r.ConvictedInMonth, r.ReturnedInMonth, "convicted offenders in the month exceed all returned in the month"},
		{r.ReturnedInMonth, &r.YTDTotal, "returned in the month exceed the so-far-this-year total"},
		{r.ConvictedYTD, &r.YTDTotal, "convicted offenders so far this year exceed all returned so far this year"},
		{r.ConvictedPreviousYTD, r.PreviousYTDTotal, "convicted offenders in the same period last year exceed all returned then"},
		{r.MinorsInMonth, r.ReturnedInMonth, "minors returned in the month exceed all returned in the month"},
		{r.UnaccompaniedMinorsInMonth, r.MinorsInMonth, "unaccompanied minors exceed all minors"},
		{r.CharterFlightsInMonth, r.CharterFlightsYTD, "chartered flights in the month exceed those so far this year"},
	}
	for _, c := range checks {
		if c.part != nil && c.whole != nil && *c.part > *c.whole {
			return failf(0, "%s (%d > %d)", c.what, *c.part, *c.whole)
		}
	}
	return nil
}

func validateTable(kind string, rows []Row, total Totals, r *Report, cats *Categories) *Error {
	name := tableWords(kind)
	if len(rows) == 0 {
		return failf(total.line, "the table %s has no rows", name)
	}
	seen := map[string]int{}
	columns := map[string]int{}
	grand := 0
	for i, row := range rows {
		where := fmt.Sprintf("%s, row %d (%q)", name, i+1, row.PublishedName)
		if countries.Name(row.Country, "en") == "" {
			return failf(row.line, "%s: unknown country code %q", where, row.Country)
		}
		if j, dup := seen[row.Country]; dup && !row.CountryUncertain && !rows[j].CountryUncertain {
			return failf(row.line, "%s: %s is also row %d (%q)", where, row.Country, j+1, rows[j].PublishedName)
		}
		seen[row.Country] = i
		if err := checkCounts(row.Counts, row.Total, r.Categories, row.line, where, cats); err != nil {
			return err
		}
		for id, n := range row.Counts {
			columns[id] += n
		}
		grand += row.Total
	}
	where := name + ", total row"
	if err := checkCounts(total.Counts, total.Total, r.Categories, total.line, where, cats); err != nil {
		return err
	}
	for _, id := range r.Categories {
		if columns[id] != total.Counts[id] {
			return failf(total.line, "%s: the column %s adds up to %d but the total row says %d (a row missing, or a cell in the wrong column?)", name, cats.columnWords(id), columns[id], total.Counts[id])
		}
	}
	if grand != total.Total {
		return failf(total.line, "%s: the row totals add up to %d but the total row says %d", name, grand, total.Total)
	}
	if total.Total != r.YTDTotal {
		return failf(total.line, "%s: the table's total %d is not the so-far-this-year total %d", name, total.Total, r.YTDTotal)
	}
	return nil
}

func checkCounts(counts map[string]int, total int, categories []string, line int, where string, cats *Categories) *Error {
	if len(counts) != len(categories) {
		return failf(line, "%s: %d counts for %d categories", where, len(counts), len(categories))
	}
	sum := 0
	for _, id := range categories {
		n, ok := counts[id]
		if !ok || n < 0 {
			return failf(line, "%s: count for %s missing or negative", where, cats.columnWords(id))
		}
		sum += n
	}
	if sum != total {
		return failf(line, "%s: the categories add up to %d but the total is %d (compare the row with the report: a misread or missing cell?)", where, sum, total)
	}
	return nil
}
