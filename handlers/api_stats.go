package handlers

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strconv"
	"sync"

	"github.com/gofiber/fiber/v2"

	"returninfo/internal/locale"
	"returninfo/internal/stats"
	"returninfo/internal/stats/download"
)

const (
	jsonContentType = "application/json; charset=utf-8"
	csvContentType  = "text/csv; charset=utf-8"
)

// Fixed error texts: never echo what the request asked for.
var (
	errNoSuchMonth = []byte(`{"error":"no statistics for this period"}`)
	errNoSuchFile  = []byte(`{"error":"not found"}`)
)

// statsAPI holds every API response, serialized and compressed once at
// start-up, with its ETag: the data changes only with a release.
type statsAPI struct {
	index  *cachedPage
	all    map[string]csvDownload            // file name → every month in one file
	months map[string]*cachedPage            // period → month object
	csv    map[string]map[string]csvDownload // period → file name in the URL → CSV
}

// csvDownload is a file people download. Files are made on first request:
// workbooks take a while to write, and start-up should not wait for them.
type csvDownload struct {
	page     func() *cachedPage
	filename string // returns-2025-05-by-nationality.csv
}

// lazily makes the cached file on first use. make works on checked data in
// memory: an error is a defect in this program.
func lazily(contentType string, make func() ([]byte, error)) func() *cachedPage {
	return sync.OnceValue(func() *cachedPage {
		b, err := make()
		if err != nil {
			panic("statistics download: " + err.Error())
		}
		return newCachedPage(contentType, cacheMaxAge, b)
	})
}

// ready wraps bytes that are already made.
func ready(b []byte) func() ([]byte, error) { return func() ([]byte, error) { return b, nil } }

type apiIndex struct {
	Reports []apiIndexEntry `json:"reports"`
}

type apiIndexEntry struct {
	Period string `json:"period"`
	URL    string `json:"url"`
}

// csvFiles are the downloads of each month: the name in the URL, the
// table, and the name the file is saved under (after "returns-YYYY-MM-").
var csvFiles = []struct{ file, table, saveAs string }{
	{"by_nationality.csv", stats.TableNationality, "by-nationality.csv"},
	{"by_destination.csv", stats.TableDestination, "by-destination.csv"},
}

// xlsxContentType is an Excel workbook's.
const xlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

func (s *Server) newStatsAPI() (*statsAPI, error) {
	store := s.Stats
	api := &statsAPI{months: map[string]*cachedPage{}, csv: map[string]map[string]csvDownload{}, all: map[string]csvDownload{}}
	reports := store.Reports()
	api.all["all.csv"] = csvDownload{lazily(csvContentType, func() ([]byte, error) { return download.LongCSV(reports), nil }), "returns-all-months.csv"}
	api.all["all.csv-metadata.json"] = csvDownload{lazily("application/csvm+json", ready(download.CSVW("all.csv"))), ""}
	for _, l := range s.Locales.Languages {
		loc, _ := s.Locales.Get(l.Tag)
		api.all["all-"+l.Tag+".xlsx"] = csvDownload{lazily(xlsxContentType, func() ([]byte, error) {
			return download.AllMonths(reports, store.Categories(), workbookTexts(loc))
		}), "returns-all-months-" + l.Tag + ".xlsx"}
	}
	idx := apiIndex{Reports: []apiIndexEntry{}}
	for _, r := range reports {
		idx.Reports = append(idx.Reports, apiIndexEntry{Period: r.Period, URL: apiMonthPath(r.Period)})
		api.months[r.Period] = newCachedPage(jsonContentType, cacheMaxAge, mustJSON(r))
		api.csv[r.Period] = map[string]csvDownload{}
		for _, f := range csvFiles {
			api.csv[r.Period][f.file] = csvDownload{
				page:     lazily(csvContentType, ready(tableCSV(r, f.table))),
				filename: "returns-" + r.Period + "-" + f.saveAs,
			}
		}
		for _, l := range s.Locales.Languages {
			loc, _ := s.Locales.Get(l.Tag)
			api.csv[r.Period]["returns-"+l.Tag+".xlsx"] = csvDownload{lazily(xlsxContentType, func() ([]byte, error) {
				return download.Month(r, store.Categories(), workbookTexts(loc))
			}), "returns-" + r.Period + "-" + l.Tag + ".xlsx"}
		}
	}
	api.index = newCachedPage(jsonContentType, cacheMaxAge, mustJSON(idx))
	return api, nil
}

// workbookTexts are a workbook's words in the localizer's language.
func workbookTexts(loc *locale.Localizer) download.Texts {
	return download.Texts{
		Lang:      loc.Lang.Tag,
		SheetData: loc.T("StatsXlsxSheetData"), SheetAbout: loc.T("StatsXlsxSheetAbout"),
		SheetNationality: loc.T("StatsXlsxSheetNationality"), SheetDestinate: loc.T("StatsXlsxSheetDestination"),
		TableNationality: loc.T("StatsXlsxSheetNationality"), TableDest: loc.T("StatsXlsxSheetDestination"),
		CountryColumn: loc.T("StatsXlsxCountry"), TotalColumn: loc.T("StatsColTotal"), TotalRow: loc.T("StatsTotalRow"),
		Yes: loc.T("StatsXlsxYes"), No: loc.T("StatsXlsxNo"),
		About: []string{
			loc.T("StatsXlsxTitle"),
			loc.T("StatsCite") + " https://www.politiet.no/",
			loc.T("StatsXlsxYearToDate"),
			loc.T("StatsNoteAssisted"),
			loc.T("StatsNoteLate"),
			loc.T("StatsNoteDestination"),
			loc.T("StatsNoteAsPublished"),
		},
	}
}

// mustJSON marshals data loaded and checked at start-up: plain structs,
// maps and numbers, which cannot fail to encode.
func mustJSON(v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return b
}

// utf8BOM starts every CSV: without it, spreadsheet programs set to a
// Norwegian locale read UTF-8 as Windows-1252 and garble æøå.
const utf8BOM = "\ufeff"

// tableCSV writes one table: a header row, then one row per country in the
// report's order. The table's total row is left out, so every row is a
// country and a column's sum is its total. The period column makes files
// of several months safe to concatenate.
func tableCSV(r *stats.Report, table string) []byte {
	var buf bytes.Buffer
	buf.WriteString(utf8BOM)
	w := csv.NewWriter(&buf)
	header := append([]string{"period", "country", "name_en", "name_nb", "published_name"}, r.Categories...)
	_ = w.Write(append(header, "total", "country_uncertain")) // a bytes.Buffer does not fail
	for _, row := range r.Table(table) {
		rec := []string{r.Period, row.Country, row.NameEN, row.NameNB, row.PublishedName}
		for _, cat := range r.Categories {
			rec = append(rec, strconv.Itoa(row.Counts[cat]))
		}
		_ = w.Write(append(rec, strconv.Itoa(row.Total), strconv.FormatBool(row.CountryUncertain)))
	}
	w.Flush()
	return buf.Bytes()
}

func apiMonthPath(period string) string { return "/api/v1/stats/" + period }

func csvPath(period, table string) string {
	for _, f := range csvFiles {
		if f.table == table {
			return apiMonthPath(period) + "/" + f.file
		}
	}
	return ""
}

func (api *statsAPI) listMonths(c *fiber.Ctx) error {
	return sendCached(c, api.index)
}

func (api *statsAPI) showMonth(c *fiber.Ctx) error {
	p, ok := api.months[c.Params("period")]
	if !ok {
		return sendJSON(c, fiber.StatusNotFound, errNoSuchMonth)
	}
	return sendCached(c, p)
}

// downloadAll serves a file of every month: /api/v1/stats/{file}.
func (api *statsAPI) downloadAll(file string) fiber.Handler {
	d := api.all[file]
	return func(c *fiber.Ctx) error {
		if d.filename != "" {
			c.Set(fiber.HeaderContentDisposition, `attachment; filename="`+d.filename+`"`)
		}
		return sendCached(c, d.page())
	}
}

func (api *statsAPI) downloadCSV(c *fiber.Ctx) error {
	files, ok := api.csv[c.Params("period")]
	if !ok {
		return sendJSON(c, fiber.StatusNotFound, errNoSuchMonth)
	}
	d, ok := files[c.Params("file")]
	if !ok {
		return sendJSON(c, fiber.StatusNotFound, errNoSuchFile)
	}
	c.Set(fiber.HeaderContentDisposition, `attachment; filename="`+d.filename+`"`)
	return sendCached(c, d.page())
}

// allowAnyOrigin lets pages on any site read the public, read-only data
// (no cookies or credentials are involved).
func allowAnyOrigin(c *fiber.Ctx) error {
	c.Set(fiber.HeaderAccessControlAllowOrigin, "*")
	return c.Next()
}

func sendJSON(c *fiber.Ctx, status int, b []byte) error {
	c.Set(fiber.HeaderContentType, jsonContentType)
	return c.Status(status).Send(b)
}
