package locale

import (
	"fmt"
	"log/slog"
	"math"
	"strconv"
	"strings"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/number"
)

// Localizer gives the UI strings and number formats of one language.
type Localizer struct {
	Lang    Language
	tag     language.Tag
	l       *i18n.Localizer
	printer *message.Printer
	ids     []string
}

// T returns a UI string. A missing ID cannot pass the tests (every T call in
// the code is checked against the message files), so at run time it falls
// back to the ID rather than failing a page.
func (l *Localizer) T(id string) string {
	return l.localize(&i18n.LocalizeConfig{MessageID: id})
}

// TData returns a UI string with template data ({{.Name}}).
func (l *Localizer) TData(id string, data map[string]any) string {
	return l.localize(&i18n.LocalizeConfig{MessageID: id, TemplateData: data})
}

// TCount returns a UI string in the plural form for n; the template sees
// {{.Count}} formatted for the language, and any extra data.
func (l *Localizer) TCount(id string, n int, data map[string]any) string {
	d := map[string]any{"Count": l.Int(n)}
	for k, v := range data {
		d[k] = v
	}
	return l.localize(&i18n.LocalizeConfig{MessageID: id, PluralCount: n, TemplateData: d})
}

func (l *Localizer) localize(c *i18n.LocalizeConfig) string {
	s, err := l.l.Localize(c)
	if err != nil {
		slog.Error("ui string", "lang", l.Lang.Tag, "id", c.MessageID, "err", err)
		if s == "" {
			return c.MessageID
		}
	}
	return s
}

// Int formats a whole number the way the language writes it (1,089 / 1 089).
func (l *Localizer) Int(n int) string {
	return minusSign(l.printer.Sprint(number.Decimal(n)))
}

// Decimal formats a number with the given fraction digits (−89.6 / −89,6).
func (l *Localizer) Decimal(f float64, digits int) string {
	return minusSign(l.printer.Sprint(number.Decimal(f, number.MaxFractionDigits(digits), number.MinFractionDigits(digits))))
}

// Percent formats a percentage as published: its own fraction digits, at
// most two, and with signed a plus on a rise ("+3.5%", "−7%").
func (l *Localizer) Percent(f float64, signed bool) string {
	digits := 0
	if f != math.Trunc(f) {
		_, frac, _ := strings.Cut(strconv.FormatFloat(f, 'f', -1, 64), ".")
		digits = min(len(frac), 2)
	}
	value := l.Decimal(f, digits)
	if signed && f > 0 {
		value = "+" + value
	}
	return l.TData("StatsPercent", map[string]any{"Value": value})
}

// minusSign writes a negative number with the minus sign (U+2212) in every
// language: x/text gives English a hyphen and Bokmål a minus, and one page
// should not mix them; screen readers read the minus sign as "minus".
func minusSign(s string) string {
	if rest, ok := strings.CutPrefix(s, "-"); ok {
		return "\u2212" + rest
	}
	return s
}

// HTMLLang is the value for <html lang>.
func (l *Localizer) HTMLLang() string { return l.Lang.Tag }

// HTMLDir is the value for <html dir>: the writing direction.
func (l *Localizer) HTMLDir() string {
	if l.Lang.Dir == "" {
		return "ltr"
	}
	return l.Lang.Dir
}

// Date writes a date in words: "21 November 2026" / "21. november 2026".
func (l *Localizer) Date(year, month, day int) string {
	return l.TData("DateFormat", map[string]any{"Day": day, "Month": l.Month(month), "Year": year})
}

// Month is the month's name (1 = January).
func (l *Localizer) Month(m int) string {
	return l.T(fmt.Sprintf("Month%d", m))
}
