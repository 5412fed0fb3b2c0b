package site

import (
	"io/fs"
	"strings"
	"testing"
	"time"

	"returninfo/content"
)

// edited is content.FS with one file's text replaced.
type edited struct {
	fs.FS
	name string
	data []byte
}

func (e edited) Open(name string) (fs.File, error) {
	if name != e.name {
		return e.FS.Open(name)
	}
	return memFile{strings.NewReader(string(e.data)), e}, nil
}

type memFile struct {
	*strings.Reader
	e edited
}

func (f memFile) Stat() (fs.FileInfo, error) { return f, nil }
func (f memFile) Close() error               { return nil }
func (f memFile) Name() string               { return f.e.name[strings.LastIndex(f.e.name, "/")+1:] }
func (f memFile) Size() int64                { return int64(len(f.e.data)) }
func (f memFile) Mode() fs.FileMode          { return 0o444 }
func (f memFile) ModTime() time.Time         { return time.Time{} }
func (f memFile) IsDir() bool                { return false }
func (f memFile) Sys() any                   { return nil }

func TestEmbeddedContentLoads(t *testing.T) {
	c, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	// "flow graph" loads the flow alone: it must draw the flow served.
	flow, locs, err := LoadGuide()
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range Languages(locs) {
		var served, drawn strings.Builder
		if err := c.Guide.WriteDOT(&served, lang); err != nil {
			t.Fatal(err)
		}
		if err := flow.WriteDOT(&drawn, lang); err != nil {
			t.Fatal(err)
		}
		if served.Len() == 0 || served.String() != drawn.String() {
			t.Errorf("%s: LoadGuide's flow draws %d bytes unlike Load's %d", lang, drawn.Len(), served.Len())
		}
	}
}

// "flow graph" refuses a broken flow as the server does: an outcome naming
// an answer that does not exist stops LoadGuideFrom and LoadFrom, naming it.
func TestBrokenFlowStopsLoadGuide(t *testing.T) {
	const name = "flow/flow.toml"
	data, err := fs.ReadFile(content.FS, name)
	if err != nil {
		t.Fatal(err)
	}
	old := `answers = ["assisted-return-eligibility", "assisted-return-deadline"`
	if !strings.Contains(string(data), old) {
		t.Fatalf("%s lacks %s", name, old)
	}
	fsys := edited{content.FS, name, []byte(strings.Replace(string(data), old, `answers = ["no-such-answer", "assisted-return-deadline"`, 1))}
	if _, _, err := LoadGuideFrom(fsys); err == nil || !strings.Contains(err.Error(), "no-such-answer") {
		t.Errorf("LoadGuideFrom with an outcome naming no-such-answer: err = %v, want an error naming it", err)
	}
	if _, err := LoadFrom(fsys); err == nil || !strings.Contains(err.Error(), "no-such-answer") {
		t.Errorf("LoadFrom with an outcome naming no-such-answer: err = %v, want an error naming it", err)
	}
	if _, _, err := LoadGuideFrom(content.FS); err != nil {
		t.Errorf("LoadGuideFrom(content.FS): %v", err)
	}
}

// A statistics figure edited by hand stops the start, naming the month
// and the figure (issue 12): the JSON is checked against the reports.
func TestHandEditedStatisticStopsTheStart(t *testing.T) {
	const name = "stats/2023-11.json"
	data, err := fs.ReadFile(content.FS, name)
	if err != nil {
		t.Fatal(err)
	}
	old, repl := `"convicted_previous_ytd": 588,`, `"convicted_previous_ytd": 558,`
	if !strings.Contains(string(data), old) {
		t.Fatalf("%s lacks %s", name, old)
	}
	fsys := edited{content.FS, name, []byte(strings.Replace(string(data), old, repl, 1))}
	_, err = LoadFrom(fsys)
	if err == nil {
		t.Fatal("the service would start with a hand-edited figure")
	}
	for _, want := range []string{"statistics 2023-11", "convicted_previous_ytd", "is 558", "gives 588"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("message %q lacks %q", err, want)
		}
	}
}
