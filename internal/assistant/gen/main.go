// Command gen writes a language's word list for the assistant from a
// hunspell dictionary: every word of 3 to 8 letters, lower case, folded
// (å→a, ø→o, æ→ae) and stemmed as the assistant does it, sorted, one a line.
// The assistant uses it to split compounds ("hjemreise|datoen") and to
// leave real words alone when it corrects typos.
//
// Usage (from internal/assistant):
//
//	apt-get install -y hunspell-no
//	go run ./gen -dic /usr/share/hunspell/nb_NO.dic -stemmer stemmer_no_snowball -out ../../content/assistant/dictionary.nb.txt
package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"regexp"
	"slices"
	"strings"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/char/asciifolding"
	_ "github.com/blevesearch/bleve/v2/analysis/lang/no"
	"github.com/blevesearch/bleve/v2/registry"
	"golang.org/x/text/encoding/charmap"
)

func main() {
	dic := flag.String("dic", "/usr/share/hunspell/nb_NO.dic", "hunspell .dic file")
	stemmer := flag.String("stemmer", "stemmer_no_snowball", "bleve token filter that stems, as in analysis.<lang>.toml")
	latin1 := flag.Bool("latin1", true, "the .dic is ISO-8859-1 (its .aff says SET ISO8859-1)")
	maxLen := flag.Int("max", 8, "longest word kept, in letters")
	out := flag.String("out", "", "output file")
	flag.Parse()
	if err := run(*dic, *stemmer, *latin1, *maxLen, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

var word = regexp.MustCompile(`^[a-zæøå]+$`)

func run(dic, stemmerName string, latin1 bool, maxLen int, out string) error {
	f, err := os.Open(dic)
	if err != nil {
		return err
	}
	defer f.Close()
	var r io.Reader = f
	if latin1 {
		r = charmap.ISO8859_1.NewDecoder().Reader(f)
	}
	st, err := registry.NewCache().TokenFilterNamed(stemmerName)
	if err != nil {
		return err
	}
	fold := asciifolding.New()
	seen := map[string]bool{}
	sc := bufio.NewScanner(r)
	first := true
	for sc.Scan() {
		if first { // the first line is the entry count
			first = false
			continue
		}
		w, _, _ := strings.Cut(strings.TrimSpace(sc.Text()), "/")
		if n := len([]rune(w)); n < 3 || n > maxLen || !word.MatchString(w) {
			continue
		}
		folded := fold.Filter([]byte(w))
		s := st.Filter(analysis.TokenStream{&analysis.Token{Term: folded}})
		if len(s) == 1 && len(s[0].Term) >= 3 {
			seen[string(s[0].Term)] = true
		}
	}
	if err := sc.Err(); err != nil {
		return err
	}
	words := make([]string, 0, len(seen))
	for w := range seen {
		words = append(words, w)
	}
	slices.Sort(words)
	var b bytes.Buffer
	for _, w := range words {
		b.WriteString(w)
		b.WriteByte('\n')
	}
	return os.WriteFile(out, b.Bytes(), 0o644)
}
