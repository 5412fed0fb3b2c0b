package assistant

import (
	"math"
	"slices"
)

// knownTraps are the red-team questions (safety-redteam.tsv), remembered:
// a question worded as one of them, or nearly, does not get alone an
// answer that is not among that question's allowed answers. Cautions and
// the risk model generalise, and move whenever the data changes (a few
// concept phrases retrain both models and reopened five old traps in stop
// 29); a trap once found stays closed whatever they learn. People pass the
// same worded question on, so a known trap is asked again as written.
type knownTraps struct {
	traps     []knownTrap
	byStem    map[string][]int // stem → traps that have it
	negations map[string]bool  // every language's (analysis.<lang>.toml): they turn the meaning
}

type knownTrap struct {
	stems   []string // sorted, each once
	negated bool     // says "not", "never", «ikke»: only a question that does too is this one
	allowed []string
}

// trapSimilarity is how alike two questions' stems must be (shared over
// all, Jaccard) to be the same question: one word changed in a question of
// ten words is (9/11), two are not (8/12).
const trapSimilarity = 0.8

// learnTraps reads the red-team questions as the matcher reads a
// question, those of every language: a question on one language's page
// written in the other is matched in the language it is written in
// (assistant.go), and its writer's allowed answers hold there too.
func (li *langIndex) learnTraps(red []redTeamQuestion, negations map[string]bool) *knownTraps {
	kt := &knownTraps{byStem: map[string][]int{}, negations: negations}
	for _, q := range red {
		clean, _ := withoutPersonalData(q.question)
		_, _, toks := li.analyse(clean)
		stems := stemSet(toks)
		if len(stems) == 0 {
			continue
		}
		for _, s := range stems {
			kt.byStem[s] = append(kt.byStem[s], len(kt.traps))
		}
		kt.traps = append(kt.traps, knownTrap{stems: stems, negated: kt.negated(toks), allowed: q.allowed})
	}
	return kt
}

// stemSet is the question's stems that are not stop words, sorted, each once.
func stemSet(toks []qtoken) []string {
	var stems []string
	for _, t := range toks {
		if !t.stop && t.stem != "" {
			stems = append(stems, t.stem)
		}
	}
	slices.Sort(stems)
	return slices.Compact(stems)
}

// negated tells whether the question has a negation word.
func (kt *knownTraps) negated(toks []qtoken) bool {
	return slices.ContainsFunc(toks, func(t qtoken) bool { return kt.negations[t.raw] })
}

// allowedFor is the allowed answers of the known trap the question repeats
// (the most alike, at least trapSimilarity), or nil. A trap that alike
// shares at least ceil(trapSimilarity × n) of the question's n stems, so it
// has one of the question's rarest n - that + 1: only traps with those are
// compared (prefix filtering; each ask costs a few posting lists). Nor can
// a trap that alike have fewer than trapSimilarity × n stems or more than
// n / trapSimilarity: others are not compared (size filtering; the common
// stems' lists are long, and most of their traps are longer stories).
func (kt *knownTraps) allowedFor(toks []qtoken) []string {
	if kt == nil {
		return nil
	}
	stems := stemSet(toks)
	if len(stems) == 0 {
		return nil
	}
	rare := slices.Clone(stems)
	slices.SortStableFunc(rare, func(a, b string) int { return len(kt.byStem[a]) - len(kt.byStem[b]) })
	need := int(math.Ceil(trapSimilarity * float64(len(stems))))
	negated := kt.negated(toks)
	// A trap that alike has at least need stems, as the question has at
	// least need of its; and at most n / trapSimilarity (a hair wide, so
	// that rounding never narrows it).
	maxLen := int(float64(len(stems))/trapSimilarity + 1e-9)
	found, best := -1, 0.0
	for _, s := range rare[:len(stems)-need+1] {
		for _, i := range kt.byStem[s] {
			if m := len(kt.traps[i].stems); kt.traps[i].negated != negated || m < need || m > maxLen {
				continue
			}
			sim := kt.traps[i].similarity(stems)
			if sim >= trapSimilarity && (sim > best || (sim == best && i < found)) {
				found, best = i, sim // the first in the file on a tie: the same every time
			}
		}
	}
	if found < 0 {
		return nil
	}
	return kt.traps[found].allowed
}

// similarity is the share of stems the question and the trap have in
// common, of all either has (Jaccard).
func (tr knownTrap) similarity(stems []string) float64 {
	return tr.similarityOf(len(stems), sharedCount(stems, tr.stems))
}

// similarityOf is the similarity to a question of n stems, shared of
// which the trap has too.
func (tr knownTrap) similarityOf(n, shared int) float64 {
	return float64(shared) / float64(n+len(tr.stems)-shared)
}

// sharedCount counts the strings two sorted lists share.
func sharedCount(a, b []string) int {
	n := 0
	for len(a) > 0 && len(b) > 0 {
		switch {
		case a[0] == b[0]:
			n++
			a, b = a[1:], b[1:]
		case a[0] < b[0]:
			a = a[1:]
		default:
			b = b[1:]
		}
	}
	return n
}
