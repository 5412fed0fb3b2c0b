package stats

import (
	"fmt"
	"strconv"
	"strings"
)

// Error is a problem with one input file. Line is 1-based; 0 when the
// problem is not on one line.
type Error struct {
	File   string
	Line   int
	Reason string
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Reason)
	}
	return fmt.Sprintf("%s: %s", e.File, e.Reason)
}

// failf builds an *Error without a file name; Parse fills it in.
func failf(line int, format string, args ...any) *Error {
	return &Error{Line: line, Reason: fmt.Sprintf(format, args...)}
}

// tableWords names a table in messages as a reader would.
func tableWords(kind string) string {
	switch kind {
	case TableNationality:
		return "the table by nationality"
	case TableDestination:
		return "the table by destination"
	}
	return "the table"
}

// columnWords names a category column in messages by its English label.
func (c *Categories) columnWords(id string) string {
	if cat, ok := c.Get(id); ok {
		if l := cat.Label["en"]; l != "" {
			return strconv.Quote(l)
		}
		return strconv.Quote(cat.Headers[0])
	}
	return strconv.Quote(id)
}

func (c *Categories) columnList(ids []string) string {
	words := make([]string, len(ids))
	for i, id := range ids {
		words[i] = c.columnWords(id)
	}
	return strings.Join(words, ", ")
}
