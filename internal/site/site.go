// Package site loads and checks every piece of the service's content, once.
// The binary and the tests use the same loading, so what the tests check is
// what people are served. It knows nothing of HTTP: handlers.NewServer
// serves what it loads.
package site

import (
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
func Load() (*Content, error) {
	locs, err := locale.Load(content.FS, locales.FS)
	if err != nil {
		return nil, err
	}
	langs := Languages(locs)
	lib, err := answers.Load(content.FS, langs)
	if err != nil {
		return nil, err
	}
	flow, err := guide.Load(content.FS, langs, lib.Exists)
	if err != nil {
		return nil, err
	}
	st, err := stats.Load(content.FS)
	if err != nil {
		return nil, err
	}
	notes, err := stats.LoadNotes(content.FS, st, langs)
	if err != nil {
		return nil, err
	}
	asst, err := assistant.New(content.FS, lib, locs, st)
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
