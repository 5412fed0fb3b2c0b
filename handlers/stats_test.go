package handlers_test

import (
	"encoding/csv"
	"encoding/json"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/text/collate"
	"golang.org/x/text/language"

	"returninfo/handlers"
	"returninfo/internal/stats"
)

// statsPages lists every statistics page in one language.
func statsPages(s *handlers.Server, lang string) []string {
	pages := []string{"/" + lang + "/statistics"}
	for _, r := range s.Stats.Reports() {
		base := "/" + lang + "/statistics/" + r.Period
		pages = append(pages, base, base+"/nationality", base+"/destination")
	}
	return pages
}

func TestEveryStatisticsPageInEveryLanguage(t *testing.T) {
	s, _ := newTestServer(t)
	app := s.NewApp()
	if len(s.Stats.Reports()) < 4 {
		t.Fatalf("%d months loaded, want the four reports", len(s.Stats.Reports()))
	}
	for _, l := range s.Locales.Languages {
		loc, _ := s.Locales.Get(l.Tag)
		for _, path := range statsPages(s, l.Tag) {
			resp, body := get(t, app, path)
			t.Run(path, func(t *testing.T) {
				checkPage(t, resp, body, l.Tag, 200)
				doc := parse(t, body)
				// The same page in every language, for hreflang and the switch.
				rest := strings.TrimPrefix(path, "/"+l.Tag)
				for _, other := range s.Locales.Languages {
					want := "https://returinfo.example/" + other.Tag + rest
					if href, _ := doc.Find(`link[rel="alternate"][hreflang="` + other.Tag + `"]`).Attr("href"); href != want {
						t.Errorf("hreflang %s = %q, want %q", other.Tag, href, want)
					}
				}
				if doc.Find(`.main-nav a[aria-current="page"][href="/`+l.Tag+`/statistics"]`).Length() != 1 {
					t.Error("the Statistics menu item is not marked as current")
				}
				// Footnotes on every page, in the page's language.
				notes := doc.Find(".footnotes").Text()
				for _, id := range []string{"StatsNoteAssisted", "StatsNoteLate", "StatsNoteDestination", "StatsNoteAsPublished"} {
					if !strings.Contains(notes, loc.T(id)) {
						t.Errorf("footnote %s missing", id)
					}
				}
				if doc.Find(`.footnotes a[href="/`+l.Tag+`/a/statistics-scope"]`).Length() != 1 {
					t.Error("the footnotes do not link the answer statistics-scope")
				}
				// Every wide table scrolls inside its own focusable region.
				doc.Find(".table-wrap").Each(func(_ int, w *goquery.Selection) {
					label, _ := w.Attr("aria-labelledby")
					if role, _ := w.Attr("role"); role != "region" || w.AttrOr("tabindex", "") != "0" || label == "" || doc.Find("#"+label).Length() != 1 {
						t.Errorf("scroll region without role, tabindex or a label that exists: %q", label)
					}
				})
			})
		}
	}
}

func TestStatisticsDefinitionsLinkTheAnswers(t *testing.T) {
	s, _ := newTestServer(t)
	app := s.NewApp()
	for _, l := range s.Locales.Languages {
		for _, path := range []string{"/" + l.Tag + "/statistics", "/" + l.Tag + "/statistics/2025-05"} {
			_, body := get(t, app, path)
			doc := parse(t, body)
			for _, id := range []string{"return-categories", "safe-third-country", "international-protection-returns", "statistics-scope"} {
				a, _ := s.Answers.Answer(l.Tag, id)
				link := doc.Find(`.definitions a[href="/` + l.Tag + `/a/` + id + `"]`)
				if link.Length() != 1 || strings.TrimSpace(link.Text()) != a.Title {
					t.Errorf("%s: no definition link to %s titled %q", path, id, a.Title)
				}
			}
		}
	}
}

// figureValue finds a headline figure by the start of its label.
func figureValue(doc *goquery.Document, labelPrefix string) string {
	var value string
	doc.Find(".figures .figure").EachWithBreak(func(_ int, f *goquery.Selection) bool {
		if strings.HasPrefix(strings.TrimSpace(f.Find("dt").Text()), labelPrefix) {
			value = strings.TrimSpace(f.Find("dd.value").Text())
			return false
		}
		return true
	})
	return value
}

func TestHeadlineFiguresAreWrittenTheLanguagesWay(t *testing.T) {
	app, _ := newTestApp(t)
	cases := []struct {
		path                                string
		soFar, soFarLabel, previous, change string
		previousLabel                       string
	}{
		{"/en/statistics/2022-06", "1,089", "Returned so far in 2022, to 30 June", "10,441", "−89.6%", "Same period in 2021, to 30 June"},
		{"/nb/statistics/2022-06", "1\u00a0089", "Uttransportert hittil i 2022, per 30. juni", "10\u00a0441", "−89,6\u00a0%", "Samme periode i 2021, per 30. juni"},
		{"/en/statistics/2023-11", "2,151", "Returned so far in 2023, to 30 November", "2,501", "−14%", "Same period in 2022"},
		{"/nb/statistics/2023-11", "2\u00a0151", "Uttransportert hittil i 2023, per 30. november", "2\u00a0501", "−14\u00a0%", "Samme periode i 2022"},
	}
	for _, c := range cases {
		_, body := get(t, app, c.path)
		doc := parse(t, body)
		if got := figureValue(doc, c.soFarLabel); got != c.soFar {
			t.Errorf("%s: %q = %q, want %q", c.path, c.soFarLabel, got, c.soFar)
		}
		if got := figureValue(doc, c.previousLabel); got != c.previous {
			t.Errorf("%s: %q = %q, want %q", c.path, c.previousLabel, got, c.previous)
		}
		var change string
		doc.Find(".figures .value").Each(func(_ int, v *goquery.Selection) {
			if strings.HasSuffix(v.Text(), "%") {
				change = v.Text()
			}
		})
		if change != c.change {
			t.Errorf("%s: change %q, want %q", c.path, change, c.change)
		}
	}

	// The overview leads with the newest month and sets months side by side.
	_, body := get(t, app, "/nb/statistics")
	doc := parse(t, body)
	if got := figureValue(doc, "Uttransportert hittil i 2025, per 31. mai"); got != "977" {
		t.Errorf("overview: latest so far this year %q, want 977", got)
	}
	var months []string
	doc.Find("table.compare thead th a").Each(func(_ int, a *goquery.Selection) { months = append(months, a.Text()) })
	if want := []string{"mai 2025", "november 2023", "januar 2023", "juni 2022"}; !slices.Equal(months, want) {
		t.Errorf("month columns %q, want %q", months, want)
	}
	row := doc.Find("table.compare tbody tr").FilterFunction(func(_ int, tr *goquery.Selection) bool {
		return tr.Find("th").Text() == "Samme periode i fjor"
	})
	var cells []string
	row.Find("td").Each(func(_ int, td *goquery.Selection) { cells = append(cells, strings.TrimSpace(td.Text())) })
	if want := []string{"1\u00a0046", "2\u00a0501", "254", "10\u00a0441"}; !slices.Equal(cells, want) {
		t.Errorf("same period last year, by month: %q, want %q", cells, want)
	}
	// January 2023 gives no convicted offenders so far this year: a dash, read out.
	conv := doc.Find("table.compare tbody tr").FilterFunction(func(_ int, tr *goquery.Selection) bool {
		return tr.Find("th").Text() == "Ilagt straffereaksjon, hittil i år"
	}).Find("td").Eq(2)
	if conv.Find(`[aria-hidden="true"]`).Text() != "–" || conv.Find(".visually-hidden").Text() != "Ikke oppgitt i rapporten" {
		t.Errorf("a figure not given shows %q", conv.Text())
	}
}

func TestTheJune2022NoteIsShownWithItsMonth(t *testing.T) {
	s, _ := newTestServer(t)
	app := s.NewApp()
	for _, l := range s.Locales.Languages {
		note := s.StatsNotes.For("2022-06", l.Tag)
		if !strings.Contains(note, "10441") {
			t.Fatalf("%s: the June 2022 note does not quote the figure as printed: %q", l.Tag, note)
		}
		for _, path := range []string{"/" + l.Tag + "/statistics", "/" + l.Tag + "/statistics/2022-06", "/" + l.Tag + "/statistics/2022-06/nationality"} {
			_, body := get(t, app, path)
			if !strings.Contains(parse(t, body).Find(".footnotes").Text(), note) {
				t.Errorf("%s: the June 2022 note is not in the footnotes", path)
			}
		}
		_, body := get(t, app, "/"+l.Tag+"/statistics/2023-11")
		if strings.Contains(body, note) {
			t.Errorf("%s: the June 2022 note appears on November 2023", l.Tag)
		}
	}
}

func TestChartsStateTheirMessageAndHaveADataTable(t *testing.T) {
	app, _ := newTestApp(t)
	headings := map[string][]string{
		"/en/statistics/2022-06": {
			"Most returns were in the category “Refused entry or stay”: 515 of 1,089 so far in 2022",
			"Romania was the most common nationality: 81 of 1,089 returns so far in 2022",
			"Most returns went to Sweden: 121 of 1,089 so far in 2022",
		},
		"/nb/statistics/2023-11": {
			"Flest uttransporteringer var i kategorien «Bortvisning»: 707 av 2\u00a0151 hittil i 2023",
			"Flest hadde statsborgerskap i Ukraina: 242 av 2\u00a0151 uttransporteringer hittil i 2023",
			"Flest ble uttransportert til Polen: 237 av 2\u00a0151 hittil i 2023",
		},
	}
	for path, want := range headings {
		_, body := get(t, app, path)
		doc := parse(t, body)
		charts := doc.Find("figure.chart")
		if charts.Length() != len(want) {
			t.Fatalf("%s: %d charts, want %d", path, charts.Length(), len(want))
		}
		charts.Each(func(i int, f *goquery.Selection) {
			h := f.Find("figcaption h2")
			if got := strings.TrimSpace(h.Text()); got != want[i] {
				t.Errorf("%s chart %d: heading %q, want %q", path, i, got, want[i])
			}
			if id, _ := f.Attr("aria-labelledby"); id == "" || h.AttrOr("id", "") != id {
				t.Errorf("%s chart %d: the figure is not labelled by its heading", path, i)
			}
			svg := f.Find("svg")
			if svg.AttrOr("aria-hidden", "") != "true" {
				t.Errorf("%s chart %d: the SVG is not hidden from screen readers", path, i)
			}
			table := f.Find("table")
			rows := table.Find("tbody th[scope=row]").Length()
			if table.Find("caption").Text() == "" || table.Find("thead th[scope=col]").Length() != 2 || rows == 0 || rows > 10 {
				t.Errorf("%s chart %d: data table without caption, column headers or 1–10 rows (%d)", path, i, rows)
			}
			if svg.Find("rect").Length() != rows {
				t.Errorf("%s chart %d: %d bars for %d rows", path, i, svg.Find("rect").Length(), rows)
			}
		})
	}
	// The bars are in proportion: Romania (81) is the longest, Poland (57) 57/81 of it.
	_, body := get(t, app, "/en/statistics/2022-06")
	rects := parse(t, body).Find("#chart-nationality").Parent().Parent().Find("rect")
	first, _ := strconv.Atoi(rects.Eq(0).AttrOr("width", ""))
	second, _ := strconv.Atoi(rects.Eq(1).AttrOr("width", ""))
	if first == 0 || second != 57*first/81 {
		t.Errorf("bar widths %d and %d are not 81:57", first, second)
	}
}

// tableRows reads the names and totals of a full table's body rows.
func tableRows(doc *goquery.Document) (names []string, totals []int) {
	doc.Find("table.full-table tbody tr").Each(func(_ int, tr *goquery.Selection) {
		names = append(names, strings.TrimSpace(tr.Find("th").Contents().First().Text()))
		n, _ := strconv.Atoi(strings.NewReplacer(",", "", "\u00a0", "").Replace(tr.Find("td").First().Text()))
		totals = append(totals, n)
	})
	return names, totals
}

func TestFullTablesSortWithoutJavaScript(t *testing.T) {
	s, _ := newTestServer(t)
	app := s.NewApp()
	r, _ := s.Stats.Report("2023-11")

	// Default: every row, by name A to Z in the page's language (the
	// Norwegian report's order is not an English one), Total beside the
	// names, the report's own total row.
	_, body := get(t, app, "/en/statistics/2023-11/nationality")
	doc := parse(t, body)
	names, totals := tableRows(doc)
	if len(names) != len(r.ByNationality) {
		t.Fatalf("%d rows, want %d", len(names), len(r.ByNationality))
	}
	sum := 0
	for _, n := range totals {
		sum += n
	}
	if sum != 2151 {
		t.Errorf("the rows' totals add up to %d, want 2,151", sum)
	}
	col := collate.New(language.English)
	if !slices.IsSortedFunc(names, col.CompareString) {
		t.Errorf("the English table does not open in English A–Z order: %v", names)
	}
	if got := doc.Find(`thead th[aria-sort="ascending"]`).Index(); got != 0 || doc.Find("th[aria-sort]").Length() != 1 {
		t.Error("the default order is not marked on the name column")
	}
	if got := strings.TrimSpace(doc.Find("tfoot td").First().Text()); got != "2,151" {
		t.Errorf("total row %q, want 2,151", got)
	}
	var headers []string
	doc.Find("thead th").Each(func(_ int, th *goquery.Selection) {
		headers = append(headers, strings.TrimSpace(strings.Trim(strings.TrimSpace(th.Text()), "▲▼")))
	})
	if want := []string{"Nationality", "Total", "Asylum", "Refused entry or stay", "Dublin", "Expulsion"}; !slices.Equal(headers, want) {
		t.Errorf("headers %q, want %q: Total beside the names, then the report's columns", headers, want)
	}
	// The language switch keeps the order.
	_, sorted := get(t, app, "/en/statistics/2023-11/nationality?sort=total&order=desc")
	if sw := parse(t, sorted).Find(`.lang-switch a[hreflang="nb"]`).AttrOr("href", ""); !strings.HasSuffix(sw, "/nb/statistics/2023-11/nationality?order=desc&sort=total") {
		t.Errorf("the language switch drops the order: %q", sw)
	}

	// Follow the Total header's link: largest first, aria-sort descending.
	href, _ := doc.Find("thead th").Eq(1).Find("a").Attr("href")
	if href != "/en/statistics/2023-11/nationality?order=desc&sort=total" {
		t.Fatalf("Total header links to %q", href)
	}
	_, body = get(t, app, href)
	doc = parse(t, body)
	_, totals = tableRows(doc)
	if !slices.IsSortedFunc(totals, func(a, b int) int { return b - a }) || totals[0] != 242 {
		t.Errorf("sorted by total: %v", totals[:5])
	}
	if doc.Find(`thead th[aria-sort="descending"]`).Text() == "" || doc.Find("thead th[aria-sort]").Length() != 1 {
		t.Error("the sorted column has no aria-sort=descending")
	}
	if again, _ := doc.Find(`th[aria-sort] a`).Attr("href"); again != "/en/statistics/2023-11/nationality?order=asc&sort=total" {
		t.Errorf("the sorted header does not reverse the order: %q", again)
	}
	if got := strings.TrimSpace(doc.Find("tfoot td").First().Text()); got != "2,151" {
		t.Errorf("the total row moved or changed when sorting: %q", got)
	}

	// A category, smallest first.
	_, body = get(t, app, "/en/statistics/2023-11/nationality?sort=dublin&order=asc")
	doc = parse(t, body)
	if got := strings.TrimSpace(doc.Find(`thead th[aria-sort="ascending"]`).Text()); !strings.HasPrefix(got, "Dublin") {
		t.Errorf("aria-sort=ascending on %q, want Dublin", got)
	}

	// Names sort in the page's language: Norwegian Ø after T.
	_, body = get(t, app, "/nb/statistics/2023-11/destination?sort=name")
	names, _ = tableRows(parse(t, body))
	if i, j := slices.Index(names, "Tyskland"), slices.Index(names, "Østerrike"); i < 0 || j < i {
		t.Errorf("Østerrike (%d) sorts before Tyskland (%d)", j, i)
	}
}

func TestTamperedStatisticsAddressesNeverFail(t *testing.T) {
	app, _ := newTestApp(t)
	// Unknown sort values: the table in its default order, by name.
	for _, q := range []string{"?sort=%3Cscript%3E&order=sideways", "?sort=&order=", "?sort=total&sort=name", "?order=desc", "?sort=" + strings.Repeat("x", 3000), "?sort=%zz&order=%"} {
		resp, body := get(t, app, "/en/statistics/2023-11/nationality"+q)
		if resp.StatusCode != 200 {
			t.Errorf("%s: %d, want 200", q, resp.StatusCode)
			continue
		}
		doc := parse(t, body)
		if q != "?sort=total&sort=name" && doc.Find(`th[aria-sort="ascending"]`).Index() != 0 {
			t.Errorf("%s: want the default order, by name", q)
		}
		if strings.Contains(body, "<script>") {
			t.Errorf("%s: input echoed into the page", q)
		}
	}
	// An unknown order keeps the column's natural order.
	_, body := get(t, app, "/en/statistics/2023-11/nationality?sort=total&order=up")
	if parse(t, body).Find(`th[aria-sort="descending"]`).Length() != 1 {
		t.Error("?order=up: want the total column, largest first")
	}
	// Unknown months and tables: the localized 404 page.
	for _, path := range []string{
		"/en/statistics/2023-13", "/nb/statistics/2023-1", "/en/statistics/1999-01", "/nb/statistics/abcd",
		"/en/statistics/2023-11/religion", "/nb/statistics/9999-01/nationality", "/en/statistics/%3Cb%3E/destination",
		"/en/statistics/2023-11/nationality/extra",
	} {
		resp, body := get(t, app, path)
		lang := strings.Split(path, "/")[1]
		checkPage(t, resp, body, lang, 404)
	}
}

func TestStatsAPIContract(t *testing.T) {
	s, _ := newTestServer(t)
	app := s.NewApp()

	resp, body := get(t, app, "/api/v1/stats")
	if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != "application/json; charset=utf-8" {
		t.Fatalf("/api/v1/stats: %d %q", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	var index map[string][]map[string]string
	if err := json.Unmarshal([]byte(body), &index); err != nil || len(index) != 1 {
		t.Fatalf("index is not {\"reports\": [...]}: %v %s", err, body)
	}
	var periods []string
	for _, e := range index["reports"] {
		if len(e) != 2 || e["url"] != "/api/v1/stats/"+e["period"] {
			t.Errorf("index entry %v", e)
		}
		periods = append(periods, e["period"])
	}
	if want := []string{"2025-05", "2023-11", "2023-01", "2022-06"}; !slices.Equal(periods, want) {
		t.Errorf("periods %q, want newest first %q", periods, want)
	}

	for _, r := range s.Stats.Reports() {
		resp, body := get(t, app, "/api/v1/stats/"+r.Period)
		if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != "application/json; charset=utf-8" {
			t.Fatalf("%s: %d %q", r.Period, resp.StatusCode, resp.Header.Get("Content-Type"))
		}
		var m map[string]json.RawMessage
		if err := json.Unmarshal([]byte(body), &m); err != nil {
			t.Fatal(err)
		}
		for _, f := range []string{"period", "source_language", "returned_in_month", "convicted_in_month", "ytd_total", "previous_ytd_total",
			"change_percent", "convicted_ytd", "convicted_previous_ytd", "minors_in_month", "charter_flights_ytd", "categories", "by_nationality", "by_destination"} {
			if _, ok := m[f]; !ok {
				t.Errorf("%s: field %q missing", r.Period, f)
			}
		}
		var cats []string
		_ = json.Unmarshal(m["categories"], &cats)
		if !slices.Equal(cats, r.Categories) {
			t.Errorf("%s: categories %q, want %q", r.Period, cats, r.Categories)
		}
		var rows []map[string]json.RawMessage
		_ = json.Unmarshal(m["by_nationality"], &rows)
		if len(rows) != len(r.ByNationality) {
			t.Fatalf("%s: %d nationality rows, want %d", r.Period, len(rows), len(r.ByNationality))
		}
		for i, row := range rows {
			for _, f := range []string{"country", "name_en", "name_nb", "published_name", "counts", "total"} {
				if _, ok := row[f]; !ok {
					t.Fatalf("%s row %d: field %q missing", r.Period, i, f)
				}
			}
			var published string
			_ = json.Unmarshal(row["published_name"], &published)
			if published != r.ByNationality[i].PublishedName {
				t.Fatalf("%s row %d is %q, want the report's order (%q)", r.Period, i, published, r.ByNationality[i].PublishedName)
			}
		}
	}

	// Figures a report does not give are null; published figures as printed.
	_, body = get(t, app, "/api/v1/stats/2023-01")
	var jan map[string]any
	_ = json.Unmarshal([]byte(body), &jan)
	if v, ok := jan["convicted_ytd"]; !ok || v != nil {
		t.Errorf("2023-01 convicted_ytd = %v, want null", v)
	}
	_, body = get(t, app, "/api/v1/stats/2022-06")
	var june map[string]any
	_ = json.Unmarshal([]byte(body), &june)
	if june["previous_ytd_total"] != 10441.0 || june["change_percent"] != -89.6 || june["ytd_total"] != 1089.0 {
		t.Errorf("2022-06: %v %v %v", june["previous_ytd_total"], june["change_percent"], june["ytd_total"])
	}
	counts := june["by_nationality"].([]any)[0].(map[string]any)["counts"].(map[string]any)
	if len(counts) != 4 || counts["dublin"] != 17.0 {
		t.Errorf("2022-06 Afghanistan counts %v", counts)
	}

	// Unknown months: 404 with a fixed JSON error that never echoes input.
	for _, path := range []string{"/api/v1/stats/2023-13", "/api/v1/stats/%3Cscript%3E", "/api/v1/stats/1999-01/by_nationality.csv", "/api/v1/stats/2023-11/by_religion.csv"} {
		resp, body := get(t, app, path)
		var e map[string]string
		if resp.StatusCode != 404 || resp.Header.Get("Content-Type") != "application/json; charset=utf-8" || json.Unmarshal([]byte(body), &e) != nil || e["error"] == "" || len(e) != 1 {
			t.Errorf("%s: %d %q %s", path, resp.StatusCode, resp.Header.Get("Content-Type"), body)
		}
		if strings.Contains(body, "script") || strings.Contains(body, "1999") || strings.Contains(body, "religion") {
			t.Errorf("%s: the error echoes the request: %s", path, body)
		}
	}
}

func TestStatsCSVMatchesTheReport(t *testing.T) {
	s, _ := newTestServer(t)
	app := s.NewApp()
	for _, r := range s.Stats.Reports() {
		for _, tc := range []struct {
			file, saveAs string
			rows         []stats.Row
			total        stats.Totals
		}{
			{"by_nationality.csv", "by-nationality", r.ByNationality, r.NationalityTotal},
			{"by_destination.csv", "by-destination", r.ByDestination, r.DestinationTotal},
		} {
			path := "/api/v1/stats/" + r.Period + "/" + tc.file
			resp, body := get(t, app, path)
			if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != "text/csv; charset=utf-8" {
				t.Fatalf("%s: %d %q", path, resp.StatusCode, resp.Header.Get("Content-Type"))
			}
			if cd, want := resp.Header.Get("Content-Disposition"), `attachment; filename="returns-`+r.Period+`-`+tc.saveAs+`.csv"`; cd != want {
				t.Errorf("%s: Content-Disposition %q, want %q", path, cd, want)
			}
			// A byte-order mark, so spreadsheets set to Norwegian read UTF-8.
			text, ok := strings.CutPrefix(body, "\ufeff")
			if !ok {
				t.Errorf("%s: no UTF-8 byte-order mark", path)
			}
			recs, err := csv.NewReader(strings.NewReader(text)).ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			header := append(append([]string{"period", "country", "name_en", "name_nb", "published_name"}, r.Categories...), "total", "country_uncertain")
			if !slices.Equal(recs[0], header) {
				t.Errorf("%s: header %q, want %q", path, recs[0], header)
			}
			if len(recs)-1 != len(tc.rows) {
				t.Fatalf("%s: %d rows, want %d (no total row)", path, len(recs)-1, len(tc.rows))
			}
			sums := make([]int, len(r.Categories)+1)
			for i, rec := range recs[1:] {
				row := tc.rows[i]
				if rec[0] != r.Period || rec[1] != row.Country || rec[4] != row.PublishedName || rec[len(rec)-2] != strconv.Itoa(row.Total) ||
					rec[len(rec)-1] != strconv.FormatBool(row.CountryUncertain) {
					t.Fatalf("%s row %d: %q, want %s %q %d", path, i+1, rec, row.Country, row.PublishedName, row.Total)
				}
				for j := range sums {
					n, err := strconv.Atoi(rec[5+j])
					if err != nil {
						t.Fatalf("%s row %d: %q is not a number", path, i+1, rec[5+j])
					}
					sums[j] += n
				}
			}
			for j, id := range r.Categories {
				if sums[j] != tc.total.Counts[id] {
					t.Errorf("%s: column %s sums to %d, the report's total row says %d", path, id, sums[j], tc.total.Counts[id])
				}
			}
			if sums[len(sums)-1] != r.YTDTotal {
				t.Errorf("%s: totals sum to %d, want %d", path, sums[len(sums)-1], r.YTDTotal)
			}
		}
	}
	// The month page links its downloads, and the links work.
	_, body := get(t, app, "/nb/statistics/2025-05")
	links := parse(t, body).Find(".downloads a")
	if links.Length() != 5 { // two CSVs, JSON, a workbook in each language
		t.Fatalf("%d download links, want 5", links.Length())
	}
	links.Each(func(_ int, a *goquery.Selection) {
		if resp, _ := get(t, app, a.AttrOr("href", "")); resp.StatusCode != http.StatusOK {
			t.Errorf("download %s: %d", a.AttrOr("href", ""), resp.StatusCode)
		}
	})
}

func TestAmbiguousCountryIsShownAsPublishedWithANote(t *testing.T) {
	app, _ := newTestApp(t)
	for _, lang := range []string{"en", "nb"} {
		_, body := get(t, app, "/"+lang+"/statistics/2025-05/nationality")
		doc := parse(t, body)
		row := doc.Find("tbody th").FilterFunction(func(_ int, th *goquery.Selection) bool {
			return strings.HasPrefix(strings.TrimSpace(th.Text()), "Congo")
		})
		if row.Length() != 1 || row.Find(`.marker a[href="#uncertain-names"]`).Length() != 1 {
			t.Fatalf("%s: the published name Congo is not marked", lang)
		}
		if note := doc.Find("#uncertain-names").Text(); !strings.Contains(note, "“Congo”") && !strings.Contains(note, "«Congo»") {
			t.Errorf("%s: no note on Congo: %q", lang, note)
		}
	}
}

// Each month links the reports before and after it, and says which months
// there are, in both languages.
func TestMonthPagesLinkTheirNeighbours(t *testing.T) {
	app, _ := newTestApp(t)
	cases := []struct{ path, prev, next, months string }{
		{"/en/statistics/2023-01", "/en/statistics/2022-06", "/en/statistics/2023-11", "June 2022, January 2023, November 2023, May 2025"},
		{"/nb/statistics/2022-06", "", "/nb/statistics/2023-01", "juni 2022, januar 2023, november 2023, mai 2025"},
		{"/en/statistics/2025-05", "/en/statistics/2023-11", "", "June 2022"},
	}
	for _, c := range cases {
		_, body := get(t, app, c.path)
		doc := parse(t, body)
		if got := doc.Find(`.month-nav a[rel="prev"]`).AttrOr("href", ""); got != c.prev {
			t.Errorf("%s: previous %q, want %q", c.path, got, c.prev)
		}
		if got := doc.Find(`.month-nav a[rel="next"]`).AttrOr("href", ""); got != c.next {
			t.Errorf("%s: next %q, want %q", c.path, got, c.next)
		}
		if got := doc.Find(".month-nav .hint").Text(); !strings.Contains(got, c.months) {
			t.Errorf("%s: months line %q lacks %q", c.path, got, c.months)
		}
	}
}

// Over time: every year-to-date total the reports print, the reports' own
// and the previous year's they compare with, oldest first, each with its
// date; months without a figure are gaps in the chart, not hidden.
func TestTrendsShowEveryPrintedYearToDateTotal(t *testing.T) {
	s, _ := newTestServer(t)
	app := s.NewApp()
	want := 0
	for _, r := range s.Stats.Reports() {
		want++
		if r.PreviousYTDTotal != nil {
			want++
		}
	}
	for _, lang := range []string{"en", "nb"} {
		_, body := get(t, app, "/"+lang+"/statistics/trends")
		doc := parse(t, body)
		rows := doc.Find("figure.chart table tbody tr")
		if rows.Length() != want {
			t.Fatalf("%s: %d rows, want %d", lang, rows.Length(), want)
		}
		first := strings.TrimSpace(rows.First().Find("td.num").Text())
		if first != "10,441" && first != "10\u00a0441" {
			t.Errorf("%s: the oldest figure is %q, want June 2021's 10441 as the June 2022 report compares", lang, first)
		}
		if bars := doc.Find("svg.trend rect").Length(); bars != want {
			t.Errorf("%s: %d bars, want %d", lang, bars, want)
		}
		// 2021 to 2025: 60 monthly slots, so the gaps show.
		if ticks := doc.Find("svg.trend text").Length(); ticks != 5 {
			t.Errorf("%s: %d year labels, want 2021–2025", lang, ticks)
		}
		if doc.Find("#trend-categories").Length() != 1 || doc.Find("table.compare tbody tr").Length() < 5 {
			t.Errorf("%s: no table per category", lang)
		}
	}
}
