package stats

import (
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	"returninfo/content"
)

// statsFS copies the embedded statistics into a map, to be edited.
func statsFS(t *testing.T) fstest.MapFS {
	t.Helper()
	m := fstest.MapFS{}
	err := fs.WalkDir(content.FS, Dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(content.FS, p)
		m[p] = &fstest.MapFile{Data: data}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestCommittedMonthsMatchTheirReports(t *testing.T) {
	s, err := Load(content.FS)
	if err != nil {
		t.Fatal(err)
	}
	if err := CheckAgainstReports(content.FS, s); err != nil {
		t.Fatal(err)
	}
}

// A figure edited by hand in a month's JSON stops the start, and the
// message names the month and the figure.
func TestHandEditedFigureIsCaught(t *testing.T) {
	cases := []struct {
		name, file, old, new string
		want                 []string
	}{
		{"last year's total", "stats/2025-05.json", `"previous_ytd_total": 1046,`, `"previous_ytd_total": 1064,`,
			[]string{"statistics 2025-05", "previous_ytd_total (persons returned in the same period last year) is 1064", "gives 1046", "returninfo import"}},
		{"change", "stats/2022-06.json", `"change_percent": -89.6,`, `"change_percent": -8.96,`,
			[]string{"statistics 2022-06", "change_percent", "is -8.96", "gives -89.6"}},
		{"narrative figure", "stats/2023-11.json", `"minors_in_month": 28,`, `"minors_in_month": 29,`,
			[]string{"statistics 2023-11", "minors_in_month (minors returned in the month) is 29", "gives 28"}},
		{"published name", "stats/2022-06.json", `"published_name": "Bosnia-Herzegovina"`, `"published_name": "Bosnia and Herzegovina"`,
			[]string{"statistics 2022-06", "by_nationality[", "published_name", `"Bosnia-Herzegovina"`}},
		{"figure marked not recognised", "stats/2023-01.json", `"charter_flights_in_month": 0,`, `"charter_flights_in_month": null, "not_recognised": ["charter_flights_in_month"],`,
			[]string{"statistics 2023-01", "charter_flights_in_month", "is null", "gives 0"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := statsFS(t)
			text := string(m[c.file].Data)
			if !strings.Contains(text, c.old) {
				t.Fatalf("%s lacks %q", c.file, c.old)
			}
			m[c.file] = &fstest.MapFile{Data: []byte(strings.Replace(text, c.old, c.new, 1))}
			s, err := Load(m)
			if err != nil {
				t.Fatalf("the edited file no longer loads (%v): the start-up check was not reached", err)
			}
			err = CheckAgainstReports(m, s)
			if err == nil {
				t.Fatal("a hand-edited figure passed")
			}
			for _, w := range c.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("message %q lacks %q", err, w)
				}
			}
		})
	}
}

func TestMonthWithoutReportAndReportWithoutMonth(t *testing.T) {
	m := statsFS(t)
	delete(m, "stats/reports/2023-01.txt")
	s, err := Load(m)
	if err != nil {
		t.Fatal(err)
	}
	if err := CheckAgainstReports(m, s); err == nil || !strings.Contains(err.Error(), "statistics 2023-01") || !strings.Contains(err.Error(), "has no report") {
		t.Errorf("error %v", err)
	}
	m = statsFS(t)
	delete(m, "stats/2023-01.json")
	s, err = Load(m)
	if err != nil {
		t.Fatal(err)
	}
	if err := CheckAgainstReports(m, s); err == nil || !strings.Contains(err.Error(), "has no imported month") {
		t.Errorf("error %v", err)
	}
}

func BenchmarkImportFourReports(b *testing.B) {
	cats := testCategories(b)
	var texts [][]byte
	for _, p := range periods {
		texts = append(texts, []byte(reportText(b, p)))
	}
	b.ResetTimer()
	for range b.N {
		for i, p := range periods {
			if _, err := Parse(p+".txt", texts[i], cats); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func BenchmarkStartupCheck(b *testing.B) {
	s, err := Load(content.FS)
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for range b.N {
		if err := CheckAgainstReports(content.FS, s); err != nil {
			b.Fatal(err)
		}
	}
}
