// Package site loads and checks every piece of the service's content, once.
// The server and the tests use the same loading (Load), so what the tests
// check is what people are served; "flow graph" loads only the flow's part
// (LoadGuide). It knows nothing of HTTP: handlers.NewServer serves what it
// loads.
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
	flow, locs, lib, err := loadGuide(fsys)
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
	notes, err := stats.LoadNotes(fsys, st, Languages(locs))
	if err != nil {
		return nil, err
	}
	asst, err := assistant.New(fsys, lib, locs, st)
	if err != nil {
		return nil, err
	}
	return &Content{Locales: locs, Answers: lib, Guide: flow, Stats: st, StatsNotes: notes, Assistant: asst}, nil
}

// LoadGuide reads and checks only what the guided flow needs: the UI
// strings, the answers it leads to and the flow. "returninfo flow graph"
// uses it, so drawing the graph does not wait for the assistant's training
// (most of Load's time).
func LoadGuide() (*guide.Flow, *locale.Set, error) { return LoadGuideFrom(content.FS) }

// LoadGuideFrom is LoadGuide from fsys, laid out as content.FS. It checks
// less than LoadFrom (not the statistics, not the assistant's data): a
// graph drawn from content the server would refuse is still drawn.
func LoadGuideFrom(fsys fs.FS) (*guide.Flow, *locale.Set, error) {
	flow, locs, _, err := loadGuide(fsys)
	return flow, locs, err
}

func loadGuide(fsys fs.FS) (*guide.Flow, *locale.Set, *answers.Library, error) {
	locs, err := locale.Load(fsys, locales.FS)
	if err != nil {
		return nil, nil, nil, err
	}
	langs := Languages(locs)
	lib, err := answers.Load(fsys, langs)
	if err != nil {
		return nil, nil, nil, err
	}
	flow, err := guide.Load(fsys, langs, lib.Exists)
	if err != nil {
		return nil, nil, nil, err
	}
	return flow, locs, lib, nil
}

// Languages lists the published language tags, the fallback first.
func Languages(s *locale.Set) []string {
	tags := make([]string, len(s.Languages))
	for i, l := range s.Languages {
		tags[i] = l.Tag
	}
	return tags
}
