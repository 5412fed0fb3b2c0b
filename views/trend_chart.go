package views

import "strconv"

// TrendChart draws year-to-date totals on a time line of months: one slot
// a month from the first year to the last, so months without a figure are
// visible as gaps. Bars start at zero. The SVG is hidden from screen
// readers: the table beside it holds the same figures.
type TrendChart struct {
	FirstYear, LastYear int
	Points              []TrendPoint
}

// TrendPoint is one published year-to-date total.
type TrendPoint struct {
	Year, Month int
	Value       int
}

// Geometry in SVG user units.
const (
	trendWidth  = 320
	trendHeight = 140
	trendAxis   = 18 // room for the year labels below the bars
)

type trendBar struct{ X, Y, W, H int }
type trendTick struct {
	X    int
	Year string
}

func (c TrendChart) slots() int { return (c.LastYear - c.FirstYear + 1) * 12 }

func (c TrendChart) bars() []trendBar {
	largest := 1
	for _, p := range c.Points {
		largest = max(largest, p.Value)
	}
	slot := float64(trendWidth) / float64(c.slots())
	var out []trendBar
	for _, p := range c.Points {
		i := (p.Year-c.FirstYear)*12 + p.Month - 1
		h := max(1, p.Value*(trendHeight-trendAxis-4)/largest)
		w := max(2, int(slot)-1)
		out = append(out, trendBar{X: int(float64(i) * slot), Y: trendHeight - trendAxis - h, W: w, H: h})
	}
	return out
}

func (c TrendChart) ticks() []trendTick {
	slot := float64(trendWidth) / float64(c.slots())
	var out []trendTick
	for y := c.FirstYear; y <= c.LastYear; y++ {
		out = append(out, trendTick{X: int(float64((y-c.FirstYear)*12) * slot), Year: strconv.Itoa(y)})
	}
	return out
}
