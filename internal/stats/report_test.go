package stats

import (
	"slices"
	"strings"
	"testing"
)

// headline is what the opening text and the comparison box of each report say.
type headline struct {
	lang, layout                     string
	returned, convicted              *int
	ytd                              int
	prevYTD                          *int
	change                           float64
	asAt, prevAsAt                   string
	convictedYTD, convictedPrevYTD   *int
	convictedShare                   float64
	minors, unaccompanied            *int
	charterYTD, charterMonth         *int
	categories                       []string
	top                              []string
	topShares                        []float64 // 0 where the report gives no share
	nationalityRows, destinationRows int
}

var headlines = map[string]headline{
	"2022-06": {"en", LayoutPDFText, intp(175), intp(55), 1089, intp(10441), -89.6, "2022-06-30", "2021-06-30",
		intp(289), intp(1160), 31, intp(7), intp(0), intp(0), intp(0),
		[]string{"asylum", "refused_entry", "dublin", "expulsion"},
		[]string{"RO", "PL", "LT"}, []float64{19, 14, 12}, 112, 93},
	"2023-01": {"en", LayoutMarkdownTabs, intp(203), intp(51), 203, intp(254), -20, "2023-01-31", "2022-01-31",
		nil, nil, 25, intp(11), intp(0), intp(0), intp(0),
		[]string{"asylum", "refused_entry", "dublin", "expulsion"},
		[]string{"PL", "RO"}, []float64{0, 0}, 55, 48},
	"2023-11": {"nb", LayoutPDFText, intp(185), intp(46), 2151, intp(2501), -14, "2023-11-30", "2022-11-30",
		intp(583), intp(588), 25, intp(28), intp(0), intp(4), intp(2),
		[]string{"asylum", "refused_entry", "dublin", "expulsion"},
		[]string{"RO", "PL", "LT"}, []float64{15, 12, 9}, 128, 113},
	"2025-05": {"en", LayoutTabSeparated, intp(216), intp(59), 977, intp(1046), -7, "2025-05-31", "2024-05-31",
		intp(304), intp(292), 27, intp(22), intp(1), intp(2), intp(1),
		[]string{"asylum", "dublin", "international_protection", "refused_entry", "expulsion"},
		[]string{"RO", "LT", "PL"}, []float64{22, 9, 9}, 109, 93},
}

func eqInt(a, b *int) bool { return (a == nil && b == nil) || (a != nil && b != nil && *a == *b) }

func TestEveryReportImportsWithItsHeadlineFigures(t *testing.T) {
	for _, p := range periods {
		t.Run(p, func(t *testing.T) {
			r := parseText(t, p, reportText(t, p))
			h := headlines[p]
			if r.Period != p || r.SourceLanguage != h.lang || r.Layout != h.layout || r.SourceFile != p+".txt" {
				t.Errorf("period %s, language %s, layout %s, file %s", r.Period, r.SourceLanguage, r.Layout, r.SourceFile)
			}
			ints := []struct {
				name      string
				got, want *int
			}{
				{"returned_in_month", r.ReturnedInMonth, h.returned},
				{"convicted_in_month", r.ConvictedInMonth, h.convicted},
				{"ytd_total", &r.YTDTotal, &h.ytd},
				{"previous_ytd_total", r.PreviousYTDTotal, h.prevYTD},
				{"convicted_ytd", r.ConvictedYTD, h.convictedYTD},
				{"convicted_previous_ytd", r.ConvictedPreviousYTD, h.convictedPrevYTD},
				{"minors_in_month", r.MinorsInMonth, h.minors},
				{"unaccompanied_minors_in_month", r.UnaccompaniedMinorsInMonth, h.unaccompanied},
				{"charter_flights_ytd", r.CharterFlightsYTD, h.charterYTD},
				{"charter_flights_in_month", r.CharterFlightsInMonth, h.charterMonth},
			}
			for _, c := range ints {
				if !eqInt(c.got, c.want) {
					t.Errorf("%s = %v; want %v", c.name, deref(c.got), deref(c.want))
				}
			}
			if r.ChangePercent == nil || *r.ChangePercent != h.change {
				t.Errorf("change_percent = %v; want %v", r.ChangePercent, h.change)
			}
			if r.ConvictedSharePercent == nil || *r.ConvictedSharePercent != h.convictedShare {
				t.Errorf("convicted_share_percent = %v; want %v", r.ConvictedSharePercent, h.convictedShare)
			}
			if r.AsAt != h.asAt || r.PreviousAsAt != h.prevAsAt {
				t.Errorf("as_at %s, previous_as_at %s", r.AsAt, r.PreviousAsAt)
			}
			if !slices.Equal(r.Categories, h.categories) {
				t.Errorf("categories %v; want %v", r.Categories, h.categories)
			}
			var top []string
			for i, n := range r.ConvictedTopNationalities {
				top = append(top, n.Country)
				share := 0.0
				if n.SharePercent != nil {
					share = *n.SharePercent
				}
				if i < len(h.topShares) && share != h.topShares[i] {
					t.Errorf("share of %s = %v; want %v", n.PublishedName, share, h.topShares[i])
				}
			}
			if !slices.Equal(top, h.top) {
				t.Errorf("top nationalities %v; want %v", top, h.top)
			}
			if len(r.ByNationality) != h.nationalityRows || len(r.ByDestination) != h.destinationRows {
				t.Errorf("%d nationality rows, %d destination rows; want %d, %d",
					len(r.ByNationality), len(r.ByDestination), h.nationalityRows, h.destinationRows)
			}
			// Both total rows reproduce the so-far-this-year total.
			if r.NationalityTotal.Total != h.ytd || r.DestinationTotal.Total != h.ytd {
				t.Errorf("table totals %d and %d; want %d", r.NationalityTotal.Total, r.DestinationTotal.Total, h.ytd)
			}
		})
	}
}

func deref(p *int) any {
	if p == nil {
		return nil
	}
	return *p
}

func TestTotalRowsAsPublished(t *testing.T) {
	want := map[string]map[string]int{
		"2022-06": {"asylum": 72, "refused_entry": 515, "dublin": 126, "expulsion": 376},
		"2023-01": {"asylum": 12, "refused_entry": 85, "dublin": 45, "expulsion": 61},
		"2023-11": {"asylum": 194, "refused_entry": 707, "dublin": 605, "expulsion": 645},
		"2025-05": {"asylum": 118, "dublin": 239, "international_protection": 58, "refused_entry": 245, "expulsion": 317},
	}
	for _, p := range periods {
		r := parseText(t, p, reportText(t, p))
		for _, tot := range []Totals{r.NationalityTotal, r.DestinationTotal} {
			for id, n := range want[p] {
				if tot.Counts[id] != n {
					t.Errorf("%s total %s = %d; want %d", p, id, tot.Counts[id], n)
				}
			}
		}
	}
}

// cellCase is one row of a table, read by hand from the report's text.
type cellCase struct {
	table, published, country string
	counts                    map[string]int // categories not listed must be 0
	total                     int
}

var handPicked = map[string][]cellCase{
	"2022-06": {
		// "Afghanistan   6 17 4 27": the first cell (asylum) is empty.
		{TableNationality, "Afghanistan", "AF", map[string]int{"refused_entry": 6, "dublin": 17, "expulsion": 4}, 27},
		// "Bosnia-" / "Herzegovina 1 2.   4 7": the stray "2." is 2 refused, Dublin empty.
		{TableNationality, "Bosnia-Herzegovina", "BA", map[string]int{"asylum": 1, "refused_entry": 2, "expulsion": 4}, 7},
		{TableNationality, "The Philippines", "PH", map[string]int{"refused_entry": 3, "expulsion": 16}, 19},
		{TableNationality, "Republic of the Congo", "CG", map[string]int{"refused_entry": 1, "dublin": 4}, 5},
		{TableNationality, "Costa Rica", "CR", map[string]int{"expulsion": 1}, 1},
		{TableNationality, "Yugoslavia", "YU", map[string]int{"expulsion": 1}, 1},
		{TableNationality, "Stateless", "stateless", map[string]int{"refused_entry": 9, "dublin": 3, "expulsion": 6}, 18},
		{TableNationality, "The United Kingdom", "GB", map[string]int{"refused_entry": 36, "expulsion": 5}, 41},
		{TableNationality, "Saint Kitts and Nevis", "KN", map[string]int{"refused_entry": 1}, 1},
		// First row after a repeated page header.
		{TableNationality, "Venezuela", "VE", map[string]int{"asylum": 9, "refused_entry": 2, "expulsion": 1}, 12},
		{TableDestination, "Sweden", "SE", map[string]int{"refused_entry": 84, "dublin": 16, "expulsion": 21}, 121},
		{TableDestination, "United Arab Emirates", "AE", map[string]int{"refused_entry": 1}, 1},
		{TableDestination, "Austria", "AT", map[string]int{"refused_entry": 3, "dublin": 10, "expulsion": 2}, 15},
	},
	"2023-01": {
		{TableNationality, "Afghanistan", "AF", map[string]int{"refused_entry": 7, "dublin": 9, "expulsion": 2}, 18},
		{TableNationality, "Colombia", "CO", map[string]int{"asylum": 4, "expulsion": 2}, 6},
		{TableNationality, "The Philippines", "PH", map[string]int{"refused_entry": 1, "expulsion": 2}, 3},
		{TableNationality, "Republic of the Congo", "CG", map[string]int{"asylum": 2, "refused_entry": 1}, 3},
		{TableNationality, "Türkiye", "TR", map[string]int{"refused_entry": 7, "expulsion": 1}, 8},
		{TableNationality, "United States", "US", map[string]int{"refused_entry": 3}, 3},
		{TableNationality, "Stateless", "stateless", map[string]int{"refused_entry": 1, "dublin": 1, "expulsion": 4}, 6},
		{TableNationality, "Poland", "PL", map[string]int{"refused_entry": 8, "expulsion": 2}, 10},
		{TableDestination, "Sweden", "SE", map[string]int{"refused_entry": 23, "dublin": 4, "expulsion": 8}, 35},
		// After a blank line the rows lose their <b> totals.
		{TableDestination, "Ghana", "GH", map[string]int{"expulsion": 1}, 1},
		{TableDestination, "Palestine", "PS", map[string]int{"refused_entry": 1}, 1},
		{TableDestination, "Hong Kong", "HK", map[string]int{"refused_entry": 1}, 1},
		{TableDestination, "Austria", "AT", map[string]int{"dublin": 2}, 2},
	},
	"2023-11": {
		{TableNationality, "Afghanistan", "AF", map[string]int{"refused_entry": 19, "dublin": 37, "expulsion": 8}, 64},
		// "Bosnia-" / "Hercegovina": the hyphen belongs to the name.
		{TableNationality, "Bosnia-Hercegovina", "BA", map[string]int{"expulsion": 4}, 4},
		// Three lines of name, a blank line, then "  3   2 5".
		{TableNationality, "Den dominikanske republikk", "DO", map[string]int{"refused_entry": 3, "expulsion": 2}, 5},
		// "Elfenbens-" / "kysten": a word broken by hyphenation.
		{TableNationality, "Elfenbenskysten", "CI", map[string]int{"asylum": 1}, 1},
		{TableNationality, "Kongo", "CD", map[string]int{"asylum": 2, "refused_entry": 7, "dublin": 7}, 16},
		{TableNationality, "Kongo-Brazzaville", "CG", map[string]int{"dublin": 1}, 1},
		{TableNationality, "Statsløs", "stateless", map[string]int{"asylum": 1, "refused_entry": 4, "dublin": 6, "expulsion": 19}, 30},
		{TableNationality, "Ukraina", "UA", map[string]int{"refused_entry": 42, "dublin": 194, "expulsion": 6}, 242},
		{TableNationality, "Storbritannia", "GB", map[string]int{"asylum": 2, "refused_entry": 47, "expulsion": 35}, 84},
		{TableNationality, "Nord-Makedonia", "MK", map[string]int{"refused_entry": 2, "expulsion": 7}, 9},
		{TableDestination, "De forente arabiske emirater", "AE", map[string]int{"expulsion": 1}, 1},
		{TableDestination, "Svalbard og Jan Mayen", "SJ", map[string]int{"refused_entry": 2}, 2},
		{TableDestination, "Grønland", "GL", map[string]int{"refused_entry": 2}, 2},
		{TableDestination, "Østerrike", "AT", map[string]int{"refused_entry": 1, "dublin": 32, "expulsion": 1}, 34},
	},
	"2025-05": {
		{TableNationality, "Afghanistan", "AF", map[string]int{"dublin": 13, "international_protection": 16, "expulsion": 2}, 31},
		{TableNationality, "Congo", "CD", map[string]int{"dublin": 2, "refused_entry": 2}, 4},
		{TableNationality, "Ivory Coast", "CI", map[string]int{"dublin": 1}, 1},
		{TableNationality, "Syria", "SY", map[string]int{"asylum": 14, "dublin": 21, "international_protection": 20, "refused_entry": 1, "expulsion": 3}, 59},
		{TableNationality, "Ukraine", "UA", map[string]int{"asylum": 4, "dublin": 66, "international_protection": 1, "refused_entry": 7, "expulsion": 3}, 81},
		{TableNationality, "United Kingdom", "GB", map[string]int{"refused_entry": 58, "expulsion": 18}, 76},
		{TableNationality, "Stateless", "stateless", map[string]int{"asylum": 1, "dublin": 3, "refused_entry": 2, "expulsion": 3}, 9},
		{TableNationality, "Bosnia and Herzegovina", "BA", map[string]int{"asylum": 1, "expulsion": 2}, 3},
		{TableNationality, "Palestine", "PS", map[string]int{"dublin": 17, "international_protection": 4}, 21},
		{TableDestination, "Greece", "GR", map[string]int{"international_protection": 35, "expulsion": 3}, 38},
		{TableDestination, "Germany", "DE", map[string]int{"dublin": 55, "international_protection": 13, "refused_entry": 3, "expulsion": 12}, 83},
		{TableDestination, "Czech Republic", "CZ", map[string]int{"dublin": 6, "refused_entry": 2}, 8},
		{TableDestination, "Austria", "AT", map[string]int{"dublin": 4, "international_protection": 1}, 5},
	},
}

func TestHandPickedCells(t *testing.T) {
	for _, p := range periods {
		r := parseText(t, p, reportText(t, p))
		if len(handPicked[p]) < 12 {
			t.Errorf("%s: only %d hand-picked rows", p, len(handPicked[p]))
		}
		for _, c := range handPicked[p] {
			row := findRow(t, r.Table(c.table), c.published)
			if row.Country != c.country || row.Total != c.total {
				t.Errorf("%s %s %q: country %s total %d; want %s %d", p, c.table, c.published, row.Country, row.Total, c.country, c.total)
			}
			for _, id := range r.Categories {
				if row.Counts[id] != c.counts[id] {
					t.Errorf("%s %s %q %s = %d; want %d", p, c.table, c.published, id, row.Counts[id], c.counts[id])
				}
			}
		}
	}
}

func TestCountryNamesInBothLanguages(t *testing.T) {
	r := parseText(t, "2022-06", reportText(t, "2022-06"))
	row := findRow(t, r.ByNationality, "The United Kingdom")
	if row.NameEN != "United Kingdom" || row.NameNB != "Storbritannia" {
		t.Errorf("GB names %q / %q", row.NameEN, row.NameNB)
	}
	nb := parseText(t, "2023-11", reportText(t, "2023-11"))
	row = findRow(t, nb.ByDestination, "Østerrike")
	if row.NameEN != "Austria" || row.NameNB != "Østerrike" {
		t.Errorf("AT names %q / %q", row.NameEN, row.NameNB)
	}
}

func TestUncertainCongoKeepsPublishedName(t *testing.T) {
	r := parseText(t, "2025-05", reportText(t, "2025-05"))
	row := findRow(t, r.ByNationality, "Congo")
	if !row.CountryUncertain || !slices.Equal(row.CountryCandidates, []string{"CD", "CG"}) ||
		row.NameEN != "Congo" || row.NameNB != "Congo" || !strings.Contains(row.CountryNote, "Read as CD") {
		t.Errorf("Congo row %+v; want uncertain, candidates CD CG, published name kept, the reading argued", row)
	}
	for _, rows := range [][]Row{r.ByNationality, r.ByDestination} {
		for _, other := range rows {
			if other.PublishedName != "Congo" && other.CountryUncertain {
				t.Errorf("%q marked uncertain", other.PublishedName)
			}
		}
	}
}

func TestStrayFullStopIsNoted(t *testing.T) {
	text := reportText(t, "2022-06")
	r := parseText(t, "2022-06", text)
	line := lineOf(t, text, "Herzegovina 1 2.")
	if len(r.ReadingNotes) != 1 || !containsAll(r.ReadingNotes[0], "line "+itoa(line), `"2."`, "refused_entry") {
		t.Errorf("reading notes %q; want one about line %d", r.ReadingNotes, line)
	}
	for _, p := range periods[1:] {
		if r := parseText(t, p, reportText(t, p)); len(r.ReadingNotes) != 0 {
			t.Errorf("%s: unexpected reading notes %q", p, r.ReadingNotes)
		}
	}
}
