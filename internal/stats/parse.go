package stats

import (
	"bytes"
	"path/filepath"
	"slices"
	"strings"
	"unicode/utf8"

	"returninfo/internal/stats/countries"
)

// Layouts a report can come in.
const (
	LayoutPDFText      = "pdf-text"      // text extracted from a PDF, cells separated by spaces
	LayoutMarkdownTabs = "markdown-tabs" // Markdown-like text with <b> tags, tab-separated tables
	LayoutTabSeparated = "tab-separated" // plain text with tab-separated tables
)

// Parse reads one report. file names it in errors; its base name is kept as
// the report's source file. The report is checked completely (Validate):
// an error is an *Error naming the file, the line and the reason.
func Parse(file string, data []byte, cats *Categories) (*Report, error) {
	r, err := parse(data, cats)
	if err != nil {
		err.File = file
		return nil, err
	}
	r.SourceFile = filepath.Base(file)
	return r, nil
}

func parse(data []byte, cats *Categories) (*Report, *Error) {
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	if !utf8.Valid(data) {
		line := bytes.Count(data[:invalidUTF8At(data)], []byte("\n")) + 1
		return nil, failf(line, "not UTF-8 text")
	}
	text := strings.ReplaceAll(string(data), "\r\n", "\n")
	lines := strings.Split(text, "\n")
	lang := detectLanguage(text)
	if lang == nil {
		return nil, failf(0, "cannot tell the report's language")
	}
	r := &Report{SourceLanguage: lang.code, Layout: detectLayout(lines)}

	first := len(lines)
	for i, l := range lines {
		if lang.tableTitle.MatchString(strings.Join(strings.Fields(stripMarkup(l)), " ")) {
			first = i
			break
		}
	}
	n := narrative{lang: lang, ft: flatten(lines, 0, first), report: r}
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
			return nil, failf(0, "no table %s found", kind)
		}
	}
	if !slices.Equal(nat.cats, dest.cats) {
		return nil, failf(dest.titleLine, "the columns %v differ from %v in the table by nationality", dest.cats, nat.cats)
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
			return failf(row.line, "unknown country %q (a new spelling goes in internal/stats/countries/aliases.go)", row.PublishedName)
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
		row.CountryUncertain, row.CountryCandidates = true, m.Candidates
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

func invalidUTF8At(data []byte) int {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return len(data)
}
