// Package readability measures how hard a text is to read.
package readability

import (
	"regexp"
	"strings"
	"unicode"
)

// Score is a text's LIX (Björnsson's läsbarhetsindex): words per sentence
// plus the percentage of words longer than six letters. Below 25 is very
// easy, 25–35 easy, 35–45 medium, above 45 hard. It works the same for
// English and Norwegian, which is why this service uses it.
type Score struct {
	Words, Sentences, Long int
}

// LIX is the index itself; 0 for a text without words.
func (s Score) LIX() float64 {
	if s.Words == 0 || s.Sentences == 0 {
		return 0
	}
	return float64(s.Words)/float64(s.Sentences) + 100*float64(s.Long)/float64(s.Words)
}

// Add sums two scores, as if their texts were read one after the other.
func (s Score) Add(o Score) Score {
	return Score{s.Words + o.Words, s.Sentences + o.Sentences, s.Long + o.Long}
}

// Measure scores plain text. A sentence ends at '.', '!', '?' or ':' before a
// space or the end of a line, and at the end of every line that has words
// (a heading, a list item or a title ends where its line ends, as a reader
// sees it). A word is a run of letters and digits, hyphens and apostrophes
// inside it included; it is long when it has more than six letters.
func Measure(text string) Score {
	var s Score
	for _, line := range strings.Split(text, "\n") {
		open := false // words seen since the last sentence end
		for _, tok := range strings.Fields(line) {
			word := strings.TrimFunc(tok, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
			if word != "" {
				s.Words++
				open = true
				if letters(word) > 6 {
					s.Long++
				}
			}
			if open && endsSentence(tok) {
				s.Sentences++
				open = false
			}
		}
		if open {
			s.Sentences++
		}
	}
	return s
}

func letters(w string) int {
	n := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

func endsSentence(tok string) bool {
	tok = strings.TrimRight(tok, `"'»”’)*_`)
	return strings.HasSuffix(tok, ".") || strings.HasSuffix(tok, "!") || strings.HasSuffix(tok, "?") || strings.HasSuffix(tok, ":")
}

var (
	mdLink     = regexp.MustCompile(`\[([^\]]*)\]\([^)]*\)`)
	mdMarks    = regexp.MustCompile(`(?m)^[ \t]*(#+|[-*+]|\d+\.)[ \t]+`)
	mdEmphasis = strings.NewReplacer("**", "", "__", "", "*", "", "`", "")
)

// PlainMarkdown turns an answer's Markdown into the text a reader sees:
// link targets, list and heading marks and emphasis are removed.
func PlainMarkdown(md string) string {
	md = mdLink.ReplaceAllString(md, "$1")
	md = mdMarks.ReplaceAllString(md, "")
	return mdEmphasis.Replace(md)
}
