package answers_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"returninfo/content"
	"returninfo/internal/answers"
)

var langs = []string{"en", "nb"}

func TestRealContentLoadsWithEveryInventoryAnswer(t *testing.T) {
	lib, err := answers.Load(content.FS, langs)
	if err != nil {
		t.Fatalf("content does not load:\n%v", err)
	}
	// The IDs in ../shared/content-inventory.md: never removed, only added.
	inventory := []string{
		"forced-return-costs", "repay-costs", "documents-returned", "forced-return-process", "advance-notice",
		"detention-centre", "police-escort", "where-returned", "dublin-regulation", "dublin-transfer",
		"dublin-assisted-return", "expulsion", "refused-entry", "assisted-return-eligibility",
		"assisted-return-apply", "assisted-return-deadline", "assisted-return-cost", "readmission-agreements",
		"who-is-responsible", "minors", "return-categories", "safe-third-country",
		"international-protection-returns", "statistics-scope",
	}
	for _, id := range inventory {
		for _, lang := range langs {
			a, ok := lib.Answer(lang, id)
			if !ok {
				t.Errorf("answer %s is missing in %s", id, lang)
				continue
			}
			if !strings.Contains(a.HTML, "<p>") {
				t.Errorf("%s/%s: body did not render to paragraphs", lang, id)
			}
		}
	}
}

// fixture is a minimal valid content tree; each test breaks one thing.
func fixture() fstest.MapFS {
	answer := func(id, slug, title, related, body string) *fstest.MapFile {
		return &fstest.MapFile{Data: []byte("+++\nid = \"" + id + "\"\nslug = \"" + slug + "\"\ntitle = \"" + title +
			"\"\nsummary = \"A summary.\"\nrelated = [" + related + "]\nsources = [\"guidance\"]\nreviewed = 2026-11-21\n+++\n" + body + "\n")}
	}
	return fstest.MapFS{
		"sources.toml":      {Data: []byte("[guidance]\nfile = \"x.txt\"\n[guidance.title]\nen = \"Guidance\"\nnb = \"Veiledning\"\n")},
		"topics.toml":       {Data: []byte("[[topic]]\nid = \"t\"\nanswers = [\"one\", \"two\"]\n")},
		"topics/en.toml":    {Data: []byte("[t]\nslug = \"topic\"\ntitle = \"Topic\"\nintro = \"Intro.\"\n")},
		"topics/nb.toml":    {Data: []byte("[t]\nslug = \"tema\"\ntitle = \"Tema\"\nintro = \"Intro.\"\n")},
		"answers/en/one.md": answer("one", "first", "First?", `"two"`, "See [two](a:two)."),
		"answers/en/two.md": answer("two", "second", "Second?", `"one"`, "Body."),
		"answers/nb/one.md": answer("one", "forste", "Første?", `"two"`, "Se [to](a:two)."),
		"answers/nb/two.md": answer("two", "andre", "Andre?", `"one"`, "Tekst."),
	}
}

func TestFixtureIsValid(t *testing.T) {
	lib, err := answers.Load(fixture(), langs)
	if err != nil {
		t.Fatalf("the valid fixture is rejected: %v", err)
	}
	a, _ := lib.Answer("nb", "one")
	if !strings.Contains(a.HTML, `href="/nb/a/two"`) {
		t.Errorf("an a: link must become the stable address in the same language, got %s", a.HTML)
	}
}

func TestBrokenContentIsRejectedWithFileAndProblem(t *testing.T) {
	cases := []struct {
		name   string
		mutate func(fstest.MapFS)
		want   []string
	}{
		{"missing translation", func(f fstest.MapFS) { delete(f, "answers/nb/two.md") },
			[]string{"content/answers/nb/two.md", `"two" is missing in "nb"`}},
		{"related answer does not exist", func(f fstest.MapFS) {
			f["answers/en/two.md"].Data = []byte(strings.Replace(string(f["answers/en/two.md"].Data), `"one"`, `"nowhere"`, 1))
		}, []string{"content/answers/en/two.md", `"nowhere"`}},
		{"empty title", func(f fstest.MapFS) {
			f["answers/nb/one.md"].Data = []byte(strings.Replace(string(f["answers/nb/one.md"].Data), `title = "Første?"`, `title = ""`, 1))
		}, []string{"content/answers/nb/one.md", "title is empty"}},
		{"empty body", func(f fstest.MapFS) {
			f["answers/en/two.md"].Data = []byte(strings.Replace(string(f["answers/en/two.md"].Data), "Body.", "", 1))
		}, []string{"content/answers/en/two.md", "body is empty"}},
		{"duplicate slug", func(f fstest.MapFS) {
			f["answers/en/two.md"].Data = []byte(strings.Replace(string(f["answers/en/two.md"].Data), `"second"`, `"first"`, 1))
		}, []string{"content/answers/en/two.md", `slug "first" is already used`}},
		{"id differs from file name", func(f fstest.MapFS) {
			f["answers/en/two.md"].Data = []byte(strings.Replace(string(f["answers/en/two.md"].Data), `id = "two"`, `id = "three"`, 1))
		}, []string{"content/answers/en/two.md", `must equal the file name "two"`}},
		{"raw HTML", func(f fstest.MapFS) {
			f["answers/en/two.md"].Data = []byte(strings.Replace(string(f["answers/en/two.md"].Data), "Body.", "<script>alert(1)</script>", 1))
		}, []string{"content/answers/en/two.md", "raw HTML"}},
		{"link to a missing answer", func(f fstest.MapFS) {
			f["answers/nb/one.md"].Data = []byte(strings.Replace(string(f["answers/nb/one.md"].Data), "a:two", "a:gone", 1))
		}, []string{"content/answers/nb/one.md", `"gone"`}},
		{"link to another site", func(f fstest.MapFS) {
			f["answers/en/two.md"].Data = []byte(strings.Replace(string(f["answers/en/two.md"].Data), "Body.", "[x](https://cdn.example.com/x.js)", 1))
		}, []string{"content/answers/en/two.md", "cdn.example.com"}},
		{"unclosed front matter", func(f fstest.MapFS) {
			f["answers/en/two.md"].Data = []byte("+++\nid = \"two\"\n")
		}, []string{"content/answers/en/two.md", "not closed"}},
		{"misspelt field", func(f fstest.MapFS) {
			f["answers/en/two.md"].Data = []byte(strings.Replace(string(f["answers/en/two.md"].Data), "summary =", "sumary =", 1))
		}, []string{"content/answers/en/two.md", `unknown field "sumary"`}},
		{"related differs between languages", func(f fstest.MapFS) {
			f["answers/nb/two.md"].Data = []byte(strings.Replace(string(f["answers/nb/two.md"].Data), `related = ["one"]`, `related = []`, 1))
		}, []string{"content/answers/nb/two.md", "related answers"}},
		{"answer in no topic", func(f fstest.MapFS) { f["topics.toml"].Data = []byte("[[topic]]\nid = \"t\"\nanswers = [\"one\"]\n") },
			[]string{"content/topics.toml", `"two" has no home topic`}},
		{"answer only listed as also", func(f fstest.MapFS) {
			f["topics.toml"].Data = []byte("[[topic]]\nid = \"t\"\nanswers = [\"one\"]\nalso = [\"two\"]\n")
		}, []string{"content/topics.toml", `"two" has no home topic`}},
		{"answer with two home topics", func(f fstest.MapFS) {
			f["topics.toml"].Data = []byte("[[topic]]\nid = \"t\"\nanswers = [\"one\", \"two\"]\n[[topic]]\nid = \"u\"\nanswers = [\"two\"]\n")
			f["topics/en.toml"].Data = append(f["topics/en.toml"].Data, []byte("\n[u]\nslug = \"u\"\ntitle = \"U\"\nintro = \"U.\"\n")...)
			f["topics/nb.toml"].Data = append(f["topics/nb.toml"].Data, []byte("\n[u]\nslug = \"u\"\ntitle = \"U\"\nintro = \"U.\"\n")...)
		}, []string{"content/topics.toml", `"two" has two home topics`}},
		{"topic text missing", func(f fstest.MapFS) { f["topics/nb.toml"].Data = []byte("") },
			[]string{"content/topics/nb.toml", `topic "t" has no text`}},
		{"unknown source", func(f fstest.MapFS) {
			f["answers/en/two.md"].Data = []byte(strings.Replace(string(f["answers/en/two.md"].Data), `sources = ["guidance"]`, `sources = ["rumour"]`, 1))
		}, []string{"content/answers/en/two.md", `source "rumour"`}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := fixture()
			for k, v := range f { // copy the data so cases do not leak into each other
				f[k] = &fstest.MapFile{Data: append([]byte(nil), v.Data...)}
			}
			c.mutate(f)
			lib, err := answers.Load(f, langs)
			if err == nil {
				t.Fatal("broken content was accepted")
			}
			if lib != nil {
				t.Error("a library was returned alongside the error: content must never be half-served")
			}
			for _, w := range c.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error does not mention %q:\n%v", w, err)
				}
			}
		})
	}
}
