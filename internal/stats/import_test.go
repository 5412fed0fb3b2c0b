package stats

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"returninfo/content"
)

// The committed JSON must be exactly what importing the committed report
// gives today, so the two never drift apart.
func TestCommittedJSONEqualsFreshImport(t *testing.T) {
	reports, err := fs.Glob(content.FS, "stats/reports/*.txt")
	if err != nil || len(reports) < len(periods) {
		t.Fatalf("reports %v, %v", reports, err)
	}
	jsons, _ := fs.Glob(content.FS, "stats/*.json")
	if len(jsons) != len(reports) {
		t.Errorf("%d JSON files for %d reports", len(jsons), len(reports))
	}
	for _, name := range reports {
		data, _ := fs.ReadFile(content.FS, name)
		r, err := Parse(name, data, testCategories(t))
		if err != nil {
			t.Fatal(err)
		}
		if want := strings.TrimSuffix(filepath.Base(name), ".txt"); r.Period != want {
			t.Errorf("%s holds period %s", name, r.Period)
		}
		fresh, err := Encode(r)
		if err != nil {
			t.Fatal(err)
		}
		committed, err := fs.ReadFile(content.FS, "stats/"+FileName(r.Period))
		if err != nil {
			t.Fatalf("%s: %v (run returninfo import %s)", r.Period, err, name)
		}
		if !bytes.Equal(fresh, committed) {
			t.Errorf("stats/%s differs from a fresh import of %s: run `go run ./cmd/returninfo import content/%s`", FileName(r.Period), name, name)
		}
	}
}

func writeFile(t *testing.T, dir, name, text string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// dirListing maps each file name in dir to its content.
func dirListing(t *testing.T, dir string) map[string]string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	m := map[string]string{}
	for _, e := range entries {
		data, _ := os.ReadFile(filepath.Join(dir, e.Name()))
		m[e.Name()] = string(data)
	}
	return m
}

func TestImportWritesOneFilePerMonth(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	var files []string
	for _, p := range periods {
		files = append(files, writeFile(t, in, p+".txt", reportText(t, p)))
	}
	if _, err := Import(files, out, testCategories(t)); err != nil {
		t.Fatal(err)
	}
	got := dirListing(t, out)
	if len(got) != len(periods) {
		t.Errorf("files written: %v", keys(got))
	}
	for _, p := range periods {
		committed, _ := fs.ReadFile(content.FS, "stats/"+p+".json")
		if got[p+".json"] != string(committed) {
			t.Errorf("%s.json differs from the committed file", p)
		}
	}
	if info, err := os.Stat(filepath.Join(out, "2022-06.json")); err != nil || info.Mode().Perm() != 0o644 {
		t.Errorf("mode %v, %v", info.Mode(), err)
	}
}

func keys(m map[string]string) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	return ks
}

// A malformed report is one changed line: the importer must name that line
// and the reason, and leave the output directory as it was.
func TestMalformedReportsAreRejectedAndNothingIsWritten(t *testing.T) {
	cases := []struct {
		name, period, old, new string
		errLine                string // prefix of the line the error must name
		reason                 string
	}{
		{"broken PDF row", "2022-06", "Albania 10 17   21 48", "Albania 10 17 21 48",
			"Albania 10 17 21 48", "expected 5 figures"},
		{"broken tab row", "2025-05", "Albania\t\t\t\t\t5\t5\n", "Albania\t\t\t\t5\t5\n",
			"Albania\t\t\t\t5\t5", "expected 6 figures"},
		{"row that does not add up", "2022-06", "Sweden   84 16 21 121", "Sweden   84 16 21 122",
			"Sweden   84 16 21 122", "add up to 121 but the total is 122"},
		{"column that does not add up", "2023-11", "Sum 194 707 605 645 2151 \n\n \n \n", "Sum 194 707 605 646 2152 \n\n \n \n",
			"Sum 194 707 605 646 2152", `column "Expulsion" adds up to 645`},
		{"table total is not the year's total", "2025-05", "As at 31. May 2025\t977", "As at 31. May 2025\t978",
			"Total\t118", "not the so-far-this-year total 978"},
		{"January's month is not its year so far", "2023-01", "As at 31 January 2023\t203", "As at 31 January 2023\t204",
			"As at 31 January 2023", "204 returned so far this year on 31 January, but 203 returned in January"},
		{"missing total row", "2022-06", "Vietnam 4 4   7 15 \nTotal 72 515 126 376 1089 \n", "Vietnam 4 4   7 15 \n",
			"Returnees so far in 2022 by nationality", "has no total row"},
		{"unknown country", "2025-05", "Zimbabwe\t1\t1\t\t\t\t2", "Zimbabwa\t1\t1\t\t\t\t2",
			"Zimbabwa", `unknown country "Zimbabwa"`},
		{"wrapped name that is no country", "2023-11", "Elfenbens-\nkysten 1", "Elfenbens-\nkysen 1",
			"kysen 1", `unknown country "Elfenbens-kysen"`},
		{"unknown column heading", "2023-11", " Asyl Bortvisning Dublin Utvisning Sum \n\nAfghanistan", " Asyl Bortvisning Dublim Utvisning Sum \n\nAfghanistan",
			" Asyl Bortvisning Dublim", `unknown column heading at "dublim`},
		{"text in a count", "2022-06", "Kenya   1   2 3", "Kenya   1   two 3",
			"Kenya   1   two 3", `"two" is not a count`},
		{"narrative contradicts itself", "2025-05", "In May, the police returned 59 convicted", "In May, the police returned 58 convicted",
			"In May, the police returned 58", "58 convicted offenders here but 59"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			text := reportText(t, c.period)
			if !strings.Contains(text, c.old) {
				t.Fatalf("report %s lacks %q", c.period, c.old)
			}
			bad := strings.Replace(text, c.old, c.new, 1)
			in, out := t.TempDir(), t.TempDir()
			good := writeFile(t, in, "good.txt", reportText(t, "2023-01"))
			badFile := writeFile(t, in, "bad.txt", bad)
			sentinel := writeFile(t, out, c.period+".json", "previous import\n")
			before := dirListing(t, out)

			_, err := Import([]string{good, badFile}, out, testCategories(t))
			if err == nil {
				t.Fatal("import succeeded")
			}
			e := asError(t, err)
			wantLine := lineOf(t, bad, c.errLine)
			if e.File != badFile || e.Line != wantLine || !strings.Contains(e.Reason, c.reason) {
				t.Errorf("error %q; want %s:%d: …%s…", err, badFile, wantLine, c.reason)
			}
			if internalWords.MatchString(e.Reason) {
				t.Errorf("message %q shows an internal identifier", e.Reason)
			}
			if !strings.HasPrefix(err.Error(), badFile+":"+itoa(wantLine)+": ") {
				t.Errorf("message %q does not start with file:line", err)
			}
			if after := dirListing(t, out); len(after) != len(before) || after[filepath.Base(sentinel)] != "previous import\n" {
				t.Errorf("output changed: %v", keys(after))
			}
		})
	}
}

func TestMissingYearTotalIsRejected(t *testing.T) {
	text := strings.Replace(reportText(t, "2025-05"), "As at 31. May 2025\t977", "", 1)
	_, err := Parse("x.txt", []byte(text), testCategories(t))
	if err == nil || !strings.Contains(err.Error(), "no so-far-this-year total") {
		t.Fatalf("error %v", err)
	}
}

func TestTwoReportsForOneMonthAreRejected(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	a := writeFile(t, in, "a.txt", reportText(t, "2023-01"))
	b := writeFile(t, in, "b.txt", reportText(t, "2023-01"))
	if _, err := Import([]string{a, b}, out, testCategories(t)); err == nil || !strings.Contains(err.Error(), "also the period of") {
		t.Fatalf("error %v", err)
	}
	if len(dirListing(t, out)) != 0 {
		t.Error("files written")
	}
}

// A new month in a known layout imports without code changes.
func TestNewMonthImports(t *testing.T) {
	may := reportText(t, "2025-05")
	june := strings.NewReplacer(
		"Statistics for May 2025", "Statistics for June 2025",
		"persons in May 2025", "persons in June 2025",
		"As at 31. May 2024\t1046", "As at 30. June 2024\t1250",
		"As at 31. May 2025\t977", "As at 30. June 2025\t1160",
		"Change in percent\t-7%", "Change in percent\t-7%",
		"In May,", "In June,",
		"returned in May", "returned in June",
		"one of them in May", "one of them in June",
		// 183 more returns: Sweden gains them as expulsions in both tables.
		"Sweden\t\t\t\t\t13\t13", "Sweden\t\t\t\t\t196\t196",
		"Sweden\t\t20\t2\t8\t17\t47", "Sweden\t\t20\t2\t8\t200\t230",
		"Total\t118\t239\t58\t245\t317\t977", "Total\t118\t239\t58\t245\t500\t1160",
		"Sum\t118\t239\t58\t245\t317\t977", "Sum\t118\t239\t58\t245\t500\t1160",
	).Replace(may)
	r := parseText(t, "2025-06", june)
	if r.Period != "2025-06" || r.YTDTotal != 1160 || *r.PreviousYTDTotal != 1250 || r.AsAt != "2025-06-30" {
		t.Errorf("period %s ytd %d prev %d as at %s", r.Period, r.YTDTotal, *r.PreviousYTDTotal, r.AsAt)
	}
	if row := findRow(t, r.ByDestination, "Sweden"); row.Counts["expulsion"] != 200 || row.Total != 230 {
		t.Errorf("Sweden %+v", row)
	}

	nov := reportText(t, "2023-11")
	dec := strings.NewReplacer(
		"Månedsstatistikk november 2023", "Månedsstatistikk desember 2023",
		"personer i november 2023", "personer i desember 2023",
		"Per 30.11.2022", "Per 31.12.2022",
		"Per 30.11.2023", "Per 31.12.2023",
		"I november", "I desember",
		"gjennomført i november", "gjennomført i desember",
	).Replace(nov)
	r = parseText(t, "2023-12", dec)
	if r.Period != "2023-12" || r.SourceLanguage != "nb" || r.AsAt != "2023-12-31" || *r.CharterFlightsInMonth != 2 {
		t.Errorf("period %s language %s as at %s", r.Period, r.SourceLanguage, r.AsAt)
	}
}

// A month name left over from the previous report is caught, not imported.
func TestSentenceAboutAnotherMonthIsRejected(t *testing.T) {
	text := strings.Replace(reportText(t, "2025-05"), "Statistics for May 2025", "Statistics for June 2025", 1)
	_, err := Parse("x.txt", []byte(text), testCategories(t))
	if err == nil || !strings.Contains(err.Error(), "the report is for 2025-06") {
		t.Fatalf("error %v", err)
	}
}

func TestImportReportsUnreadableFiles(t *testing.T) {
	out := t.TempDir()
	_, err := Import([]string{filepath.Join(out, "missing.txt")}, out, testCategories(t))
	if err == nil || !strings.Contains(err.Error(), "missing.txt: cannot read") {
		t.Fatalf("error %v", err)
	}
}
