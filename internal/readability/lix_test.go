package readability

import (
	"math"
	"testing"
)

func TestMeasureCountsWordsSentencesAndLongWords(t *testing.T) {
	cases := []struct {
		text string
		want Score
	}{
		{"", Score{}},
		{"You can go home.", Score{4, 1, 0}},
		{"Assisted return is free. Apply before the deadline!", Score{8, 2, 2}},
		{"Note: read this", Score{3, 2, 0}},
		{"A heading\n\nA list item\nAnother item.", Score{7, 3, 2}},
		{"Utlendingsdirektoratet (UDI) avgjør vedtaket.", Score{4, 1, 2}},
		{"It costs 1 046 kroner.", Score{5, 1, 0}},
		{"See «Dublin-vedtak». Then go.", Score{4, 2, 1}},
		{"Ends with a quote.\" Next one", Score{6, 2, 0}},
	}
	for _, c := range cases {
		if got := Measure(c.text); got != c.want {
			t.Errorf("Measure(%q) = %+v, want %+v", c.text, got, c.want)
		}
	}
}

func TestLIX(t *testing.T) {
	// 8 words in 2 sentences, 2 of them long: 4 + 25.
	s := Measure("The police organise transport. You travel home today.")
	if s != (Score{Words: 8, Sentences: 2, Long: 2}) {
		t.Fatalf("got %+v", s)
	}
	if got := s.LIX(); math.Abs(got-29) > 1e-9 {
		t.Errorf("LIX = %v, want 29", got)
	}
	if (Score{}).LIX() != 0 {
		t.Error("an empty text must score 0")
	}
	if got := s.Add(s); got != (Score{16, 4, 4}) {
		t.Errorf("Add = %+v", got)
	}
}

func TestPlainMarkdownKeepsWhatAReaderSees(t *testing.T) {
	got := PlainMarkdown("## Heading\n\n- See [how to apply](a:assisted-return-apply).\n1. **Go** to *udi.no*.")
	want := "Heading\n\nSee how to apply.\nGo to udi.no."
	if got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
