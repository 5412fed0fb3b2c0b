package stats

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
)

// Dir is the statistics directory inside the content FS.
const Dir = "stats"

// Store holds every imported month in memory, read once at start-up.
type Store struct {
	reports    []*Report // newest first
	byPeriod   map[string]*Report
	categories *Categories
}

// Load reads the category definitions and every month's JSON file from
// fsys, the content root (content.FS): Dir/categories.toml and Dir/*.json.
// Each month is checked as the importer checks it; any problem is an error
// naming the file.
func Load(fsys fs.FS) (*Store, error) {
	cats, err := LoadCategories(fsys)
	if err != nil {
		return nil, err
	}
	names, err := fs.Glob(fsys, path.Join(Dir, "*.json"))
	if err != nil {
		return nil, err
	}
	s := &Store{byPeriod: map[string]*Report{}, categories: cats}
	for _, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		dec := json.NewDecoder(bytes.NewReader(data))
		dec.DisallowUnknownFields()
		var r Report
		if err := dec.Decode(&r); err != nil {
			return nil, &Error{File: name, Reason: "not a statistics month: " + err.Error()}
		}
		if want := strings.TrimSuffix(path.Base(name), ".json"); r.Period != want {
			return nil, &Error{File: name, Reason: fmt.Sprintf("period %q does not match the file name", r.Period)}
		}
		if err := validate(&r, cats); err != nil {
			err.File = name
			return nil, err
		}
		s.reports = append(s.reports, &r)
		s.byPeriod[r.Period] = &r
	}
	sort.Slice(s.reports, func(i, j int) bool { return s.reports[i].Period > s.reports[j].Period })
	return s, nil
}

// Reports lists every month, newest first. Callers must not modify them.
func (s *Store) Reports() []*Report { return s.reports }

// Report returns the month with the given period ("2025-05").
func (s *Store) Report(period string) (*Report, bool) {
	r, ok := s.byPeriod[period]
	return r, ok
}

// Latest returns the newest month; false if there is none.
func (s *Store) Latest() (*Report, bool) {
	if len(s.reports) == 0 {
		return nil, false
	}
	return s.reports[0], true
}

// Categories are the category definitions, with labels per language.
func (s *Store) Categories() *Categories { return s.categories }
