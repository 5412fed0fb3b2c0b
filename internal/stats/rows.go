package stats

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
)

var markup = regexp.MustCompile(`</?[a-zA-Z][^>]*>|\*+|^#+\s`)

// stripMarkup removes the HTML tags and Markdown emphasis some layouts carry.
func stripMarkup(s string) string {
	if !strings.ContainsAny(s, "<*#") {
		return s
	}
	return markup.ReplaceAllString(s, "")
}

// cell is one table cell: empty, or a count.
type cell struct {
	empty bool
	n     int
	raw   string
}

// splitPDFRow splits a line of PDF-extracted table text into the name
// before the figures and the cells. Cells are separated by one space and an
// empty cell is one more space, so "Afghanistan   6 17 4 27" has an empty
// first cell. ok is false for a line with text only (a wrapped name).
func splitPDFRow(line string) (name string, cells []cell, ok bool, err string) {
	line = strings.TrimRightFunc(line, unicode.IsSpace)
	p := 0
	for p < len(line) && line[p] != ' ' {
		q := strings.IndexByte(line[p:], ' ')
		if q < 0 {
			q = len(line) - p
		}
		if isCount(line[p : p+q]) {
			break
		}
		p += q
		name = line[:p]
		if p < len(line) {
			p++ // the separator after a name word
		}
	}
	rest := line[p:]
	if name == "" && strings.TrimSpace(rest) == "" {
		return "", nil, false, ""
	}
	if rest == "" {
		return name, nil, false, ""
	}
	for {
		if rest[0] == ' ' {
			cells = append(cells, cell{empty: true})
			rest = rest[1:]
		} else {
			tok, after, _ := strings.Cut(rest, " ")
			c, ok := parseCount(tok)
			if !ok {
				return name, nil, true, strconv.Quote(tok) + " is not a count: a cell must hold a whole number such as 1046 or 1 046"
			}
			cells = append(cells, c)
			rest = after
			if after == "" {
				break
			}
			continue
		}
		if rest == "" {
			break
		}
		if rest[0] != ' ' {
			return name, nil, true, "the spaces do not separate the cells (an even number of spaces): copy the table from the police's web version, where cells are separated by tabs"
		}
		rest = rest[1:] // separator after an empty cell
		if rest == "" {
			break
		}
	}
	return name, cells, true, ""
}

// splitTabRow splits a tab-separated table line; tags and emphasis are removed.
func splitTabRow(line string) (name string, cells []cell, ok bool, err string) {
	parts := strings.Split(line, "\t")
	name = strings.TrimSpace(stripMarkup(parts[0]))
	for _, p := range parts[1:] {
		p = strings.TrimSpace(stripMarkup(p))
		if p == "" {
			cells = append(cells, cell{empty: true})
			continue
		}
		c, ok := parseCount(p)
		if !ok {
			return name, nil, true, strconv.Quote(p) + " is not a count: a cell must hold a whole number such as 1046 or 1 046"
		}
		cells = append(cells, c)
	}
	// Trailing empty cells are layout padding, not figures.
	for len(cells) > 0 && cells[len(cells)-1].empty {
		cells = cells[:len(cells)-1]
	}
	if len(cells) == 0 {
		return name, nil, false, ""
	}
	return name, cells, true, ""
}

// isCount reports whether a token is a count ("17", or "2." with a stray stop).
func isCount(tok string) bool {
	_, ok := parseCount(tok)
	return ok
}

func parseCount(tok string) (cell, bool) {
	digits := strings.TrimSuffix(tok, ".")
	n, ok := readCount(digits)
	if !ok {
		return cell{}, false
	}
	return cell{n: n, raw: tok}, true
}

// thousandsSeparators are the marks the police put between groups of three
// digits: space, no-break space, narrow no-break space, comma, full stop.
const thousandsSeparators = "   ,."

// readCount reads a whole number: plain digits ("1046"), or groups of three
// digits after a first group of one to three, all separated by the same
// mark ("1 046", "1 046", "1,046", "1.046"). A count never has
// decimals, so "1.046" can only be a thousand and forty-six; "1.5" or
// "10 46" are not counts.
func readCount(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	sep := rune(-1)
	var b strings.Builder
	group := 0
	first := true
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			b.WriteRune(r)
			group++
		case strings.ContainsRune(thousandsSeparators, r):
			if sep == -1 {
				sep = r
			}
			if r != sep || group == 0 || (first && group > 3) || (!first && group != 3) {
				return 0, false
			}
			first, group = false, 0
		default:
			return 0, false
		}
	}
	if sep != -1 && group != 3 {
		return 0, false
	}
	digits := b.String()
	if len(digits) > 9 {
		return 0, false
	}
	n, err := strconv.Atoi(digits)
	return n, err == nil
}
