package guide

import (
	"strings"
	"testing"
)

func TestLoadFixture(t *testing.T) {
	f := loadFixture(t)
	if got := f.Start().ID; got != "a" {
		t.Errorf("start = %q, want a", got)
	}
	if got := f.Question("a").Text("nb").Title; got != "nb: question a?" {
		t.Errorf("nb title of a = %q", got)
	}
	if !f.Question("a").Option("z").DontKnow {
		t.Error("option z is marked dont_know but not loaded as such")
	}
}

// Each broken flow is rejected with a message that names the file and the node.
func TestLoadRejectsBrokenFlow(t *testing.T) {
	cases := []struct {
		name    string
		file    string // the file to change
		old     string
		new     string
		answers func(string) bool
		want    []string // all in the error
	}{
		{
			name: "missing next",
			file: "flow/flow.toml", old: `{ id = "no", next = "end-b" }`, new: `{ id = "no", next = "nowhere" }`,
			want: []string{"content/flow/flow.toml", `question "b", option "no"`, `"nowhere"`},
		},
		{
			name: "unreachable question",
			file: "flow/flow.toml", old: `{ id = "y", next = "c" }`, new: `{ id = "y", next = "end-c" }`,
			want: []string{"content/flow/flow.toml", `question "c"`, "cannot be reached"},
		},
		{
			name: "cycle",
			file: "flow/flow.toml", old: `{ id = "q", next = "end-q" }`, new: `{ id = "q", next = "b" }`,
			want: []string{"content/flow/flow.toml", `question "d", option "q"`, "cycle", "b → d → b"},
		},
		{
			name: "missing translation of a question",
			file: "flow/nb.toml", old: `title = "nb: question c?"`, new: ``,
			want: []string{"content/flow/nb.toml", `question "c"`, "no title"},
		},
		{
			name: "missing translation of an option",
			file: "flow/nb.toml", old: `p = "nb: d p"`, new: ``,
			want: []string{"content/flow/nb.toml", `question "d", option "p"`, "no label"},
		},
		{
			name: "missing outcome text",
			file: "flow/en.toml", old: "[outcome.end-c]", new: "[outcome.end-gone]",
			want: []string{"content/flow/en.toml", `outcome "end-c"`, "no text", `outcome "end-gone"`, "no such outcome"},
		},
		{
			name: "unknown answer ID",
			file: "flow/flow.toml", old: `answers = ["two"]`, new: `answers = ["two", "not-an-answer"]`,
			want: []string{"content/flow/flow.toml", `outcome "end-c"`, `"not-an-answer" does not exist`},
		},
		{
			name: "outcome without answers",
			file: "flow/flow.toml", old: `answers = ["two"]`, new: `answers = []`,
			want: []string{"content/flow/flow.toml", `outcome "end-c"`, "names no answer"},
		},
		{
			name: "unused outcome",
			file: "flow/flow.toml", old: `{ id = "no", next = "end-c" }`, new: `{ id = "no", next = "end-b" }`,
			want: []string{"content/flow/flow.toml", `outcome "end-c"`, "no path leads here"},
		},
		{
			name: "typo in a key",
			file: "flow/flow.toml", old: `dont_know = true`, new: `dontknow = true`,
			want: []string{"content/flow/flow.toml", "dontknow", "unknown key"},
		},
		{
			name: "a question and an outcome share an ID",
			file: "flow/flow.toml", old: `id = "end-b"`, new: `id = "d"`,
			want: []string{"content/flow/flow.toml", `outcome "d"`, "already used by a question"},
		},
		{
			name: "an ID that does not belong in a link",
			file: "flow/flow.toml", old: `{ id = "p", next = "end-p" }`, new: `{ id = "P&x", next = "end-p" }`,
			want: []string{"content/flow/flow.toml", `question "d", option "P&x"`, "a-z"},
		},
		{
			name: "outcome without action",
			file: "flow/en.toml", old: `action = "en act"` + "\napplies = [\"en one\", \"en two\"]\nnext = [\"en next\"]\n", new: "applies = [\"en one\", \"en two\"]\nnext = [\"en next\"]\n",
			want: []string{"content/flow/en.toml", `outcome "end-unsure"`, "no action"},
		},
		{
			name: "outcome action leads nowhere known",
			file: "flow/flow.toml", old: `id = "end-q"` + "\naction = \"udi\"", new: `id = "end-q"` + "\naction = \"https://example.org/\"",
			want: []string{"content/flow/flow.toml", `outcome "end-q"`, "action"},
		},
		{
			name: "too few bullets",
			file: "flow/en.toml", old: "applies = [\"en one\", \"en two\"]\nnext = [\"en next\"]\n[outcome.end-q]", new: "applies = [\"en one\"]\nnext = [\"en next\"]\n[outcome.end-q]",
			want: []string{"content/flow/en.toml", `outcome "end-p"`, "applies has 1 items"},
		},
		{
			name: "an answer rules out a subject no language names",
			file: "flow/flow.toml", old: `{ id = "no", next = "end-b" }`, new: `{ id = "no", next = "end-b", rules_out = ["fast-track"] }`,
			want: []string{"content/flow/en.toml", `question "b", option "no"`, `rules out "fast-track"`},
		},
		{
			name: "no start",
			file: "flow/flow.toml", old: `start = "a"`, new: `start = "zz"`,
			want: []string{"content/flow/flow.toml", `start "zz"`, "no such question"},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			fsys := fixtureFS()
			data := string(fsys[c.file].Data)
			if !strings.Contains(data, c.old) {
				t.Fatalf("fixture %s has no %q", c.file, c.old)
			}
			fsys[c.file].Data = []byte(strings.Replace(data, c.old, c.new, 1))
			f, err := Load(fsys, fixtureLangs, fixtureAnswers)
			if err == nil {
				t.Fatalf("loaded a broken flow: %v", f)
			}
			for _, w := range c.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error does not mention %q:\n%v", w, err)
				}
			}
		})
	}
}

func TestLoadRejectsLongPath(t *testing.T) {
	var g strings.Builder
	g.WriteString("start = \"q1\"\n")
	texts := ""
	for i := 1; i <= MaxQuestions+1; i++ {
		next := "end"
		if i <= MaxQuestions {
			next = "q" + string(rune('0'+i+1))
		}
		id := "q" + string(rune('0'+i))
		g.WriteString("[[question]]\nid = \"" + id + "\"\noptions = [{ id = \"a\", next = \"" + next + "\" }, { id = \"b\", next = \"end\" }]\n")
		texts += "[question." + id + "]\ntitle = \"t\"\nerror = \"e\"\n[question." + id + ".options]\na = \"a\"\nb = \"b\"\n"
	}
	g.WriteString("[[outcome]]\nid = \"end\"\nanswers = [\"one\"]\n")
	texts += "[outcome.end]\ntitle = \"t\"\napplies = [\"a\", \"b\"]\nnext = [\"n\"]\n"
	fsys := fixtureFS()
	fsys["flow/flow.toml"].Data = []byte(g.String())
	fsys["flow/en.toml"].Data = []byte(texts)
	_, err := Load(fsys, []string{"en"}, fixtureAnswers)
	if err == nil || !strings.Contains(err.Error(), "asks 6 questions") || !strings.Contains(err.Error(), `question "q1"`) {
		t.Fatalf("want a too-long-path error naming q1, got %v", err)
	}
}

func TestLoadNeedsEveryLanguageFile(t *testing.T) {
	_, err := Load(fixtureFS(), []string{"en", "se"}, fixtureAnswers)
	if err == nil || !strings.Contains(err.Error(), "content/flow/se.toml") {
		t.Fatalf("want an error naming flow/se.toml, got %v", err)
	}
	if _, err := Load(fixtureFS(), nil, fixtureAnswers); err == nil {
		t.Fatal("loaded with no languages")
	}
}
