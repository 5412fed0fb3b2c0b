package stats

import (
	"slices"
	"strconv"
	"strings"

	"returninfo/internal/stats/countries"
)

// tableParser reads the two tables of a report.
type tableParser struct {
	lang     *reportLanguage
	cats     *Categories
	headings []heading
	split    func(string) (string, []cell, bool, string)
	notes    []string
}

type table struct {
	kind      string
	titleLine int
	cats      []string
	rows      []Row
	total     *Totals
}

// maxHeaderLines bounds a wrapped column header; more means we are lost.
const maxHeaderLines = 10

// parse reads every table from line index from on; it returns the tables by kind.
func (p *tableParser) parse(lines []string, from int) (map[string]*table, *Error) {
	tables := map[string]*table{}
	var cur *table
	inHeader, headerLines := false, 0
	var header []string
	var frags []string
	fragLine := 0
	for i := from; i < len(lines); i++ {
		ln := i + 1
		clean := strings.Join(strings.Fields(stripMarkup(lines[i])), " ")
		if m := p.lang.tableTitle.FindStringSubmatch(clean); m != nil {
			kind := p.lang.kinds[strings.ToLower(m[p.lang.tableTitle.SubexpIndex("kind")])]
			if kind == "" {
				continue // case folding matched a spelling the kinds do not list
			}
			if cur != nil && cur.total == nil {
				if cur.kind != kind {
					return nil, failf(cur.titleLine, "%s that starts here has no total row (a line starting %q)", tableWords(cur.kind), p.cats.TotalHeaders[0])
				}
				if len(frags) > 0 {
					return nil, failf(fragLine, "%q has no figures", strings.Join(frags, " "))
				}
				// The title repeats at the top of each page; its header follows.
			} else {
				if tables[kind] != nil {
					return nil, failf(ln, "a second copy of %s (the first starts on line %d): import one report per file", tableWords(kind), tables[kind].titleLine)
				}
				cur = &table{kind: kind, titleLine: ln}
				tables[kind] = cur
			}
			inHeader, headerLines, header = true, 0, nil
			continue
		}
		if cur == nil || cur.total != nil || clean == "" {
			continue
		}
		if inHeader {
			header = append(header, strings.Fields(strings.ToLower(clean))...)
			headerLines++
			if !p.cats.isTotal(header[len(header)-1]) {
				if headerLines >= maxHeaderLines {
					return nil, failf(ln, "no column heading %q found after the title of %s", p.cats.TotalHeaders[0], tableWords(cur.kind))
				}
				continue
			}
			ids, err := p.columns(header)
			if err != "" {
				return nil, failf(ln, "%s", err)
			}
			if cur.cats == nil {
				cur.cats = ids
			} else if !slices.Equal(cur.cats, ids) {
				return nil, failf(ln, "the columns %s differ from %s on the table's first page", p.cats.columnList(ids), p.cats.columnList(cur.cats))
			}
			inHeader = false
			continue
		}
		name, cells, ok, bad := p.split(lines[i])
		if bad != "" {
			return nil, failf(ln, "%s", bad)
		}
		if !ok {
			if fragLine == 0 {
				fragLine = ln
			}
			frags = append(frags, strings.Join(strings.Fields(name), " "))
			if len(frags) > 4 {
				return nil, failf(fragLine, "text without figures inside %s", tableWords(cur.kind))
			}
			continue
		}
		parts := append(frags, strings.Join(strings.Fields(name), " "))
		frags, fragLine = nil, 0
		full := joinName(parts)
		if len(cells) != len(cur.cats)+1 {
			hint := ""
			if len(cells) > len(cur.cats)+1 {
				hint = ": a thousands separator inside a table row? Copy the table from the police's web version, where cells are separated by tabs"
			}
			return nil, failf(ln, "%s: expected %d figures (%d categories and the total), found %d%s",
				quoteName(full), len(cur.cats)+1, len(cur.cats), len(cells), hint)
		}
		counts := map[string]int{}
		for j, id := range cur.cats {
			counts[id] = cells[j].n
			if c := cells[j]; !c.empty && c.raw != strconv.Itoa(c.n) {
				p.notes = append(p.notes, "line "+strconv.Itoa(ln)+": "+full+": cell "+strconv.Quote(c.raw)+
					" in column "+id+" read as "+strconv.Itoa(c.n)+", so that the row and the column add up")
			}
		}
		last := cells[len(cells)-1]
		if last.empty {
			return nil, failf(ln, "%s: the total is empty", quoteName(full))
		}
		if p.cats.isTotal(full) {
			cur.total = &Totals{Counts: counts, Total: last.n, line: ln}
			continue
		}
		if full == "" {
			return nil, failf(ln, "figures without a country name")
		}
		cur.rows = append(cur.rows, Row{PublishedName: full, Counts: counts, Total: last.n, line: ln})
	}
	if cur != nil && cur.total == nil {
		return nil, failf(cur.titleLine, "%s that starts here has no total row (a line starting %q)", tableWords(cur.kind), p.cats.TotalHeaders[0])
	}
	return tables, nil
}

// columns maps heading words to category IDs; the last heading is the total.
func (p *tableParser) columns(words []string) ([]string, string) {
	var ids []string
	for pos := 0; pos < len(words); {
		found := false
		for _, h := range p.headings {
			if pos+len(h.words) <= len(words) && slices.Equal(words[pos:pos+len(h.words)], h.words) {
				if h.id == "" {
					if pos+len(h.words) != len(words) {
						return nil, "the total column is not the last"
					}
				} else {
					if slices.Contains(ids, h.id) {
						return nil, "the column " + p.cats.columnWords(h.id) + " appears twice"
					}
					ids = append(ids, h.id)
				}
				pos += len(h.words)
				found = true
				break
			}
		}
		if !found {
			return nil, "unknown column heading at " + strconv.Quote(strings.Join(words[pos:], " ")) + ": a new category's heading goes in content/stats/categories.toml"
		}
	}
	if len(ids) == 0 {
		return nil, "no category columns"
	}
	return ids, ""
}

// joinName joins a name wrapped over lines. A line ending in "-" is either a
// word broken by hyphenation ("Elfenbens-" "kysten") or a hyphenated name
// ("Bosnia-" "Hercegovina"): the joining the country table knows wins, and
// the hyphen is kept if neither or both are known.
func joinName(parts []string) string {
	parts = slices.DeleteFunc(slices.Clone(parts), func(s string) bool { return s == "" })
	var breaks []int
	for i := 0; i+1 < len(parts); i++ {
		if strings.HasSuffix(parts[i], "-") {
			breaks = append(breaks, i)
		}
	}
	if len(breaks) > 4 {
		breaks = breaks[:4]
	}
	build := func(drop int) string {
		var b strings.Builder
		for i, s := range parts {
			if k := slices.Index(breaks, i); k >= 0 && drop&(1<<k) != 0 {
				s = strings.TrimSuffix(s, "-")
			}
			b.WriteString(s)
			if i+1 < len(parts) && !strings.HasSuffix(parts[i], "-") {
				b.WriteByte(' ')
			}
		}
		return b.String()
	}
	for drop := 0; drop < 1<<len(breaks); drop++ {
		if name := build(drop); countries.Known(name) {
			return name
		}
	}
	return build(0)
}

func quoteName(name string) string {
	if name == "" {
		return "row"
	}
	return strconv.Quote(name)
}
