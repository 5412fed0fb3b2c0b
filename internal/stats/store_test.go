package stats

import (
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/BurntSushi/toml"

	"returninfo/content"
)

func TestLoadEmbeddedMonthsNewestFirst(t *testing.T) {
	s, err := Load(content.FS)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range s.Reports() {
		got = append(got, r.Period)
	}
	if strings.Join(got, " ") != "2025-05 2023-11 2023-01 2022-06" {
		t.Errorf("periods %v; want newest first", got)
	}
	if latest, ok := s.Latest(); !ok || latest.Period != "2025-05" {
		t.Errorf("latest %v", latest)
	}
	r, ok := s.Report("2022-06")
	if !ok || r.YTDTotal != 1089 || *r.PreviousYTDTotal != 10441 {
		t.Errorf("2022-06: %v", r)
	}
	if row := findRow(t, r.ByNationality, "Bosnia-Herzegovina"); row.Counts["refused_entry"] != 2 || row.NameNB != "Bosnia-Hercegovina" {
		t.Errorf("row after loading: %+v", row)
	}
	if _, ok := s.Report("2024-01"); ok {
		t.Error("2024-01 found")
	}
	if _, ok := s.Report("../2022-06"); ok {
		t.Error("a path found")
	}
	cat, ok := s.Categories().Get("refused_entry")
	if !ok || cat.Label["en"] != "Refused entry or stay" || cat.Label["nb"] != "Bortvisning" || s.Categories().Answer != "return-categories" {
		t.Errorf("category %+v", cat)
	}
}

// Every category needs a label in every language the service is published in.
func TestEveryCategoryHasALabelInEveryLanguage(t *testing.T) {
	var langs struct {
		Language []struct{ Tag string } `toml:"language"`
	}
	data, _ := fs.ReadFile(content.FS, "languages.toml")
	if _, err := toml.Decode(string(data), &langs); err != nil || len(langs.Language) == 0 {
		t.Fatalf("languages.toml: %v", err)
	}
	cats := testCategories(t)
	for _, id := range []string{"asylum", "dublin", "international_protection", "refused_entry", "expulsion", "other"} {
		c, ok := cats.Get(id)
		if !ok {
			t.Errorf("no category %s", id)
			continue
		}
		for _, l := range langs.Language {
			if c.Label[l.Tag] == "" {
				t.Errorf("category %s has no %s label", id, l.Tag)
			}
		}
	}
}

// A hand-edited or corrupted month stops start-up with the file named.
func TestLoadRejectsBrokenMonths(t *testing.T) {
	good, _ := fs.ReadFile(content.FS, "stats/2023-01.json")
	cats, _ := fs.ReadFile(content.FS, CategoriesFile)
	cases := map[string]struct {
		name, json, reason string
	}{
		"changed count": {"stats/2023-01.json", strings.Replace(string(good), `"total": 18`, `"total": 19`, 1), "add up to 18 but the total is 19"},
		"wrong file":    {"stats/2023-02.json", string(good), "does not match the file name"},
		"unknown field": {"stats/2023-01.json", strings.Replace(string(good), `"period"`, `"extra": 1, "period"`, 1), "unknown field"},
		"unknown code":  {"stats/2023-01.json", strings.Replace(string(good), `"country": "AF"`, `"country": "QQ"`, 1), `unknown country code "QQ"`},
	}
	for name, c := range cases {
		fsys := fstest.MapFS{CategoriesFile: {Data: cats}, c.name: {Data: []byte(c.json)}}
		_, err := Load(fsys)
		if err == nil || !strings.Contains(err.Error(), c.name) || !strings.Contains(err.Error(), c.reason) {
			t.Errorf("%s: error %v", name, err)
		}
	}
}

func TestLoadWithoutMonthsIsEmpty(t *testing.T) {
	cats, _ := fs.ReadFile(content.FS, CategoriesFile)
	s, err := Load(fstest.MapFS{CategoriesFile: {Data: cats}})
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := s.Latest(); ok || len(s.Reports()) != 0 {
		t.Error("months in an empty store")
	}
}
