package stats

import (
	"fmt"
	"io/fs"
	"slices"
	"sort"
	"strings"

	"github.com/BurntSushi/toml"
)

// NotesFile holds notes shown with one month's figures, per language.
const NotesFile = "stats/notes.toml"

// Notes maps a period ("2022-06") to its note per language.
type Notes map[string]map[string]string

// LoadNotes reads NotesFile from fsys (the content root) and checks that
// every note names a month in store and has a text in every one of langs
// (and in no other language, to catch a mistyped tag).
func LoadNotes(fsys fs.FS, store *Store, langs []string) (Notes, error) {
	data, err := fs.ReadFile(fsys, NotesFile)
	if err != nil {
		return nil, err
	}
	var notes Notes
	if err := toml.Unmarshal(data, &notes); err != nil {
		return nil, fmt.Errorf("%s: %w", NotesFile, err)
	}
	periods := make([]string, 0, len(notes))
	for p := range notes {
		periods = append(periods, p)
	}
	sort.Strings(periods) // the first problem reported is the same every time
	for _, p := range periods {
		if _, ok := store.Report(p); !ok {
			return nil, fmt.Errorf("%s: [%q] names no imported month", NotesFile, p)
		}
		for _, lang := range langs {
			if strings.TrimSpace(notes[p][lang]) == "" {
				return nil, fmt.Errorf("%s: [%q] has no %s text", NotesFile, p, lang)
			}
		}
		for lang := range notes[p] {
			if !slices.Contains(langs, lang) {
				return nil, fmt.Errorf("%s: [%q] has a text in %q, which is not a published language", NotesFile, p, lang)
			}
		}
	}
	return notes, nil
}

// For returns the note on period in lang, "" if there is none.
func (n Notes) For(period, lang string) string {
	return n[period][lang]
}
