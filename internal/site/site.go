// Package site loads and checks every piece of the service's content, once.
// The binary and the tests use the same loading, so what the tests check is
// what people are served. It knows nothing of HTTP: handlers.NewServer
// serves what it loads.
package site

import (
	"io/fs"

	"returninfo/content"
	"returninfo/internal/answers"
	"returninfo/internal/assistant"
	"returninfo/internal/guide"
	"returninfo/internal/locale"
	"returninfo/internal/stats"
	"returninfo/locales"
)

// Content is everything the server serves, checked. It is read-only and
// can back any number of servers.
type Content struct {
	Locales    *locale.Set
	Answers    *answers.Library
	Guide      *guide.Flow
	Stats      *stats.Store
	StatsNotes stats.Notes
	Assistant  *assistant.Assistant
}

// Load reads the embedded content. Anything invalid is an error naming the
// file and the problem: the service does not start half-loaded.
func Load() (*Content, error) { return LoadFrom(content.FS) }

// LoadFrom reads the content from fsys, laid out as content.FS.
func LoadFrom(fsys fs.FS) (*Content, error) {
	locs, err := locale.Load(fsys, locales.FS)
	if err != nil {
		return nil, err
	}
	langs := Languages(locs)
	lib, err := answers.Load(fsys, langs)
	if err != nil {
		return nil, err
	}
	flow, err := guide.Load(fsys, langs, lib.Exists)
	if err != nil {
		return nil, err
	}
	st, err := stats.Load(fsys)
	if err != nil {
		return nil, err
	}
	// The months served must be what the reports say: a figure edited by
	// hand in a JSON file stops the start (about 13 ms, BenchmarkStartupCheck).
	if err := stats.CheckAgainstReports(fsys, st); err != nil {
		return nil, err
	}
	notes, err := stats.LoadNotes(fsys, st, langs)
	if err != nil {
		return nil, err
	}
	asst, err := assistant.New(fsys, lib, locs, st)
	if err != nil {
		return nil, err
	}
	return &Content{Locales: locs, Answers: lib, Guide: flow, Stats: st, StatsNotes: notes, Assistant: asst}, nil
}

// Languages lists the published language tags, the fallback first.
func Languages(s *locale.Set) []string {
	tags := make([]string, len(s.Languages))
	for i, l := range s.Languages {
		tags[i] = l.Tag
	}
	return tags
}
