package handlers

import (
	"cmp"
	"net/url"
	"slices"

	"github.com/gofiber/fiber/v2"
	"golang.org/x/text/collate"
	"golang.org/x/text/language"

	"returninfo/internal/locale"
	"returninfo/internal/stats"
	"returninfo/views"
)

// The full tables' last path segment.
const (
	tableNationality = "nationality"
	tableDestination = "destination"
)

// statsTables maps the path segment to the report's table and its texts.
var statsTables = map[string]struct {
	table                          string
	heading, lead, caption, column string // message IDs
}{
	tableNationality: {stats.TableNationality, "StatsTableNationalityHeading", "StatsTableNationalityLead", "StatsTableNationalityCaption", "StatsColNationality"},
	tableDestination: {stats.TableDestination, "StatsTableDestinationHeading", "StatsTableDestinationLead", "StatsTableDestinationCaption", "StatsColDestination"},
}

// Sort keys besides the category IDs.
const (
	sortName  = "name"
	sortTotal = "total"
)

// tableSort is how the rows are ordered. The default is by name, A to Z,
// in the page's language: the report's own order is alphabetical in the
// report's language, which on a page in the other language reads as no
// order at all (Tsjad among the T's of an English page).
type tableSort struct {
	key  string
	desc bool
}

var defaultSort = tableSort{key: sortName}

// parseTableSort reads ?sort= and ?order=. Anything it does not know is
// ignored: a link with a stale or mistyped value still shows the table.
func parseTableSort(key, order string, categories []string) tableSort {
	if key != sortName && key != sortTotal && !slices.Contains(categories, key) {
		return defaultSort
	}
	s := tableSort{key: key, desc: key != sortName}
	switch order {
	case "asc":
		s.desc = false
	case "desc":
		s.desc = true
	}
	return s
}

// url is the link that sorts by key: by its natural order first (names A
// to Z, numbers largest first), reversed when already sorted by it.
func (cur tableSort) url(base, key string) string {
	desc := key != sortName
	if cur.key == key {
		desc = !cur.desc
	}
	return tableSort{key, desc}.at(base)
}

// at is this order's address on the table page at base.
func (cur tableSort) at(base string) string {
	if q := cur.query(); q != "" {
		return base + "?" + q
	}
	return base
}

// query is the canonical query string of this order ("" for the default).
func (cur tableSort) query() string {
	if cur == defaultSort {
		return ""
	}
	order := "asc"
	if cur.desc {
		order = "desc"
	}
	return url.Values{"sort": {cur.key}, "order": {order}}.Encode()
}

func (cur tableSort) ariaSort(key string) string {
	switch {
	case cur.key != key:
		return ""
	case cur.desc:
		return "descending"
	default:
		return "ascending"
	}
}

// collationFallback covers a gap in golang.org/x/text: its "nb" collation
// is the root order (Æ, Ø, Å sort as A, O, A), while "nn" has the
// Norwegian alphabet both share. Measured with x/text v0.43.0.
var collationFallback = map[string]string{"nb": "nn"}

func collator(lang string) *collate.Collator {
	if alt, ok := collationFallback[lang]; ok {
		lang = alt
	}
	tag, err := language.Parse(lang)
	if err != nil {
		tag = language.Und
	}
	return collate.New(tag)
}

// showStatisticsTablePage is /{lang}/statistics/{YYYY-MM}/{nationality|destination}:
// every row of one table, sortable by links in the column headers.
func (s *Server) showStatisticsTablePage(c *fiber.Ctx) error {
	loc := localizer(c)
	lang := loc.Lang.Tag
	r, ok := s.Stats.Report(c.Params("period"))
	if !ok {
		return fiber.ErrNotFound
	}
	segment := c.Params("table")
	t, ok := statsTables[segment]
	if !ok {
		return fiber.ErrNotFound
	}
	month := monthTitle(loc, r.Period)
	heading := loc.TData(t.heading, map[string]any{"Month": month})
	cur := parseTableSort(c.Query("sort"), c.Query("order"), r.Categories)
	// The language switch keeps the order; the canonical page is the default one.
	page := s.page(c, loc, heading, func(other string) string { return cur.at(statisticsPath(other, r.Period, segment)) })
	page.Canonical = s.absURL(c, statisticsPath(lang, r.Period, segment))
	page.Section = "statistics"
	page.Description = heading + ". " + loc.T(t.lead)
	base := statisticsPath(lang, r.Period, segment)

	v := views.StatsTableView{
		Page:           page,
		Heading:        heading,
		Lead:           loc.T(t.lead),
		Caption:        loc.TData(t.caption, map[string]any{"Period": soFarText(loc, r)}),
		MarkerLabel:    loc.T("StatsMarkerLabel"),
		MonthLink:      views.Link{Title: loc.TData("StatsMonthLink", map[string]any{"Month": month}), URL: statisticsPath(lang, r.Period)},
		CategoriesLink: s.answerLink(lang, s.Stats.Categories().Answer),
	}

	// Total comes right after the name, so it stays in view beside the
	// sticky name column on a narrow screen.
	v.Columns = append(v.Columns, views.StatsColumn{Label: loc.T(t.column), URL: cur.url(base, sortName), AriaSort: cur.ariaSort(sortName)})
	v.Columns = append(v.Columns, views.StatsColumn{Label: loc.T("StatsColTotal"), URL: cur.url(base, sortTotal), AriaSort: cur.ariaSort(sortTotal), Numeric: true, Total: true})
	for _, id := range r.Categories {
		label := categoryLabel(s.Stats.Categories(), id, lang)
		v.Columns = append(v.Columns, views.StatsColumn{Label: label, URL: cur.url(base, id), AriaSort: cur.ariaSort(id), Numeric: true})
	}

	rows := r.Table(t.table)
	v.Rows = sortedRows(loc, rows, r.SourceLanguage, r.Categories, cur)
	total := r.NationalityTotal
	if t.table == stats.TableDestination {
		total = r.DestinationTotal
	}
	v.Total = views.StatsTableRow{Name: loc.T("StatsTotalRow"), Cells: countCells(loc, total.Counts, total.Total, r.Categories)}
	v.SortStatus = sortStatus(loc, cur, v.Columns)
	if cur != defaultSort {
		v.ResetURL = base
	}
	v.Footnotes = s.statsFootnotes(loc, []string{r.Period})
	v.Footnotes.Uncertain = uncertainNotes(loc, rows)
	v.Footnotes.Names = namesNote(loc, r)
	v.Footnotes.Source = loc.TData("StatsSourceMonth", map[string]any{"Month": month})
	markCacheable(c, cur.query())
	return render(c, fiber.StatusOK, views.StatsTablePage(v))
}

// sortedRows formats the rows, ordered as cur says; equal values keep the
// report's order.
func sortedRows(loc *locale.Localizer, rows []stats.Row, reportLang string, categories []string, cur tableSort) []views.StatsTableRow {
	type entry struct {
		row  stats.Row
		view views.StatsTableRow
	}
	entries := make([]entry, len(rows))
	for i, row := range rows {
		name, marked := countryName(row, reportLang, loc.Lang.Tag)
		entries[i] = entry{row, views.StatsTableRow{Name: name.Name, Also: name.Also, AlsoLang: name.AlsoLang, Marked: marked,
			Cells: countCells(loc, row.Counts, row.Total, categories)}}
	}
	var compare func(a, b entry) int
	switch cur.key {
	case sortName:
		col := collator(loc.Lang.Tag)
		compare = func(a, b entry) int { return col.CompareString(a.view.Name, b.view.Name) }
	case sortTotal:
		compare = func(a, b entry) int { return cmp.Compare(a.row.Total, b.row.Total) }
	default:
		compare = func(a, b entry) int { return cmp.Compare(a.row.Counts[cur.key], b.row.Counts[cur.key]) }
	}
	if compare != nil {
		slices.SortStableFunc(entries, func(a, b entry) int {
			if cur.desc {
				return compare(b, a)
			}
			return compare(a, b)
		})
	}
	out := make([]views.StatsTableRow, len(entries))
	for i, e := range entries {
		out[i] = e.view
	}
	return out
}

// countCells are a row's cells in the columns' order: the total, then
// each category.
func countCells(loc *locale.Localizer, counts map[string]int, total int, categories []string) []string {
	cells := make([]string, 0, len(categories)+1)
	cells = append(cells, loc.Int(total))
	for _, id := range categories {
		cells = append(cells, loc.Int(counts[id]))
	}
	return cells
}

// sortStatus says in words how the rows are ordered.
func sortStatus(loc *locale.Localizer, cur tableSort, columns []views.StatsColumn) string {
	switch {
	case cur.key == sortName && cur.desc:
		return loc.T("StatsSortedNameDesc")
	case cur.key == sortName:
		return loc.T("StatsSortedNameAsc")
	}
	column := ""
	for _, c := range columns {
		if c.AriaSort != "" {
			column = c.Label
		}
	}
	if cur.desc {
		return loc.TData("StatsSortedDesc", map[string]any{"Column": column})
	}
	return loc.TData("StatsSortedAsc", map[string]any{"Column": column})
}
