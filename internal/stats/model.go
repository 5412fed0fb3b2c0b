// Package stats imports the police's monthly return statistics, checks them
// against their own totals and serves the imported months from memory.
//
// A month is a Report. Its JSON form (content/stats/YYYY-MM.json) uses the
// field names of the public API object, so the API can serve it as is.
package stats

// Report is one month's statistics as published. Pointer fields are null in
// JSON when the report does not give the figure; nothing is derived or guessed.
type Report struct {
	Period               string   `json:"period"`          // "2025-05"
	SourceLanguage       string   `json:"source_language"` // the report's language: "en", "nb"
	ReturnedInMonth      *int     `json:"returned_in_month"`
	ConvictedInMonth     *int     `json:"convicted_in_month"`
	YTDTotal             int      `json:"ytd_total"`
	PreviousYTDTotal     *int     `json:"previous_ytd_total"`
	ChangePercent        *float64 `json:"change_percent"`
	ConvictedYTD         *int     `json:"convicted_ytd"`
	ConvictedPreviousYTD *int     `json:"convicted_previous_ytd"`
	MinorsInMonth        *int     `json:"minors_in_month"`
	CharterFlightsYTD    *int     `json:"charter_flights_ytd"`
	Categories           []string `json:"categories"` // category IDs in the report's column order
	ByNationality        []Row    `json:"by_nationality"`
	ByDestination        []Row    `json:"by_destination"`

	// Beyond the API contract: what else the report gives.
	AsAt                         string        `json:"as_at"`          // date of ytd_total, "2023-11-30"
	PreviousAsAt                 string        `json:"previous_as_at"` // date of previous_ytd_total, "" if not given
	ConvictedSharePercent        *float64      `json:"convicted_share_percent"`
	ConvictedInMonthPreviousYear *int          `json:"convicted_in_month_previous_year"`
	ConvictedTopNationalities    []Nationality `json:"convicted_top_nationalities"`
	UnaccompaniedMinorsInMonth   *int          `json:"unaccompanied_minors_in_month"`
	CharterFlightsInMonth        *int          `json:"charter_flights_in_month"`
	NationalityTotal             Totals        `json:"nationality_total"` // the table's Total/Sum row
	DestinationTotal             Totals        `json:"destination_total"`
	SourceFile                   string        `json:"source_file"` // file name under content/stats/reports/
	Layout                       string        `json:"layout"`
	ReadingNotes                 []string      `json:"reading_notes,omitempty"` // how odd cells were read, for maintainers
	// NotRecognised lists the narrative figures (by JSON field name, e.g.
	// "minors_in_month") that this layout carries but the import could not
	// read and was told to accept (-accept-unrecognised). Those fields are
	// null: pages show "not read from the report", never "not given".
	NotRecognised []string `json:"not_recognised,omitempty"`

	readings []Reading // what the import read; not kept in JSON
}

// Row is one country's line in a table.
type Row struct {
	// Country is an ISO 3166-1 alpha-2 code, XK, YU, "stateless" or "unknown".
	Country       string         `json:"country"`
	NameEN        string         `json:"name_en"`
	NameNB        string         `json:"name_nb"`
	PublishedName string         `json:"published_name"` // as printed, wrapped lines joined
	Counts        map[string]int `json:"counts"`         // category ID → count; an empty cell is 0
	Total         int            `json:"total"`
	// CountryUncertain marks a published name that can mean more than one
	// country (English "Congo"): Country is the likeliest reading, the
	// candidates are listed, and name_en/name_nb keep the published name.
	CountryUncertain  bool     `json:"country_uncertain,omitempty"`
	CountryCandidates []string `json:"country_candidates,omitempty"`
	// CountryNote argues the reading chosen for an uncertain name, in
	// English (from content/stats/country_aliases.toml); downloads can
	// show it as a column.
	CountryNote string `json:"country_note,omitempty"`

	line int // source line, for error messages; 0 when loaded from JSON
}

// Totals is a table's total row.
type Totals struct {
	Counts map[string]int `json:"counts"`
	Total  int            `json:"total"`
	line   int
}

// Nationality is one of the most common nationalities among convicted
// offenders so far this year, as the narrative names it.
type Nationality struct {
	Country       string   `json:"country"` // "" if the name is not one the table knows
	PublishedName string   `json:"published_name"`
	SharePercent  *float64 `json:"share_percent"`
}

// Table names, as used in errors and by Report.Table.
const (
	TableNationality = "by_nationality"
	TableDestination = "by_destination"
)

// Table returns the rows of the named table (TableNationality or TableDestination).
func (r *Report) Table(name string) []Row {
	switch name {
	case TableNationality:
		return r.ByNationality
	case TableDestination:
		return r.ByDestination
	}
	return nil
}
