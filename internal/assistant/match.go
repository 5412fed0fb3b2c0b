package assistant

import (
	"context"
	"slices"
	"sort"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
)

// How much a match counts besides the field boosts: a word one typo away or
// a part of a compound counts less than the word itself, and words added by
// synonyms a bit less than the question's own.
const (
	typoBoost     = 0.6
	compoundBoost = 0.5
	synonymBoost  = 0.8
	// candidates is how many of bleve's best are weighed again by coverage.
	candidates = 10
)

// hit is one answer found, best first.
type hit struct {
	id       string
	score    float64 // bleve's score weighed by coverage and title coverage
	coverage float64 // share of the question's words (by weight) the answer has
	title    float64 // share of the answer's title the question has
}

// result is what matching one question found.
type result struct {
	hits       []hit // answers only, best first
	outOfScope bool  // an out-of-scope subject fits the question better than any answer
	coverage   float64
	margin     float64
	confidence float64
	ev         evidence // the concepts and referrals the question says
	words      int      // the question's words that count
	// askedCoverage is how much of the question sentences' words an answer
	// covers: asked of the best answer only, so computed only then.
	askedCoverage func(id string) float64
	// classes are the classifier's probabilities of each answer.
	classes classes
	// risk is the chance that an answer given alone misleads the person
	// (risk.go); nil when the language has no risk model.
	risk func(id string) float64
	// trapAllowed: the question repeats a known red-team trap
	// (knowntraps.go), and only these answers may be given alone; nil
	// when it repeats none.
	trapAllowed []string
}

// match finds the answers for a question in this index's language. Bleve
// ranks; its best candidates are then weighed by how much of the question
// they cover (an answer that has one common word many times must not beat
// one that has every telling word) and by how much of their title the
// question has (the title is the question the answer answers).
func (li *langIndex) match(ctx context.Context, q string) (result, error) {
	words, addStems, toks := li.analyse(q)
	ev := li.phrases.find(toks)
	if len(words) == 0 {
		return result{ev: ev}, nil
	}
	cls := li.clf.classify(toks, ev)
	req := bleve.NewSearchRequestOptions(li.query(words, addStems), candidates, 0, false)
	res, err := li.index.SearchInContext(ctx, req)
	if err != nil {
		return result{}, err
	}
	r := result{ev: ev, words: len(words), classes: cls, trapAllowed: li.traps.allowedFor(toks)}
	if li.risk != nil {
		r.risk = func(id string) float64 { return li.risk.prob(toks, ev, id) }
	}
	r.askedCoverage = func(id string) float64 {
		asked := slices.DeleteFunc(slices.Clone(words), func(w word) bool { return w.story })
		if len(asked) == 0 {
			asked = words
		}
		return li.coverage(id, asked)
	}
	var offTopic float64
	for _, h := range res.Hits {
		c := li.coverage(h.ID, words)
		tc := li.titleCoverage(h.ID, words)
		s := h.Score * c * c * (0.6 + 0.4*tc)
		if isOutOfScope(h.ID) {
			offTopic = max(offTopic, s)
			continue
		}
		r.hits = append(r.hits, hit{id: h.ID, score: s, coverage: c, title: tc})
	}
	sort.SliceStable(r.hits, func(i, j int) bool { return r.hits[i].score > r.hits[j].score })
	if len(r.hits) == 0 || r.hits[0].score <= 0 {
		r.outOfScope, r.hits = offTopic > 0, nil
		return r, nil
	}
	best := r.hits[0]
	// Refuse when an out-of-scope subject scores better, covers as much of
	// the question as the best answer, or has its most telling word.
	r.outOfScope = offTopic >= best.score || li.offTopicCoverage(words) >= best.coverage ||
		li.offTopicWord(best.id, words)
	r.coverage = best.coverage
	r.margin = 1
	if len(r.hits) > 1 {
		r.margin = (best.score - r.hits[1].score) / best.score
	}
	r.confidence = confidence(r.coverage, r.margin)
	return r, nil
}

// query has one clause per word: its stem in each field, a word one typo
// away, or the parts of a compound; and one per stem synonyms add. Terms no
// field has are left out: they cannot match, and each costs a reader.
func (li *langIndex) query(ws []word, addStems []string) query.Query {
	clauses := make([]query.Query, 0, len(ws)+len(addStems))
	for _, w := range ws {
		qs := li.stemQueries(w.stem, 1)
		for _, t := range w.near {
			if t != w.raw || len(qs) == 0 {
				qs = append(qs, li.termQuery(fieldAllRaw, t, typoBoost)...)
			}
		}
		for _, p := range w.parts {
			qs = append(qs, li.stemQueries(p, compoundBoost)...)
		}
		if len(qs) > 0 {
			clauses = append(clauses, query.NewDisjunctionQuery(qs))
		}
	}
	for _, t := range addStems {
		if qs := li.stemQueries(t, synonymBoost); len(qs) > 0 && !hasStem(ws, t) {
			clauses = append(clauses, query.NewDisjunctionQuery(qs))
		}
	}
	if len(clauses) == 0 {
		return query.NewMatchNoneQuery()
	}
	return query.NewDisjunctionQuery(clauses)
}

// termQuery asks for a term in a field, if the field has it.
func (li *langIndex) termQuery(field, term string, boost float64) []query.Query {
	if !li.inField[field][term] {
		return nil
	}
	q := query.NewTermQuery(term)
	q.SetField(field)
	q.SetBoost(boost)
	return []query.Query{q}
}

func (li *langIndex) stemQueries(stem string, boost float64) []query.Query {
	var qs []query.Query
	for _, f := range fields {
		qs = append(qs, li.termQuery(f.name, stem, f.boost*boost)...)
	}
	return qs
}

func hasStem(ws []word, t string) bool {
	for _, w := range ws {
		if w.stem == t {
			return true
		}
	}
	return false
}
