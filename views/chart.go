package views

import (
	"strconv"
	"strings"
)

// BarChart is a horizontal bar chart drawn as inline SVG. The SVG is hidden
// from screen readers: the data table rendered with it is its text.
type BarChart struct {
	ID          string // unique on the page; the heading's id
	Heading     string // the message the chart shows, in words
	Caption     string // the data table's caption
	LabelHeader string // first column: "Nationality"
	ValueHeader string // second column: "Returns"
	Bars        []Bar
	MarkerLabel string // what the marker says to a screen reader: "see note"
}

// Bar is one bar: a label, a number and the number as the page writes it.
type Bar struct {
	Label  string
	Value  int
	Text   string // the value formatted for the page's language
	Marked bool   // the label has a footnote (a name shown as published)
}

// Chart geometry in SVG user units. The viewBox is chartWidth wide and
// scales with the page; label above each bar, value after it.
const (
	chartWidth   = 320
	labelLine    = 16 // height of one label line
	labelSize    = 13 // font size of labels and values
	barHeight    = 14
	barGap       = 10 // space below each bar
	valueRoom    = 64 // room right of the longest bar for its value
	labelChars   = 40 // about what fits in chartWidth at labelSize
	barColour    = "#0b4ea2"
	textColour   = "#1b1b1b"
	markerSuffix = " *"
)

type chartLayout struct {
	Height int
	Rows   []chartRow
}

type chartRow struct {
	Lines  []chartText // the label, wrapped
	BarY   int
	BarW   int
	Value  chartText
	BarRaw Bar
}

type chartText struct {
	X, Y int
	Text string
}

// layout places every bar. The longest bar is chartWidth-valueRoom wide; a
// bar that is not zero is at least 2 units wide, so it is seen.
func (c BarChart) layout() chartLayout {
	longest := 0
	for _, b := range c.Bars {
		longest = max(longest, b.Value)
	}
	span := chartWidth - valueRoom
	var l chartLayout
	y := 0
	for _, b := range c.Bars {
		label := b.Label
		if b.Marked {
			label += markerSuffix
		}
		var row chartRow
		for _, line := range wrapWords(label, labelChars) {
			y += labelLine
			row.Lines = append(row.Lines, chartText{X: 0, Y: y - 4, Text: line})
		}
		row.BarY = y
		if longest > 0 && b.Value > 0 {
			row.BarW = max(2, b.Value*span/longest)
		}
		row.Value = chartText{X: row.BarW + 6, Y: y + barHeight - 2, Text: b.Text}
		row.BarRaw = b
		l.Rows = append(l.Rows, row)
		y += barHeight + barGap
	}
	l.Height = max(y, 1)
	return l
}

func (l chartLayout) viewBox() string {
	return "0 0 " + strconv.Itoa(chartWidth) + " " + strconv.Itoa(l.Height)
}

// wrapWords breaks s into lines of at most width characters where it can;
// a single longer word keeps its own line.
func wrapWords(s string, width int) []string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(s) {
		switch {
		case line == "":
			line = w
		case len([]rune(line))+1+len([]rune(w)) <= width:
			line += " " + w
		default:
			lines = append(lines, line)
			line = w
		}
	}
	if line != "" || len(lines) == 0 {
		lines = append(lines, line)
	}
	return lines
}
