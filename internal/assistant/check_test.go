package assistant

import (
	"fmt"
	"strings"

	"returninfo/internal/locale"
)

// checkStatistic says what is wrong with a statistics reply that should give
// the figure want with its date ("" if nothing).
func checkStatistic(r *Reply, want int, loc *locale.Localizer) string {
	if r.Kind != KindStatistic || r.Statistic == nil {
		return fmt.Sprintf("want the figure %d, got a %s: %q", want, r.Kind, r.Text)
	}
	found := false
	for _, f := range r.Statistic.Figures {
		found = found || f.Value == want
	}
	if !found || !strings.Contains(r.Text, loc.Int(want)) {
		return fmt.Sprintf("want the figure %d in %q", want, r.Text)
	}
	var y, m, d int
	fmt.Sscanf(r.Statistic.AsAt, "%d-%d-%d", &y, &m, &d)
	date := loc.TData("AskDayMonth", map[string]any{"Day": d, "Month": loc.Month(m)})
	if r.Statistic.Monthly {
		date = loc.TData("AskMonthYear", map[string]any{"Month": loc.Month(m), "Year": y})
	}
	if !strings.Contains(r.Text, date) || !strings.Contains(r.Text, fmt.Sprint(y)) {
		return fmt.Sprintf("want the date %q %d in %q", date, y, r.Text)
	}
	return ""
}
