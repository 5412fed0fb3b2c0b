package guide

import (
	"strings"
	"testing"
)

func TestWriteDOT(t *testing.T) {
	f := loadFixture(t)
	var b strings.Builder
	if err := f.WriteDOT(&b, "nb"); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"digraph flow {",
		`"a" [shape=box`, `label="a: nb: question a?"`,
		`"end-q" [shape=note`, `[one, three]`,
		`"a" -> "b" [label="x: nb: a x"]`,
		`"a" -> "end-unsure" [label="z: nb: a z", style=dashed]`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("DOT lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "en: ") {
		t.Error("DOT asked in nb has English labels")
	}
}

func TestWriteMermaid(t *testing.T) {
	f := loadFixture(t)
	var b strings.Builder
	if err := f.WriteMermaid(&b, "en"); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"flowchart TD",
		`n_a("a: en: question a?")`,
		`n_end_q[["end-q: en: end-q<br/>[one, three]"]]`,
		`n_a -->|"x: en: a x"| n_b`,
		`n_a -.->|"z: en: a z"| n_end_unsure`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("Mermaid lacks %q:\n%s", want, out)
		}
	}
}

// Quotes and markup in texts must not break either format.
func TestGraphEscapesTexts(t *testing.T) {
	fsys := fixtureFS()
	fsys["flow/en.toml"].Data = []byte(strings.Replace(fixtureTexts("en"), `title = "en: question a?"`, `title = "Is it \"A\" <b>or</b> B\\C?"`, 1))
	f, err := Load(fsys, []string{"en"}, fixtureAnswers)
	if err != nil {
		t.Fatal(err)
	}
	var dot, mer strings.Builder
	f.WriteDOT(&dot, "en")
	f.WriteMermaid(&mer, "en")
	if !strings.Contains(dot.String(), `label="a: Is it \"A\" <b>or</b> B\\C?"`) {
		t.Errorf("DOT escaping:\n%s", dot.String())
	}
	if !strings.Contains(mer.String(), `n_a("a: Is it #quot;A#quot; #lt;b#gt;or#lt;/b#gt; B\C?")`) {
		t.Errorf("Mermaid escaping:\n%s", mer.String())
	}
}

func TestWrapKeepsLabelsShort(t *testing.T) {
	lines := wrap("I got a letter saying another European country must handle my asylum application (a Dublin decision)")
	if len(lines) < 2 {
		t.Fatalf("not wrapped: %q", lines)
	}
	for _, l := range lines {
		if len([]rune(l)) > wrapAt {
			t.Errorf("line %q is longer than %d", l, wrapAt)
		}
	}
}
