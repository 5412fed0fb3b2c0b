package guide

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"
)

// A small flow whose paths meet again: a=x → b, a=y → c, and both b and c lead to d.
const fixtureGraph = `
start = "a"

[[question]]
id = "a"
options = [
  { id = "x", next = "b" },
  { id = "y", next = "c" },
  { id = "z", next = "end-unsure", dont_know = true },
]

[[question]]
id = "b"
options = [
  { id = "yes", next = "d" },
  { id = "no", next = "end-b" },
]

[[question]]
id = "c"
options = [
  { id = "yes", next = "d" },
  { id = "no", next = "end-c" },
]

[[question]]
id = "d"
options = [
  { id = "p", next = "end-p" },
  { id = "q", next = "end-q" },
]

[[outcome]]
id = "end-unsure"
action = "udi"
answers = ["one"]

[[outcome]]
id = "end-b"
action = "udi"
answers = ["one", "two"]

[[outcome]]
id = "end-c"
action = "udi"
answers = ["two"]

[[outcome]]
id = "end-p"
action = "udi"
answers = ["three"]

[[outcome]]
id = "end-q"
action = "udi"
answers = ["one", "three"]
`

var fixtureLangs = []string{"en", "nb"}

// fixtureTexts writes every text of the fixture in one language, marked with the language.
func fixtureTexts(lang string) string {
	var b strings.Builder
	opts := map[string][]string{"a": {"x", "y", "z"}, "b": {"yes", "no"}, "c": {"yes", "no"}, "d": {"p", "q"}}
	for _, q := range []string{"a", "b", "c", "d"} {
		fmt.Fprintf(&b, "[question.%s]\ntitle = \"%s: question %s?\"\nerror = \"%s: choose %s\"\n[question.%s.options]\n", q, lang, q, lang, q, q)
		for _, o := range opts[q] {
			fmt.Fprintf(&b, "%s = \"%s: %s %s\"\n", o, lang, q, o)
		}
	}
	for _, o := range []string{"end-unsure", "end-b", "end-c", "end-p", "end-q"} {
		fmt.Fprintf(&b, "[outcome.%s]\ntitle = \"%s: %s\"\naction = \"%s act\"\napplies = [\"%s one\", \"%s two\"]\nnext = [\"%s next\"]\n", o, lang, o, lang, lang, lang, lang)
	}
	return b.String()
}

func fixtureFS() fstest.MapFS {
	fsys := fstest.MapFS{"flow/flow.toml": {Data: []byte(fixtureGraph)}}
	for _, l := range fixtureLangs {
		fsys["flow/"+l+".toml"] = &fstest.MapFile{Data: []byte(fixtureTexts(l))}
	}
	return fsys
}

func fixtureAnswers(id string) bool { return id == "one" || id == "two" || id == "three" }

func loadFixture(t *testing.T) *Flow {
	t.Helper()
	f, err := Load(fixtureFS(), fixtureLangs, fixtureAnswers)
	if err != nil {
		t.Fatalf("the valid fixture does not load: %v", err)
	}
	return f
}
