package stats

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// Narrative figures, by their JSON field names. These names are also the
// entries of Report.NotRecognised.
const (
	FigReturnedInMonth          = "returned_in_month"
	FigConvictedInMonth         = "convicted_in_month"
	FigPreviousYTDTotal         = "previous_ytd_total"
	FigChangePercent            = "change_percent"
	FigConvictedSharePercent    = "convicted_share_percent"
	FigConvictedYTD             = "convicted_ytd"
	FigConvictedPreviousYTD     = "convicted_previous_ytd"
	FigConvictedPrevYearMonth   = "convicted_in_month_previous_year"
	FigConvictedTop             = "convicted_top_nationalities"
	FigMinorsInMonth            = "minors_in_month"
	FigUnaccompaniedMinors      = "unaccompanied_minors_in_month"
	FigCharterFlightsYTD        = "charter_flights_ytd"
	FigCharterFlightsInMonth    = "charter_flights_in_month"
	figYTDTotal                 = "ytd_total"
	figAsAt, figPreviousAsAt    = "as_at", "previous_as_at"
	figAccompaniedMinorsInMonth = "accompanied_minors_in_month" // read only to cross-check
)

// figureLabels name each figure in the import's messages and print-out.
var figureLabels = map[string]string{
	FigReturnedInMonth:          "persons returned in the month",
	FigConvictedInMonth:         "convicted offenders returned in the month",
	figYTDTotal:                 "persons returned so far this year",
	figAsAt:                     "date of the so-far-this-year total",
	FigPreviousYTDTotal:         "persons returned in the same period last year",
	figPreviousAsAt:             "date of last year's total",
	FigChangePercent:            "change in percent",
	FigConvictedSharePercent:    "convicted offenders' share of the month's returns (%)",
	FigConvictedYTD:             "convicted offenders returned so far this year",
	FigConvictedPreviousYTD:     "convicted offenders returned in the same period last year",
	FigConvictedPrevYearMonth:   "convicted offenders returned in the same month last year",
	FigConvictedTop:             "most common nationalities among convicted offenders",
	FigMinorsInMonth:            "minors returned in the month",
	FigUnaccompaniedMinors:      "unaccompanied minors among them",
	figAccompaniedMinorsInMonth: "minors who travelled with family",
	FigCharterFlightsYTD:        "chartered flights so far this year",
	FigCharterFlightsInMonth:    "chartered flights in the month",
}

// allFigures are the narrative figures, in the JSON's order.
var allFigures = []string{FigReturnedInMonth, FigConvictedInMonth, FigPreviousYTDTotal, FigChangePercent,
	FigConvictedYTD, FigConvictedPreviousYTD, FigMinorsInMonth, FigCharterFlightsYTD, FigConvictedSharePercent,
	FigConvictedPrevYearMonth, FigConvictedTop, FigUnaccompaniedMinors, FigCharterFlightsInMonth}

// FigureLabel is a figure's name in words (English), "" if unknown.
func FigureLabel(key string) string { return figureLabels[key] }

// carried lists the narrative figures each known layout carries: the
// importer stops when one of them is not found, unless told to accept the
// month with that figure marked not recognised.
func carried(lang, layout string) []string {
	common := []string{FigReturnedInMonth, FigConvictedInMonth, FigPreviousYTDTotal, FigChangePercent,
		FigConvictedSharePercent, FigConvictedTop, FigMinorsInMonth, FigUnaccompaniedMinors,
		FigCharterFlightsYTD, FigCharterFlightsInMonth}
	switch {
	case lang == "en" && layout == LayoutMarkdownTabs: // January 2023
		return append(common, FigConvictedPrevYearMonth)
	default: // June 2022, November 2023, May 2025
		return append(common, FigConvictedYTD, FigConvictedPreviousYTD)
	}
}

// Reading is one figure the import read, for the operator to check.
type Reading struct {
	Label string // in words
	Value string // as read, after separators were removed
	Line  int    // source line, 0 if not on one line
}

// Readings are the figures the import read from the report's text, in the
// order read, then the tables' totals. Empty for a report loaded from JSON.
func (r *Report) Readings() []Reading { return r.readings }

func (r *Report) read(key string, value any, line int) {
	var v string
	switch x := value.(type) {
	case *int:
		v = strconv.Itoa(*x)
	case *float64:
		v = strconv.FormatFloat(*x, 'f', -1, 64)
	case int:
		v = strconv.Itoa(x)
	default:
		v = fmt.Sprint(x)
	}
	label := figureLabels[key]
	if label == "" {
		label = key
	}
	r.readings = append(r.readings, Reading{Label: label, Value: v, Line: line})
}

// Recognised reports whether the import read the figure: false only for a
// figure the layout carries that the import could not read and was told to
// accept (pages say "not read from the report", not "not given").
func (r *Report) Recognised(key string) bool { return !slices.Contains(r.NotRecognised, key) }

// has reports whether the report holds a value for a narrative figure.
func (r *Report) has(key string) bool {
	switch key {
	case FigReturnedInMonth:
		return r.ReturnedInMonth != nil
	case FigConvictedInMonth:
		return r.ConvictedInMonth != nil
	case FigPreviousYTDTotal:
		return r.PreviousYTDTotal != nil
	case FigChangePercent:
		return r.ChangePercent != nil
	case FigConvictedSharePercent:
		return r.ConvictedSharePercent != nil
	case FigConvictedYTD:
		return r.ConvictedYTD != nil
	case FigConvictedPreviousYTD:
		return r.ConvictedPreviousYTD != nil
	case FigConvictedPrevYearMonth:
		return r.ConvictedInMonthPreviousYear != nil
	case FigConvictedTop:
		return len(r.ConvictedTopNationalities) > 0
	case FigMinorsInMonth:
		return r.MinorsInMonth != nil
	case FigUnaccompaniedMinors:
		return r.UnaccompaniedMinorsInMonth != nil
	case FigCharterFlightsYTD:
		return r.CharterFlightsYTD != nil
	case FigCharterFlightsInMonth:
		return r.CharterFlightsInMonth != nil
	}
	return false
}

// isFigure reports whether key names a narrative figure that can be marked
// not recognised.
func isFigure(key string) bool {
	return key != figYTDTotal && key != figAsAt && key != figPreviousAsAt &&
		key != figAccompaniedMinorsInMonth && figureLabels[key] != ""
}

// missingFigure is the message for an expected figure not found.
func missingFigure(lang *reportLanguage, layout, key string) string {
	example := lang.sentences[key]
	if s, ok := lang.layoutSentences[layout][key]; ok {
		example = s
	}
	return fmt.Sprintf("no sentence giving the %s was recognised; reports in this layout have one like %q. "+
		"If the report words it differently, add the wording to internal/stats/language.go; "+
		"to import the month without this figure, run the import again with -accept-unrecognised "+
		"(the pages will then say the figure was not read from the report)",
		strings.TrimPrefix(figureLabels[key], "the "), example)
}
