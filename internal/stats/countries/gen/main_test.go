package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRunKeepsOnlyISOCodesAndXK(t *testing.T) {
	out := filepath.Join(t.TempDir(), "table.go")
	if err := run("testdata", []string{"en", "nb"}, out); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	src := strings.Join(strings.Fields(string(data)), " ") // gofmt aligns map values
	for _, want := range []string{`"CD": "Kongo"`, `"CG": "Kongo-Brazzaville"`, `"TR": "Türkiye"`, `"Turkey": "TR"`, `"XK": "Kosovo"`, "CLDR 45", "DO NOT EDIT"} {
		if !strings.Contains(src, want) {
			t.Errorf("generated table lacks %s", want)
		}
	}
	for _, not := range []string{`"001"`, `"150"`, `"EU"`, `"ZZ"`, `"IC"`, "verden"} {
		if strings.Contains(src, not) {
			t.Errorf("generated table has %s, which is no ISO 3166-1 country", not)
		}
	}
}

func TestRunFailsOnMissingLocale(t *testing.T) {
	if err := run("testdata", []string{"en", "xx"}, filepath.Join(t.TempDir(), "t.go")); err == nil {
		t.Fatal("want an error for a locale without territories.json")
	}
}
