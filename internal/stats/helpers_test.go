package stats

import (
	"errors"
	"io/fs"
	"strconv"
	"strings"
	"testing"

	"returninfo/content"
)

var periods = []string{"2022-06", "2023-01", "2023-11", "2025-05"}

func testCategories(t testing.TB) *Categories {
	t.Helper()
	cats, err := LoadCategories(content.FS)
	if err != nil {
		t.Fatal(err)
	}
	return cats
}

func reportText(t testing.TB, period string) string {
	t.Helper()
	data, err := fs.ReadFile(content.FS, "stats/reports/"+period+".txt")
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func parseText(t testing.TB, period, text string) *Report {
	t.Helper()
	r, err := Parse(period+".txt", []byte(text), testCategories(t))
	if err != nil {
		t.Fatalf("Parse(%s): %v", period, err)
	}
	return r
}

// lineOf is the 1-based number of the first line that starts with prefix.
func lineOf(t testing.TB, text, prefix string) int {
	t.Helper()
	for i, l := range strings.Split(text, "\n") {
		if strings.HasPrefix(l, prefix) {
			return i + 1
		}
	}
	t.Fatalf("no line starts with %q", prefix)
	return 0
}

func findRow(t testing.TB, rows []Row, published string) Row {
	t.Helper()
	for _, r := range rows {
		if r.PublishedName == published {
			return r
		}
	}
	t.Fatalf("no row %q", published)
	return Row{}
}

func asError(t testing.TB, err error) *Error {
	t.Helper()
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("error %v (%T) is not an *Error", err, err)
	}
	return e
}

func intp(n int) *int { return &n }

func containsAll(s string, parts ...string) bool {
	for _, p := range parts {
		if !strings.Contains(s, p) {
			return false
		}
	}
	return true
}

func itoa(n int) string { return strconv.Itoa(n) }
