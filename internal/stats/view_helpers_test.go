package stats_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"returninfo/content"
	"returninfo/internal/stats"
)

func TestNotesLoadAndAreChecked(t *testing.T) {
	store, err := stats.Load(content.FS)
	if err != nil {
		t.Fatal(err)
	}
	langs := []string{"en", "nb"}
	notes, err := stats.LoadNotes(content.FS, store, langs)
	if err != nil {
		t.Fatalf("the real notes do not load: %v", err)
	}
	if !strings.Contains(notes.For("2022-06", "en"), "10441") || notes.For("2023-11", "en") != "" {
		t.Errorf("June 2022 note %q; November 2023 note %q", notes.For("2022-06", "en"), notes.For("2023-11", "en"))
	}

	bad := map[string]string{
		"a language missing":      "[\"2022-06\"]\nen = \"A note.\"\n",
		"an empty text":           "[\"2022-06\"]\nen = \"A note.\"\nnb = \"  \"\n",
		"a month not imported":    "[\"2021-06\"]\nen = \"A note.\"\nnb = \"En merknad.\"\n",
		"not a period":            "[\"June\"]\nen = \"A note.\"\nnb = \"En merknad.\"\n",
		"an unpublished language": "[\"2022-06\"]\nen = \"A note.\"\nnb = \"En merknad.\"\nno = \"En merknad.\"\n",
		"not TOML":                "[\"2022-06\"\nen = ",
	}
	for what, text := range bad {
		fsys := fstest.MapFS{stats.NotesFile: {Data: []byte(text)}}
		if _, err := stats.LoadNotes(fsys, store, langs); err == nil || !strings.Contains(err.Error(), stats.NotesFile) {
			t.Errorf("%s: want an error naming %s, got %v", what, stats.NotesFile, err)
		}
	}
	// A third language is a data change: the same notes fail until translated.
	if _, err := stats.LoadNotes(content.FS, store, append(langs, "ar")); err == nil || !strings.Contains(err.Error(), "ar") {
		t.Errorf("a language without a text passed: %v", err)
	}
}
