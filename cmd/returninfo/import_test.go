package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

func TestImportCommandWritesMonths(t *testing.T) {
	out := t.TempDir()
	var stdout, stderr bytes.Buffer
	code := runImport([]string{"-out", out, "../../content/stats/reports/2022-06.txt", "../../content/stats/reports/2023-11.txt"}, &stdout, &stderr)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	for _, p := range []string{"2022-06", "2023-11"} {
		got, err := os.ReadFile(filepath.Join(out, p+".json"))
		if err != nil {
			t.Fatal(err)
		}
		committed, _ := os.ReadFile("../../content/stats/" + p + ".json")
		if !bytes.Equal(got, committed) {
			t.Errorf("%s.json differs from the committed file", p)
		}
		if !strings.Contains(stdout.String(), p+": ") {
			t.Errorf("stdout %q does not mention %s", stdout.String(), p)
		}
	}
}

func TestImportCommandRejectsABadReport(t *testing.T) {
	dir, out := t.TempDir(), t.TempDir()
	text, err := os.ReadFile("../../content/stats/reports/2023-11.txt")
	if err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(dir, "bad.txt")
	if err := os.WriteFile(bad, bytes.Replace(text, []byte("Polen   29   47 76"), []byte("Polen   29   47 77"), 1), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	code := runImport([]string{"-out", out, "../../content/stats/reports/2022-06.txt", bad}, &stdout, &stderr)
	if code == 0 {
		t.Fatal("exit 0 for a report whose row does not add up")
	}
	line := 1 + bytes.Count(text[:bytes.Index(text, []byte("Polen   29"))], []byte("\n"))
	if want := bad + ":" + strconv.Itoa(line) + ": "; !strings.Contains(stderr.String(), want) || !strings.Contains(stderr.String(), "nothing written") {
		t.Errorf("stderr %q; want %q… and \"nothing written\"", stderr.String(), want)
	}
	if entries, _ := os.ReadDir(out); len(entries) != 0 {
		t.Errorf("%d files written", len(entries))
	}
}

func TestImportCommandNeedsFiles(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := runImport(nil, &stdout, &stderr); code != 2 || !strings.Contains(stderr.String(), "usage: returninfo import") {
		t.Errorf("exit %d, stderr %q", code, stderr.String())
	}
}

// The operator sees every figure read; a sentence the importer does not
// recognise stops the import unless -accept-unrecognised is given.
func TestImportCommandPrintsFiguresAndAcceptsOnlyWhenTold(t *testing.T) {
	dir, out := t.TempDir(), t.TempDir()
	text, err := os.ReadFile("../../content/stats/reports/2025-05.txt")
	if err != nil {
		t.Fatal(err)
	}
	reworded := bytes.Replace(text, []byte("A total of 22 minors were returned in May"), []byte("In May, 22 minors were returned"), 1)
	f := filepath.Join(dir, "2025-05.txt")
	if err := os.WriteFile(f, reworded, 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	if code := runImport([]string{"-out", out, f}, &stdout, &stderr); code == 0 {
		t.Fatal("a report whose minors sentence is not recognised was imported")
	}
	if !strings.Contains(stderr.String(), "A total of 22 minors were returned in May") || !strings.Contains(stderr.String(), "-accept-unrecognised") {
		t.Errorf("stderr %q does not name the expected sentence and the flag", stderr.String())
	}
	stdout.Reset()
	stderr.Reset()
	if code := runImport([]string{"-out", out, "-accept-unrecognised", f}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	for _, want := range []string{"persons returned in the month: 216 (line 7)", "change in percent: -7", "chartered flights in the month: 1",
		"minors returned in the month: NOT READ"} {
		if !strings.Contains(stdout.String(), want) {
			t.Errorf("stdout lacks %q:\n%s", want, stdout.String())
		}
	}
	data, _ := os.ReadFile(filepath.Join(out, "2025-05.json"))
	if !bytes.Contains(data, []byte(`"not_recognised": [`)) || !bytes.Contains(data, []byte(`"minors_in_month": null`)) {
		t.Errorf("JSON does not mark the figure not recognised")
	}
}
