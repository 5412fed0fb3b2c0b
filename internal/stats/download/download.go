// Package download writes the imported statistics as files people open in
// spreadsheets and tools: one long CSV of every month with its CSVW
// description, and Excel workbooks in each language. Figures are written as
// published; nothing is summed or derived.
package download

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strconv"

	"returninfo/internal/stats"
)

// LongColumns are the long CSV's columns: one row per month, table, country
// and category. Counts are year to date, to as_at, as the tables print them.
var LongColumns = []Column{
	{"period", "Period", "Periode", "The report's month (YYYY-MM).", "gYearMonth"},
	{"as_at", "As at", "Per", "The date the year-to-date counts run to.", "date"},
	{"table", "Table", "Tabell", "by_nationality (the person's nationality) or by_destination (the country returned to).", "string"},
	{"country", "Country code", "Landkode", "ISO 3166-1 alpha-2 code, XK, YU, stateless or unknown.", "string"},
	{"published_name", "Name as published", "Navn slik det er publisert", "The country exactly as the report prints it.", "string"},
	{"name_en", "Name in English", "Navn på engelsk", "The country's name in English (CLDR).", "string"},
	{"name_nb", "Name in Norwegian", "Navn på norsk", "The country's name in Norwegian Bokmål (CLDR).", "string"},
	{"category", "Category", "Kategori", "Return category ID: asylum, dublin, international_protection, refused_entry, expulsion.", "string"},
	{"count", "Count", "Antall", "Forced returns so far in the year, as published.", "integer"},
	{"uncertain", "Country uncertain", "Usikkert land", "true when the published name can mean more than one country (English \"Congo\"): country is the likeliest reading.", "boolean"},
	{"country_note", "Note on the country", "Merknad om landet", "For an uncertain name: the argument for the reading in country, and what else the name can mean (in English); empty otherwise.", "string"},
}

// Column is one column of the long table, with its titles in English and
// Norwegian, a description and its XML Schema datatype (for CSVW).
type Column struct {
	Name, TitleEN, TitleNB, Description, Datatype string
}

// Title is the column's title in lang (Norwegian for nb, else English).
func (c Column) Title(lang string) string {
	if lang == "nb" {
		return c.TitleNB
	}
	return c.TitleEN
}

// LongRows are the long table's rows, oldest month first, each table's
// rows in the report's order, categories in the report's column order.
func LongRows(reports []*stats.Report) [][]string {
	var rows [][]string
	for i := len(reports) - 1; i >= 0; i-- { // reports come newest first
		r := reports[i]
		for _, table := range []string{stats.TableNationality, stats.TableDestination} {
			for _, row := range r.Table(table) {
				for _, cat := range r.Categories {
					rows = append(rows, []string{
						r.Period, r.AsAt, table, row.Country, row.PublishedName, row.NameEN, row.NameNB,
						cat, strconv.Itoa(row.Counts[cat]), strconv.FormatBool(row.CountryUncertain), row.CountryNote,
					})
				}
			}
		}
	}
	return rows
}

// utf8BOM makes spreadsheets set to a Norwegian locale read UTF-8.
const utf8BOM = "\ufeff"

// LongCSV is every month in one CSV, with a byte-order mark.
func LongCSV(reports []*stats.Report) []byte {
	var buf bytes.Buffer
	buf.WriteString(utf8BOM)
	w := csv.NewWriter(&buf)
	header := make([]string, len(LongColumns))
	for i, c := range LongColumns {
		header[i] = c.Name
	}
	_ = w.Write(header) // a bytes.Buffer does not fail
	_ = w.WriteAll(LongRows(reports))
	return buf.Bytes()
}

// CSVW is the W3C "CSV on the Web" description of the long CSV at csvURL
// (relative to the metadata file), with column titles in both languages.
func CSVW(csvURL string) []byte {
	type title map[string]string
	type column struct {
		Name        string `json:"name"`
		Titles      title  `json:"titles"`
		Description string `json:"dc:description"`
		Datatype    string `json:"datatype"`
		Required    bool   `json:"required"`
	}
	var cols []column
	for _, c := range LongColumns {
		cols = append(cols, column{c.Name, title{"en": c.TitleEN, "nb": c.TitleNB}, c.Description, c.Datatype, c.Name != "as_at" && c.Name != "country_note"})
	}
	doc := map[string]any{
		"@context":       "http://www.w3.org/ns/csvw",
		"url":            csvURL,
		"dc:title":       title{"en": "Forced returns from Norway, every imported month", "nb": "Uttransporteringer fra Norge, alle innlagte måneder"},
		"dc:source":      "https://www.politiet.no/",
		"dc:publisher":   "Politiet (the Norwegian Police)",
		"dc:description": "The police's monthly statistics on forced returns, as published: year-to-date counts by nationality and by destination, per return category. Assisted returns are not included. To cite: the Norwegian Police, monthly statistics on forced returns, politiet.no.",
		"dialect":        map[string]any{"header": true, "encoding": "utf-8"},
		"tableSchema": map[string]any{
			"columns":    cols,
			"primaryKey": []string{"period", "table", "country", "published_name", "category"},
		},
	}
	b, err := json.MarshalIndent(doc, "", "  ")
	if err != nil {
		panic(err) // maps and strings: cannot fail
	}
	return b
}
