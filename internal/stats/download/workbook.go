package download

import (
	"bytes"
	"strconv"

	"github.com/xuri/excelize/v2"

	"returninfo/internal/stats"
)

// Texts are a workbook's words in one language; the caller takes them from
// the UI strings, so a workbook exists in every published language.
type Texts struct {
	Lang                             string // "en", "nb": which column titles and names to use
	SheetData, SheetAbout            string
	SheetNationality, SheetDestinate string
	TableNationality, TableDest      string // the table names in the long sheet
	CountryColumn, TotalColumn       string
	TotalRow                         string
	Yes, No                          string
	About                            []string // the About sheet, one line a row: title, source, how to cite, caveats
}

// AllMonths is a workbook of every month: the long table in one sheet (one
// row per month, table, country and category; counts as numbers) and an
// About sheet.
func AllMonths(reports []*stats.Report, cats *stats.Categories, t Texts) ([]byte, error) {
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName("Sheet1", t.SheetData); err != nil {
		return nil, err
	}
	header := make([]any, len(LongColumns))
	for i, c := range LongColumns {
		header[i] = c.Title(t.Lang)
	}
	if err := f.SetSheetRow(t.SheetData, "A1", &header); err != nil {
		return nil, err
	}
	tableName := map[string]string{stats.TableNationality: t.TableNationality, stats.TableDestination: t.TableDest}
	for i, rec := range LongRows(reports) {
		count, _ := strconv.Atoi(rec[8])
		uncertain := t.No
		if rec[9] == "true" {
			uncertain = t.Yes
		}
		row := []any{rec[0], rec[1], tableName[rec[2]], rec[3], rec[4], rec[5], rec[6], categoryLabel(cats, rec[7], t.Lang), count, uncertain}
		cell, _ := excelize.CoordinatesToCellName(1, i+2)
		if err := f.SetSheetRow(t.SheetData, cell, &row); err != nil {
			return nil, err
		}
	}
	if err := finish(f, t.SheetData, len(LongColumns)); err != nil {
		return nil, err
	}
	return write(f, t)
}

// Month is one month's workbook: each table as on the page (country,
// total, each category, the report's total row last) and an About sheet.
func Month(r *stats.Report, cats *stats.Categories, t Texts) ([]byte, error) {
	f := excelize.NewFile()
	defer f.Close()
	sheets := []struct {
		name  string
		rows  []stats.Row
		total stats.Totals
	}{{t.SheetNationality, r.ByNationality, r.NationalityTotal}, {t.SheetDestinate, r.ByDestination, r.DestinationTotal}}
	for i, s := range sheets {
		var err error
		if i == 0 {
			err = f.SetSheetName("Sheet1", s.name)
		} else {
			_, err = f.NewSheet(s.name)
		}
		if err != nil {
			return nil, err
		}
		header := []any{t.CountryColumn, LongColumns[4].Title(t.Lang), LongColumns[3].Title(t.Lang), t.TotalColumn}
		for _, c := range r.Categories {
			header = append(header, categoryLabel(cats, c, t.Lang))
		}
		if err := f.SetSheetRow(s.name, "A1", &header); err != nil {
			return nil, err
		}
		put := func(n int, name, published, code string, total int, counts map[string]int) error {
			row := []any{name, published, code, total}
			for _, c := range r.Categories {
				row = append(row, counts[c])
			}
			cell, _ := excelize.CoordinatesToCellName(1, n)
			return f.SetSheetRow(s.name, cell, &row)
		}
		for j, row := range s.rows {
			name := row.NameEN
			if t.Lang == "nb" {
				name = row.NameNB
			}
			if err := put(j+2, name, row.PublishedName, row.Country, row.Total, row.Counts); err != nil {
				return nil, err
			}
		}
		if err := put(len(s.rows)+2, t.TotalRow, "", "", s.total.Total, s.total.Counts); err != nil {
			return nil, err
		}
		if err := finish(f, s.name, len(header)); err != nil {
			return nil, err
		}
	}
	return write(f, t)
}

// finish freezes the header row and widens the columns to be readable.
func finish(f *excelize.File, sheet string, columns int) error {
	if err := f.SetPanes(sheet, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	last, _ := excelize.ColumnNumberToName(columns)
	return f.SetColWidth(sheet, "A", last, 18)
}

// write adds the About sheet and serializes the workbook.
func write(f *excelize.File, t Texts) ([]byte, error) {
	if _, err := f.NewSheet(t.SheetAbout); err != nil {
		return nil, err
	}
	for i, line := range t.About {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetCellStr(t.SheetAbout, cell, line); err != nil {
			return nil, err
		}
	}
	if err := f.SetColWidth(t.SheetAbout, "A", "A", 120); err != nil {
		return nil, err
	}
	f.SetActiveSheet(0)
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func categoryLabel(cats *stats.Categories, id, lang string) string {
	if c, ok := cats.Get(id); ok && c.Label[lang] != "" {
		return c.Label[lang]
	}
	return id
}
