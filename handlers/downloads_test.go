package handlers_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// The long CSV has every month, table, country and category; its counts
// add up to each report's own totals; its CSVW description names every
// column in both languages.
func TestLongCSVHasEveryMonthAndAddsUp(t *testing.T) {
	s, _ := newTestServer(t)
	app := s.NewApp()
	resp, body := get(t, app, "/api/v1/stats/all.csv")
	if resp.StatusCode != 200 || !strings.HasPrefix(body, "\ufeff") {
		t.Fatalf("all.csv: %d, BOM %v", resp.StatusCode, strings.HasPrefix(body, "\ufeff"))
	}
	recs, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(body, "\ufeff"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	header := strings.Join(recs[0], ",")
	if header != "period,as_at,table,country,published_name,name_en,name_nb,category,count,uncertain,country_note" {
		t.Fatalf("header %s", header)
	}
	sums := map[string]int{} // period/table → sum
	congo := false
	for _, rec := range recs[1:] {
		n, err := strconv.Atoi(rec[8])
		if err != nil {
			t.Fatalf("count %q", rec[8])
		}
		sums[rec[0]+"/"+rec[2]] += n
		if rec[9] == "true" {
			// The reading chosen is argued in the data, not a silent default.
			congo = strings.Contains(rec[10], "Read as "+rec[3])
		}
	}
	for _, r := range s.Stats.Reports() {
		for table, want := range map[string]int{"by_nationality": r.NationalityTotal.Total, "by_destination": r.DestinationTotal.Total} {
			if got := sums[r.Period+"/"+table]; got != want {
				t.Errorf("%s %s: counts add up to %d, the report's total is %d", r.Period, table, got, want)
			}
		}
	}
	if !congo {
		t.Error("no row keeps the uncertainty of an ambiguous name (English Congo)")
	}
	_, meta := get(t, app, "/api/v1/stats/all.csv-metadata.json")
	var doc struct {
		URL         string `json:"url"`
		TableSchema struct {
			Columns []struct {
				Name   string            `json:"name"`
				Titles map[string]string `json:"titles"`
			} `json:"columns"`
		} `json:"tableSchema"`
	}
	if err := json.Unmarshal([]byte(meta), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.URL != "all.csv" || len(doc.TableSchema.Columns) != len(recs[0]) {
		t.Fatalf("CSVW: url %q, %d columns for %d", doc.URL, len(doc.TableSchema.Columns), len(recs[0]))
	}
	for i, c := range doc.TableSchema.Columns {
		if c.Name != recs[0][i] || c.Titles["en"] == "" || c.Titles["nb"] == "" {
			t.Errorf("CSVW column %d: %+v, CSV says %q", i, c, recs[0][i])
		}
	}
}

// The workbooks open with the same library that wrote them: the numbers
// are numbers, æøå survive, the sheets are named in the file's language,
// and each month's sheet ends with the report's total row.
func TestWorkbooksReadBack(t *testing.T) {
	s, _ := newTestServer(t)
	app := s.NewApp()
	open := func(path string) *excelize.File {
		t.Helper()
		resp, body := get(t, app, path)
		if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" {
			t.Fatalf("%s: %d %s", path, resp.StatusCode, resp.Header.Get("Content-Type"))
		}
		f, err := excelize.OpenReader(bytes.NewReader([]byte(body)))
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		t.Cleanup(func() { f.Close() })
		return f
	}
	nb := open("/api/v1/stats/2023-11/returns-nb.xlsx")
	if got := nb.GetSheetList(); strings.Join(got, "|") != "Etter nasjonalitet|Etter destinasjon|Om tallene" {
		t.Errorf("nb sheets %v", got)
	}
	rows, err := nb.GetRows("Etter destinasjon")
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, row := range rows {
		if len(row) > 0 && row[0] == "Østerrike" {
			found = true
		}
	}
	if !found {
		t.Error("the Norwegian workbook lacks Østerrike: æøå lost?")
	}
	last := rows[len(rows)-1]
	if last[0] == "" || last[2] != "" || last[3] != "2151" {
		t.Errorf("last row %q, want the total row with 2151", last)
	}
	if typ, _ := nb.GetCellType("Etter destinasjon", "D2"); typ != excelize.CellTypeNumber && typ != excelize.CellTypeUnset {
		t.Errorf("counts are stored as %v, not numbers", typ)
	}
	en := open("/api/v1/stats/all-en.xlsx")
	if got := en.GetSheetList(); strings.Join(got, "|") != "Data|About" {
		t.Errorf("en sheets %v", got)
	}
	data, _ := en.GetRows("Data")
	_, body := get(t, app, "/api/v1/stats/all.csv")
	lines := strings.Count(body, "\n")
	if len(data) != lines {
		t.Errorf("the workbook has %d rows, the long CSV %d", len(data), lines)
	}
	about, _ := en.GetRows("About")
	if len(about) < 3 || !strings.Contains(about[1][0], "politiet.no") {
		t.Errorf("About sheet without the source: %q", about)
	}
}
