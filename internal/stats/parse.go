package stats

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"returninfo/internal/stats/countries"
)

// Layouts a report can come in.
const (
	LayoutPDFText      = "pdf-text"      // text extracted from a PDF, cells separated by spaces
	LayoutMarkdownTabs = "markdown-tabs" // Markdown-like text with <b> tags, tab-separated tables
	LayoutTabSeparated = "tab-separated" // plain text with tab-separated tables
)

// Options change how Parse reads a report.
type Options struct {
	// AcceptUnrecognised accepts a report in which a narrative figure its
	// layout carries is not found: the figure is null and listed in
	// Report.NotRecognised. Without it, such a report is refused.
	AcceptUnrecognised bool
}

// Parse reads one report. file names it in errors; its base name is kept as
// the report's source file. The report is checked completely (Validate):
// an error is an *Error naming the file, the line and the reason.
func Parse(file string, data []byte, cats *Categories) (*Report, error) {
	return ParseWith(file, data, cats, Options{})
}

// ParseWith is Parse with options.
func ParseWith(file string, data []byte, cats *Categories, opts Options) (*Report, error) {
	r, err := parse(data, cats, opts)
	if err != nil {
		err.File = file
		return nil, err
	}
	r.SourceFile = filepath.Base(file)
	return r, nil
}

func parse(data []byte, cats *Categories, opts Options) (*Report, *Error) {
	dec, derr := decode(data)
	if derr != nil {
		return nil, derr
	}
	text := dec.text
	lines := strings.Split(text, "\n")
	lang := detectLanguage(text)
	if lang == nil {
		return nil, failf(0, "cannot tell the report's language (English or Norwegian Bokmål): is this the text of a monthly report of the police's return statistics?")
	}
	r := &Report{SourceLanguage: lang.code, Layout: detectLayout(lines)}
	r.read("text", dec.encoding, 0)
	for _, c := range dec.changes {
		r.read("text", c, 0)
	}

	first := len(lines)
	for i, l := range lines {
		if lang.tableTitle.MatchString(strings.Join(strings.Fields(stripMarkup(l)), " ")) {
			first = i
			break
		}
	}
	n := narrative{lang: lang, ft: flatten(lines, 0, first), report: r, accept: opts.AcceptUnrecognised}
	if err := n.parse(); err != nil {
		return nil, err
	}

	tp := tableParser{lang: lang, cats: cats, headings: cats.headings(), split: splitPDFRow}
	if r.Layout != LayoutPDFText {
		tp.split = splitTabRow
	}
	tables, err := tp.parse(lines, first)
	if err != nil {
		return nil, err
	}
	nat, dest := tables[TableNationality], tables[TableDestination]
	for kind, t := range map[string]*table{TableNationality: nat, TableDestination: dest} {
		if t == nil {
			return nil, failf(0, "%s not found (a title like \"Returnees so far this year by nationality\")", tableWords(kind))
		}
	}
	if !slices.Equal(nat.cats, dest.cats) {
		return nil, failf(dest.titleLine, "the columns %s differ from %s in the table by nationality", cats.columnList(dest.cats), cats.columnList(nat.cats))
	}
	r.Categories = nat.cats
	r.ReadingNotes = tp.notes
	for _, t := range []*table{nat, dest} {
		if err := mapCountries(t.rows, lang.code); err != nil {
			return nil, err
		}
	}
	r.ByNationality, r.NationalityTotal = nat.rows, *nat.total
	r.ByDestination, r.DestinationTotal = dest.rows, *dest.total
	if err := validate(r, cats); err != nil {
		return nil, err
	}
	for _, t := range []*table{nat, dest} {
		r.read("table", fmt.Sprintf("%s: %d rows, total %d", strings.TrimPrefix(tableWords(t.kind), "the table "), len(t.rows), t.total.Total), t.total.line)
	}
	return r, nil
}

// mapCountries gives every row its code and names. An uncertain name whose
// likeliest code another row of the table already has takes the next candidate.
func mapCountries(rows []Row, lang string) *Error {
	matches := make([]countries.Match, len(rows))
	taken := map[string]bool{}
	for i, row := range rows {
		m, ok := countries.Lookup(row.PublishedName, lang)
		if !ok {
			return failf(row.line, "unknown country %q: if it is a new spelling of a known country, add it to content/stats/country_aliases.toml", row.PublishedName)
		}
		matches[i] = m
		if !m.Uncertain {
			taken[m.Code] = true
		}
	}
	for i, m := range matches {
		row := &rows[i]
		row.Country = m.Code
		if !m.Uncertain {
			row.NameEN, row.NameNB = countries.Name(m.Code, "en"), countries.Name(m.Code, "nb")
			continue
		}
		if k := slices.IndexFunc(m.Candidates, func(c string) bool { return !taken[c] }); k >= 0 {
			row.Country = m.Candidates[k]
		}
		row.CountryUncertain, row.CountryCandidates, row.CountryNote = true, m.Candidates, m.Note
		row.NameEN, row.NameNB = row.PublishedName, row.PublishedName
	}
	return nil
}

func detectLanguage(text string) *reportLanguage {
	lower := strings.ToLower(text)
	var best *reportLanguage
	bestN, second := 0, 0
	for _, l := range reportLanguages {
		n := 0
		for _, w := range l.markers {
			n += strings.Count(lower, w)
		}
		if n > bestN {
			best, bestN, second = l, n, bestN
		} else if n > second {
			second = n
		}
	}
	if bestN == 0 || bestN == second {
		return nil
	}
	return best
}

func detectLayout(lines []string) string {
	tabs, markup := 0, false
	for _, l := range lines {
		if strings.Contains(l, "\t") {
			tabs++
		}
		if strings.Contains(l, "<b>") || strings.HasPrefix(l, "**") {
			markup = true
		}
	}
	switch {
	case tabs < 3:
		return LayoutPDFText
	case markup:
		return LayoutMarkdownTabs
	default:
		return LayoutTabSeparated
	}
}
