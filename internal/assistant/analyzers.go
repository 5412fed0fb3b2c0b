package assistant

import (
	"bytes"
	"regexp"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/char/asciifolding"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/token/stop"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/analysis/tokenmap"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/registry"

	// Every stemmer and filter bleve has, so a new language names its own in
	// content/assistant/analysis.<lang>.toml without a code change.
	_ "github.com/blevesearch/bleve/v2/analysis/lang/ar"
	_ "github.com/blevesearch/bleve/v2/analysis/lang/bg"
	_ "github.com/blevesearch/bleve/v2/analysis/lang/ca"
	_ "github.com/blevesearch/bleve/v2/analysis/lang/ckb"
	_ "github.com/blevesearch/bleve/v2/analysis/lang/cs"
	_ "github.com/blevesearch/bleve/v2/analysis/lang/da"
	_ "github.com/blevesearch/bleve/v2/analysis/lang/de"
	_ "github.com/blevesearch/bleve/v2/analysis/lang/el"
	_ "github.com/blevesearch/bleve/v2/analysis/lang/en"
	_ "github.com/blevesearch/bleve/v2/analysis/lang/es"
	_ "github.com/blevesearch/bleve/v2/analysis/lang/eu"
	_ "github.com/blevesearch/bleve/v2/analysis/lang/fa"
	_ "github.com/blevesearch/bleve/v2/analysis/lang/fi"
	_ "github.com/blevesearch/bleve/v2/analysis/lang/fr"
	_ "github.com/blevesearch/bleve/v2/analysis/lang/ga"
	_ "github.com/blevesearch/bleve/v2/analysis/lang/gl"
	_ "github.com/blevesearch/bleve/v2/analysis/lang/hi"
	_ "github.com/blevesearch/bleve/v2/analysis/lang/hr"
	_ "github.com/blevesearch/bleve/v2/analysis/lang/hu"
	_ "github.com/blevesearch/bleve/v2/analysis/lang/hy"
	_ "github.com/blevesearch/bleve/v2/analysis/lang/id"
	_ "github.com/blevesearch/bleve/v2/analysis/lang/in"
	_ "github.com/blevesearch/bleve/v2/analysis/lang/it"
	_ "github.com/blevesearch/bleve/v2/analysis/lang/nl"
	_ "github.com/blevesearch/bleve/v2/analysis/lang/no"
	_ "github.com/blevesearch/bleve/v2/analysis/lang/pt"
	_ "github.com/blevesearch/bleve/v2/analysis/lang/ro"
	_ "github.com/blevesearch/bleve/v2/analysis/lang/ru"
	_ "github.com/blevesearch/bleve/v2/analysis/lang/sv"
	_ "github.com/blevesearch/bleve/v2/analysis/lang/tr"
)

// The analyzers, one set per language. Each runs the language's own
// stemmer (analysis.<lang>.toml) after folding: å is written a, ø o, æ ae,
// é e, so people typing without those letters still match. The stop words
// are data and keep negations.
//   - "fold" stems and drops stop words: what answers are found by;
//   - "raw" does not stem, for typos: a misspelt word does not stem like
//     the right one;
//   - "phrase" keeps stop words, for synonym phrases ("kicked out").
const (
	analyzerFold   = "fold"
	analyzerRaw    = "raw"
	analyzerPhrase = "phrase"
)

// fieldAllRaw is every field once more, unstemmed, for typos; the fields
// themselves (fields[i].name) are folded and stemmed.
const fieldAllRaw = "all_raw"

// newMapping builds the index mapping for one language.
func newMapping(lex *lexicon) (*mapping.IndexMappingImpl, error) {
	m := bleve.NewIndexMapping()
	stops := lex.stopWords()
	lower := make([]any, 0, len(stops))
	for _, w := range stops {
		lower = append(lower, strings.ToLower(w))
	}
	steps := []struct {
		add    func(string, map[string]any) error
		name   string
		config map[string]any
	}{
		{m.AddCustomTokenMap, "stop_words_lower", map[string]any{"type": tokenmap.Name, "tokens": lower}},
		{m.AddCustomTokenFilter, "stop_lower", map[string]any{"type": stop.Name, "stop_token_map": "stop_words_lower"}},
		{m.AddCustomAnalyzer, analyzerFold, map[string]any{
			"type": custom.Name, "char_filters": charFilters(lex), "tokenizer": unicode.Name, "token_filters": chain(lex, "stop_lower", true)}},
		{m.AddCustomAnalyzer, analyzerRaw, map[string]any{
			"type": custom.Name, "char_filters": charFilters(lex), "tokenizer": unicode.Name, "token_filters": chain(lex, "stop_lower", false)}},
		{m.AddCustomAnalyzer, analyzerPhrase, map[string]any{
			"type": custom.Name, "char_filters": charFilters(lex), "tokenizer": unicode.Name, "token_filters": chain(lex, "", true)}},
	}
	for _, s := range steps {
		if err := s.add(s.name, s.config); err != nil {
			return nil, err
		}
	}
	doc := bleve.NewDocumentStaticMapping()
	for _, f := range fields {
		doc.AddFieldMappingsAt(f.name, fieldMapping(f.name, analyzerFold))
	}
	doc.AddFieldMappingsAt("all", fieldMapping(fieldAllRaw, analyzerRaw))
	m.DefaultMapping = doc
	m.DefaultAnalyzer = analyzerFold
	return m, nil
}

// chain is the token filters: stop words are removed before letters are
// folded, so "før" (before) is kept while "for" is dropped.
func chain(lex *lexicon, stopFilter string, stem bool) []string {
	f := append([]string{}, lex.analysis.Filters...)
	f = append(f, lowercase.Name)
	if stopFilter != "" {
		f = append(f, stopFilter)
	}
	f = append(f, foldFilterName)
	if stem {
		f = append(f, lex.analysis.Stemmer)
	}
	return f
}

func fieldMapping(name, analyzer string) *mapping.FieldMapping {
	fm := bleve.NewTextFieldMapping()
	fm.Name = name
	fm.Analyzer = analyzer
	fm.Store = false
	fm.IncludeTermVectors = false
	fm.IncludeInAll = false
	fm.DocValues = false
	return fm
}

var folder = asciifolding.New()

// foldFilterName folds a token's letters (å→a, ø→o, æ→ae, é→e) after the
// stop words are gone.
const foldFilterName = "fold_letters"

type foldFilter struct{}

func (foldFilter) Filter(in analysis.TokenStream) analysis.TokenStream {
	for _, t := range in {
		t.Term = fold(t.Term)
	}
	return in
}

// fold folds letters, then "aa" to "a": people without å on their keyboard
// write "faar", "naar", "paa", which folded å makes "far", "nar", "pa".
func fold(b []byte) []byte {
	b = folder.Filter(b)
	if !bytes.Contains(b, []byte("aa")) {
		return b
	}
	return bytes.ReplaceAll(b, []byte("aa"), []byte("a"))
}

// joinHyphenName joins "x-y" into "xy" where words are compounds
// (Norwegian): "innreise-forbudet" is "innreiseforbudet".
const joinHyphenName = "join_hyphen"

func init() {
	registry.RegisterTokenFilter(foldFilterName, func(map[string]any, *registry.Cache) (analysis.TokenFilter, error) {
		return foldFilter{}, nil
	})
	registry.RegisterCharFilter(joinHyphenName, func(map[string]any, *registry.Cache) (analysis.CharFilter, error) {
		return hyphenJoiner{}, nil
	})
}

var letterHyphenLetter = regexp.MustCompile(`(\pL)-(\pL)`)

type hyphenJoiner struct{}

func (hyphenJoiner) Filter(in []byte) []byte {
	return letterHyphenLetter.ReplaceAll(in, []byte("$1$2"))
}

func charFilters(lex *lexicon) []string {
	if lex.analysis.Compounds {
		return []string{joinHyphenName}
	}
	return nil
}

// foldString lower-cases and folds letters the way the fold analyzer does.
func foldString(s string) string {
	return string(fold([]byte(strings.ToLower(s))))
}

// terms runs an analyzer and returns its terms in order.
func terms(a analysis.Analyzer, s string) []string {
	ts := a.Analyze([]byte(s))
	out := make([]string, 0, len(ts))
	for _, t := range ts {
		out = append(out, string(t.Term))
	}
	return out
}
