package handlers_test

import (
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	"returninfo/content"
	"returninfo/internal/stats"
)

// Country names as the police printed them, the standard name second;
// a Norwegian report on English pages gets CLDR's English names, with
// the printed name second, in Norwegian (issue 13, section 2).
func TestCountryNamesAsPublished(t *testing.T) {
	app, _ := newTestApp(t)
	cases := []struct {
		path, name, also, alsoLang string
	}{
		{"/en/statistics/2025-05/nationality", "Palestine", "Palestinian Territories", "en"},
		{"/en/statistics/2025-05/nationality", "Ivory Coast", "Côte d’Ivoire", "en"},
		{"/en/statistics/2022-06/nationality", "Bosnia-Herzegovina", "Bosnia & Herzegovina", "en"},
		{"/en/statistics/2023-11/nationality", "Côte d’Ivoire", "Elfenbenskysten", "nb"},
		{"/nb/statistics/2025-05/nationality", "Elfenbenskysten", "Ivory Coast", "en"},
		{"/nb/statistics/2023-11/nationality", "Elfenbenskysten", "", ""},
	}
	for _, c := range cases {
		_, body := get(t, app, c.path)
		doc := parse(t, body)
		found := false
		for _, th := range doc.Find("tbody th[scope=row]").EachIter() {
			text := strings.TrimSpace(th.Text())
			if !strings.HasPrefix(text, c.name) {
				continue
			}
			found = true
			also := th.Find("span.hint")
			if c.also == "" {
				if also.Length() != 0 {
					t.Errorf("%s %s: a second name %q", c.path, c.name, also.Text())
				}
				continue
			}
			if lang, _ := also.Attr("lang"); also.Text() != "("+c.also+")" || lang != c.alsoLang {
				t.Errorf("%s %s: second name %q lang %q; want (%s) lang %s", c.path, c.name, also.Text(), lang, c.also, c.alsoLang)
			}
		}
		if !found {
			t.Errorf("%s: no row %q", c.path, c.name)
		}
	}
	_, body := get(t, app, "/en/statistics/2023-11/nationality")
	if !strings.Contains(body, "The report is in Norwegian") {
		t.Error("the English page of the Norwegian report does not say its names are translated")
	}
}

// A figure the import could not read is "not read from the report", never
// "not given in the report".
func TestUnreadFigureIsNotCalledNotGiven(t *testing.T) {
	m := fstest.MapFS{}
	err := fs.WalkDir(content.FS, stats.Dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(content.FS, p)
		m[p] = &fstest.MapFile{Data: data}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	const name = "stats/2025-05.json"
	text := string(m[name].Data)
	for old, repl := range map[string]string{
		`"minors_in_month": 22,`:              `"minors_in_month": null,`,
		`"unaccompanied_minors_in_month": 1,`: `"unaccompanied_minors_in_month": null, "not_recognised": ["minors_in_month", "unaccompanied_minors_in_month"],`,
	} {
		if !strings.Contains(text, old) {
			t.Fatalf("%s lacks %s", name, old)
		}
		text = strings.Replace(text, old, repl, 1)
	}
	m[name] = &fstest.MapFile{Data: []byte(text)}
	store, err := stats.Load(m)
	if err != nil {
		t.Fatal(err)
	}
	s, _ := newTestServer(t)
	s.Stats = store
	app := s.NewApp()
	for _, c := range []struct{ path, notRead, notGiven string }{
		{"/en/statistics/2025-05", "Not read from the report", "Not given in the report"},
		{"/nb/statistics/2025-05", "Ikke lest fra rapporten", "Ikke oppgitt i rapporten"},
		{"/en/statistics", "Not read from the report", ""},
	} {
		_, body := get(t, app, c.path)
		doc := parse(t, body)
		if !strings.Contains(doc.Text(), c.notRead) {
			t.Errorf("%s does not say %q", c.path, c.notRead)
		}
		if c.notGiven != "" && strings.Contains(doc.Text(), c.notGiven) {
			t.Errorf("%s says %q of a figure that was not read", c.path, c.notGiven)
		}
	}
}
