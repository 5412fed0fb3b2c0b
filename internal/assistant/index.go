package assistant

import (
	"fmt"
	"html"
	"regexp"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/index/scorch"

	"returninfo/internal/answers"
)

// fields are what an answer is found by, with how much a match in each
// counts. The curated examples say what people type, so they count most; the
// title and keywords name the subject; the summary and body say much
// besides, so they count least. (Five separate fields scored no better and
// cost more: every field is one more term reader per word.)
var fields = []struct {
	name  string
	boost float64
}{
	{"examples", 3},
	{"heading", 2.2}, // the title and the keywords
	{"text", 0.8},    // the summary and the body
}

// outOfScopePrefix starts the IDs of the documents made of the subjects the
// service does not cover (one per subject); when one matches best, the
// assistant refuses.
const outOfScopePrefix = "_out_of_scope/"

func isOutOfScope(id string) bool { return strings.HasPrefix(id, outOfScopePrefix) }

// indexDoc is one answer as indexed. Field names match fields; All is
// everything again, unstemmed, for typos.
type indexDoc struct {
	Examples string `json:"examples"`
	Heading  string `json:"heading"`
	Text     string `json:"text"`
	All      string `json:"all"`
	title    string
}

func newIndexDoc(examples, keywords []string, title, summary, body string) indexDoc {
	d := indexDoc{
		Examples: strings.Join(examples, "\n"),
		Heading:  title + "\n" + strings.Join(keywords, "\n"),
		Text:     summary + "\n" + body,
		title:    title,
	}
	d.All = strings.Join([]string{d.Examples, d.Heading, d.Text}, "\n")
	return d
}

// langIndex is everything needed to match questions in one language.
type langIndex struct {
	lex               *lexicon
	index             bleve.Index
	fold, raw, phrase analysis.Analyzer
	qa                questionAnalysis
	synonyms          synonyms
	docs              int                        // answers indexed
	stems, words      map[string]map[string]bool // doc ID → its stems / its words (folded)
	stemDF, wordDF    map[string]int             // how many answers have a stem / a word
	offTopicIDs       []string                   // the out-of-scope subjects' doc IDs
	offStems          map[string]bool            // what the out-of-scope subjects have
	offWords          map[string]bool
	known             map[string]bool     // every word answers and subjects have
	titles            map[string][]string // doc ID → title stems: the question it answers
	// inField is every term each field has, so the query asks only for
	// terms that exist: each term asked costs a reader.
	inField map[string]map[string]bool
	// neighbours finds the words one typo away from a typed word.
	neighbours neighbours
	// phrases are the concepts and referrals: the positive evidence.
	phrases *phraseIndex
	// clf tells the answers apart as people ask for them (classifier.go).
	clf *classifier
	// risk tells when an answer alone would mislead (risk.go).
	risk *riskModel
	// traps are the red-team questions remembered (knowntraps.go).
	traps *knownTraps
}

func buildIndex(lex *lexicon, lib *answers.Library) (*langIndex, error) {
	m, err := newMapping(lex)
	if err != nil {
		return nil, fmt.Errorf("assistant %s: %w", lex.lang, err)
	}
	// Scorch with no path keeps everything in memory, like bleve.NewMemOnly,
	// at half the cost per query (measured): NewMemOnly's store runs a
	// goroutine for every term it reads.
	idx, err := bleve.NewUsing("", m, scorch.Name, scorch.Name, nil)
	if err != nil {
		return nil, fmt.Errorf("assistant %s: %w", lex.lang, err)
	}
	li := &langIndex{
		lex: lex, index: idx,
		fold: m.AnalyzerNamed(analyzerFold), raw: m.AnalyzerNamed(analyzerRaw), phrase: m.AnalyzerNamed(analyzerPhrase),
		stems: map[string]map[string]bool{}, words: map[string]map[string]bool{},
		stemDF: map[string]int{}, wordDF: map[string]int{},
		offStems: map[string]bool{}, offWords: map[string]bool{}, known: map[string]bool{},
		titles: map[string][]string{}, inField: map[string]map[string]bool{},
	}
	if li.fold == nil || li.raw == nil || li.phrase == nil {
		return nil, fmt.Errorf("assistant %s: analyzers could not be built (check analysis.%s.toml)", lex.lang, lex.lang)
	}
	if li.qa, err = newQuestionAnalysis(li.fold, lex.stopWords()); err != nil {
		return nil, fmt.Errorf("assistant %s: %w", lex.lang, err)
	}
	docs := map[string]indexDoc{}
	for _, id := range lib.IDs() {
		a, ok := lib.Answer(lex.lang, id)
		if !ok {
			continue
		}
		docs[id] = newIndexDoc(a.Examples, a.Keywords, a.Title, a.Summary, plainText(a.HTML))
	}
	for i, sub := range lex.outOfScope.Subject {
		id := fmt.Sprintf("%s%d", outOfScopePrefix, i+1)
		docs[id] = newIndexDoc(sub.Examples, sub.Keywords, "", "", "")
		li.offTopicIDs = append(li.offTopicIDs, id)
	}
	batch := idx.NewBatch()
	for id, d := range docs {
		if err := batch.Index(id, d); err != nil {
			return nil, fmt.Errorf("assistant %s: indexing %s: %w", lex.lang, id, err)
		}
		li.stems[id], li.words[id] = termSet(li.fold, d.All), termSet(li.raw, d.All)
		li.titles[id] = terms(li.fold, d.title)
		for name, text := range d.fields() {
			li.addToField(name, li.fold, text)
		}
		li.addToField(fieldAllRaw, li.raw, d.All)
		for t := range li.words[id] {
			li.known[t] = true
		}
		if isOutOfScope(id) {
			for t := range li.stems[id] {
				li.offStems[t] = true
			}
			for t := range li.words[id] {
				li.offWords[t] = true
			}
		} else {
			li.docs++
			for t := range li.stems[id] {
				li.stemDF[t]++
			}
			for t := range li.words[id] {
				li.wordDF[t]++
			}
		}
	}
	if err := idx.Batch(batch); err != nil {
		return nil, fmt.Errorf("assistant %s: %w", lex.lang, err)
	}
	if li.synonyms, err = compileSynonyms(li, lex); err != nil {
		return nil, err
	}
	if li.phrases, err = compilePhrases(li, lex, lib); err != nil {
		return nil, err
	}
	// A word only a caution names is recognised (words.go) but is not
	// vocabulary: a caution quoting another language's words would make
	// that language look published (TestCautionWordsAreNoSignOfALanguage).
	for t := range li.phrases.whole {
		li.known[t] = true
	}
	li.neighbours = newNeighbours(li.words)
	return li, nil
}

var tags = regexp.MustCompile(`<[^>]*>`)

// plainText turns an answer's rendered HTML (checked at load, never user
// input) into words.
func plainText(h string) string {
	return html.UnescapeString(tags.ReplaceAllString(h, " "))
}

func (d indexDoc) fields() map[string]string {
	return map[string]string{"examples": d.Examples, "heading": d.Heading, "text": d.Text}
}

func (li *langIndex) addToField(field string, a analysis.Analyzer, text string) {
	if li.inField[field] == nil {
		li.inField[field] = map[string]bool{}
	}
	for _, t := range terms(a, text) {
		li.inField[field][t] = true
	}
}

func termSet(a analysis.Analyzer, s string) map[string]bool {
	set := map[string]bool{}
	for _, t := range terms(a, s) {
		set[t] = true
	}
	return set
}
