package assistant

import (
	"regexp"
	"strings"
)

const (
	day   = `(?:0?[1-9]|[12]\d|3[01])`
	month = `(?:0?[1-9]|1[0-2])`
)

var (
	emailPattern = regexp.MustCompile(`[\p{L}\p{N}._%+\-]+@[\p{L}\p{N}.\-]+\.\p{L}{2,}`)
	// digitRun is digits with single spaces, dots or dashes between groups,
	// optionally after + (a phone number's country code).
	digitRun    = regexp.MustCompile(`\+?\d(?:[ .\-]?\d)*`)
	yearPattern = regexp.MustCompile(`^(?:19|20)\d\d$`)
	// datePattern is a date, day first, month first (as in the USA) or
	// (ISO) year first, with a real month and day: "2034-56-78" is a phone
	// number.
	datePattern = regexp.MustCompile(`^(?:` + day + `[.\-]` + month + `|` + month + `[.\-]` + day + `)[.\-](?:19|20)\d\d$|^(?:19|20)\d\d-` + month + `-` + day + `$`)
)

// withoutPersonalData removes what looks like an e-mail address, a national
// identity or D-number (11 digits) or a phone number (8 or more digits) from
// a question, and reports whether it found any. Years and figures are kept.
// A short clause that only introduces the data ("My D-number is …,") goes
// with it: its words say nothing about what is asked.
func withoutPersonalData(q string) (string, bool) {
	const mark = "\x00"
	q, found := replacePersonalData(q, mark)
	if !found {
		return q, false
	}
	clauses := clausePattern.FindAllString(q, -1)
	words := func(c string) int { return len(strings.Fields(strings.ReplaceAll(c, mark, " "))) }
	rest := 0 // words in clauses without the data: a question must remain
	for _, c := range clauses {
		if !strings.Contains(c, mark) {
			rest += words(c)
		}
	}
	var b strings.Builder
	for _, c := range clauses {
		if rest > 0 && strings.Contains(c, mark) && !strings.HasSuffix(c, "?") && words(c) <= maxIntroWords {
			b.WriteString(" ")
			continue
		}
		b.WriteString(strings.ReplaceAll(c, mark, " "))
	}
	return b.String(), true
}

// clausePattern is a clause with the mark that ends it; maxIntroWords the
// most words a clause that only introduces personal data has.
var clausePattern = regexp.MustCompile(`[^,.;:!?\n]*[,.;:!?\n]?`)

const maxIntroWords = 6

// MaskPersonalData hides what looks like personal data in a question before
// a page shows the question back: the person should not see their number
// on the screen again, nor leave it in a prefilled box.
func MaskPersonalData(q string) string {
	masked, _ := replacePersonalData(q, "•••")
	return masked
}

func replacePersonalData(q, with string) (string, bool) {
	found := false
	q = emailPattern.ReplaceAllStringFunc(q, func(string) string {
		found = true
		return with
	})
	q = digitRun.ReplaceAllStringFunc(q, func(run string) string {
		if !looksPersonal(run) {
			return run
		}
		found = true
		return with
	})
	return q, found
}

func looksPersonal(run string) bool {
	if datePattern.MatchString(run) {
		return false // "30.11.2023", "2023-11-30": a date, not a number about someone
	}
	groups := strings.FieldsFunc(strings.TrimPrefix(run, "+"), func(r rune) bool { return r == ' ' || r == '.' || r == '-' })
	digits := 0
	years := 0
	for _, g := range groups {
		digits += len(g)
		if yearPattern.MatchString(g) {
			years++
		}
	}
	if years == len(groups) {
		return false // "2023 2024": years, not a phone number
	}
	if strings.HasPrefix(run, "+") {
		return digits >= 7
	}
	return digits >= 8 && digits <= 15
}
