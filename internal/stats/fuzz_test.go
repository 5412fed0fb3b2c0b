package stats

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzImport feeds arbitrary text to the importer: it must never panic, a
// rejection must be an *Error with a plausible line, and whatever it accepts
// must pass Validate.
func FuzzImport(f *testing.F) {
	for _, p := range periods {
		text := reportText(f, p)
		f.Add(text)
		// Small pieces keep the fuzzer near the tables and the narrative.
		if i := strings.Index(text, "Afghanistan"); i > 0 {
			f.Add(text[:i+400])
		}
	}
	f.Add("Statistics for June 2022:\nAs at 30.06.2022 1\nReturnees so far in 2022 by nationality\n  Asylum\nTotal\nNorway 1 1\nTotal 1 1\n")
	cats := testCategories(f)
	f.Fuzz(func(t *testing.T, text string) {
		r, err := Parse("fuzz.txt", []byte(text), cats)
		if err != nil {
			e := asError(t, err)
			// Line ends as the decoder reads them: LF, CRLF or a lone CR.
			lines := strings.Count(strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n"), "\n") + 1
			if e.File != "fuzz.txt" || e.Line < 0 || e.Line > lines || e.Reason == "" {
				t.Fatalf("bad error %#v", e)
			}
			return
		}
		if err := Validate(r, cats); err != nil {
			t.Fatalf("accepted a report that does not validate: %v", err)
		}
		if _, err := Encode(r); err != nil {
			t.Fatal(err)
		}
	})
}

func BenchmarkImportAll(b *testing.B) {
	in := b.TempDir()
	var files []string
	for _, p := range periods {
		path := filepath.Join(in, p+".txt")
		if err := os.WriteFile(path, []byte(reportText(b, p)), 0o644); err != nil {
			b.Fatal(err)
		}
		files = append(files, path)
	}
	cats := testCategories(b)
	out := b.TempDir()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Import(files, out, cats); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParseAll is the importer without the disk.
func BenchmarkParseAll(b *testing.B) {
	texts := map[string][]byte{}
	for _, p := range periods {
		texts[p] = []byte(reportText(b, p))
	}
	cats := testCategories(b)
	b.ReportAllocs()
	for b.Loop() {
		for p, text := range texts {
			r, err := Parse(p, text, cats)
			if err != nil {
				b.Fatal(err)
			}
			if _, err := Encode(r); err != nil {
				b.Fatal(err)
			}
		}
	}
}
