package assistant

import (
	"fmt"
	"slices"
	"strings"

	"returninfo/internal/answers"
)

// The positive evidence a question gives: the concepts it says
// (concepts.<lang>.toml, per answer) and the subjects this service refers
// elsewhere (referrals.<lang>.toml). Both are phrases matched on stems, in
// the words the person typed: synonyms never count here.

type phrase struct {
	stems    []string
	exact    string // for a "=word" entry: the folded word as typed, matched whole
	stop     []bool // which words are stop words: only these match a stop word
	strength int    // its words that are not stop words (at least 1)
	owner    int    // index in phraseIndex.owners
	// core: the phrase names a subject. A supporting phrase ("+how much",
	// "+when") says what about it is asked: it ranks the answers, but a
	// question with supporting phrases only is not in scope.
	core bool
	// share is strength divided among the answers that have the phrase:
	// a phrase every assisted-return answer has tells them apart less.
	share float64
}

type phraseOwner struct {
	caution  bool // the answer may not be given alone
	referral bool
	id       string // answer ID, or index of the referral as a string
	ref      int    // referral index, when referral
}

type phraseIndex struct {
	owners  []phraseOwner
	phrases []phrase
	byFirst map[string][]int
	words   map[string]bool // the phrases' words, folded
	// whole is the words of the concepts and referrals: a compound there
	// is meant whole, so its parts are not evidence too. A caution's words
	// are not: naming «klagefristen» in a caution must not hide «klage».
	// Only these join the vocabulary (li.known, index.go) that language
	// detection reads.
	whole map[string]bool
	// refStems are the stems of the referrals' words: the only evidence a
	// compound named in a caution alone may give through its parts.
	refStems map[string]bool
	stems    map[string]bool // and their stems
	near     neighbours
	// nearWhole is near for the whole words only: what language
	// detection counts as a typo of English or Norwegian.
	nearWhole neighbours
	// negations (analysis.<lang>.toml) right before a caution's phrase
	// say the opposite: "bortvist, not utvist" cautions nothing.
	negations map[string]bool
	subjects  map[string]bool // pronouns: a negation before one is the question's
	// background words (analysis.<lang>.toml) start a clause that tells
	// the story, not what is asked: "when I asked for asylum, they took my
	// passport" does not ask about applying for asylum.
	background map[string]bool
	// asking words right after a background word make it a question
	// word: "when can I apply for asylum" asks.
	asking map[string]bool
}

func compilePhrases(li *langIndex, lex *lexicon, lib *answers.Library) (*phraseIndex, error) {
	pi := &phraseIndex{byFirst: map[string][]int{}, words: map[string]bool{}, whole: map[string]bool{}, refStems: map[string]bool{}, stems: map[string]bool{},
		negations: foldedSet(lex.analysis.Negations), subjects: foldedSet(lex.analysis.Subjects), background: foldedSet(lex.analysis.Background), asking: foldedSet(lex.analysis.Asking)}
	file := fmt.Sprintf("content/%s/concepts.%s.toml", Dir, lex.lang)
	for _, id := range lib.IDs() {
		if _, ok := lib.Answer(lex.lang, id); ok && len(lex.concepts[id]) == 0 {
			return nil, fmt.Errorf("%s: answer %q has no concepts", file, id)
		}
	}
	ids := make([]string, 0, len(lex.concepts))
	for id := range lex.concepts {
		if !lib.Exists(id) {
			return nil, fmt.Errorf("%s: no answer %q", file, id)
		}
		ids = append(ids, id)
	}
	slices.Sort(ids)
	add := func(o phraseOwner, says []string) error {
		pi.owners = append(pi.owners, o)
		for _, s := range says {
			s, support := strings.CutPrefix(s, "+")
			s, exact := strings.CutPrefix(s, "=")
			stems, stop := li.phraseStems(s)
			if exact && len(stems) != 1 {
				return fmt.Errorf("content/%s/*.%s.toml: %q: an exact entry (=) is one word", Dir, lex.lang, s)
			}
			if len(stems) == 0 {
				return fmt.Errorf("content/%s/*.%s.toml: %q has no words", Dir, lex.lang, s)
			}
			if stems[0] == anyNumber {
				return fmt.Errorf("content/%s/*.%s.toml: %q: a phrase cannot start with a number (#)", Dir, lex.lang, s)
			}
			for _, w := range terms(li.raw, s) {
				pi.words[w] = true
				if !o.caution {
					pi.whole[w] = true
				}
			}
			for _, w := range strings.Fields(strings.ToLower(s)) {
				w = foldString(strings.Trim(w, ",.?!"))
				pi.words[w] = true
				if !o.caution {
					pi.whole[w] = true
				}
			}
			for _, st := range stems {
				pi.stems[st] = true
				pi.refStems[st] = pi.refStems[st] || o.referral
			}
			n := 0
			for _, st := range stop {
				if !st {
					n++
				}
			}
			n = max(1, n)
			pi.byFirst[stems[0]] = append(pi.byFirst[stems[0]], len(pi.phrases))
			ph := phrase{stems: stems, stop: stop, strength: n, owner: len(pi.owners) - 1, core: !support}
			if exact {
				ph.exact = foldString(strings.TrimSpace(s))
			}
			pi.phrases = append(pi.phrases, ph)
		}
		return nil
	}
	for _, id := range ids {
		if err := add(phraseOwner{id: id}, lex.concepts[id]); err != nil {
			return nil, err
		}
	}
	ids = ids[:0]
	for id := range lex.cautions {
		if !lib.Exists(id) {
			return nil, fmt.Errorf("content/%s/cautions.%s.toml: no answer %q", Dir, lex.lang, id)
		}
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		says, err := lex.expandSituations(lex.cautions[id])
		if err != nil {
			return nil, fmt.Errorf("content/%s/cautions.%s.toml: %s: %w", Dir, lex.lang, id, err)
		}
		if err := add(phraseOwner{caution: true, id: id}, says); err != nil {
			return nil, err
		}
	}
	for i, r := range lex.referrals.Referral {
		if err := add(phraseOwner{referral: true, id: r.ID, ref: i}, r.Say); err != nil {
			return nil, err
		}
	}
	owners := map[string]int{}
	for _, p := range pi.phrases {
		if o := pi.owners[p.owner]; !o.referral && !o.caution {
			owners[strings.Join(p.stems, " ")]++
		}
	}
	for i := range pi.phrases {
		p := &pi.phrases[i]
		p.share = float64(p.strength) / float64(max(1, owners[strings.Join(p.stems, " ")]))
	}
	pi.near = newNeighbours(map[string]map[string]bool{"": pi.words})
	pi.nearWhole = newNeighbours(map[string]map[string]bool{"": pi.whole})
	return pi, nil
}

// qtoken is one word of the question as evidence sees it.
type qtoken struct {
	raw      string // folded, as typed
	stem     string
	stop     bool
	alts     []string // a compound's parts, or a typo's corrections (stems)
	question bool     // in a question sentence
}

// evidence is what a question says, in its own words.
type evidence struct {
	answers map[string]float64 // answer ID → its concepts said, by share
	// core is how strongly the question names subjects answers cover:
	// the words of the core concept phrases found.
	core int
	// cautioned are the answers never to be given alone (cautions.<lang>.toml).
	cautioned map[string]bool
	// referral is the referral most strongly said in the question
	// sentences (-1: none); refStrength what they say out of scope, all
	// referrals together.
	referral    int
	refStrength int
}

type span struct{ start, n, phrase int }

// find matches the phrases in the tokens. Stronger phrases first; a weaker
// one whose words a stronger one has used up does not count ("in charge"
// is not "charge"); phrases as strong may share words.
func (pi *phraseIndex) find(toks []qtoken) evidence {
	var spans []span
	for i := range toks {
		for _, first := range append([]string{toks[i].stem}, toks[i].alts...) {
			for _, pidx := range pi.byFirst[first] {
				p := pi.phrases[pidx]
				if i+len(p.stems) > len(toks) || !matchesAt(toks, i, p) {
					continue
				}
				spans = appendSpan(spans, span{i, len(p.stems), pidx})
			}
		}
	}
	// Stronger first: more words that are not stop words, then more words
	// ("apply for asylum" before "how do I apply", "in charge" before
	// "charge").
	rank := func(s span) int { return pi.phrases[s.phrase].strength*100 + s.n }
	slices.SortStableFunc(spans, func(a, b span) int { return rank(b) - rank(a) })
	used := make([]bool, len(toks))
	ev := evidence{answers: map[string]float64{}, referral: -1, cautioned: map[string]bool{}}
	counted := map[span]bool{}
	owned := map[span]bool{} // a span counts once for each owner
	refs := map[int]int{}
	story := map[string]float64{} // concepts said around the question
	asked := false                // a question sentence names a subject
	for k := 0; k < len(spans); {
		n := rank(spans[k])
		end := k
		for end < len(spans) && rank(spans[end]) == n {
			end++
		}
		var take []span
		for _, s := range spans[k:end] {
			// Cautions neither use up words nor are used up.
			if pi.owners[pi.phrases[s.phrase].owner].caution || !slices.Contains(used[s.start:s.start+s.n], true) {
				take = append(take, s)
			}
		}
		for _, s := range take {
			p := pi.phrases[s.phrase]
			o := pi.owners[p.owner]
			for j := s.start; j < s.start+s.n && !o.caution; j++ {
				used[j] = true
			}
			if key := (span{s.start, s.n, p.owner}); owned[key] {
				continue
			} else {
				owned[key] = true
			}
			if o.caution {
				if !pi.negated(toks, s.start) {
					ev.cautioned[o.id] = true
				}
			} else if !o.referral {
				// The story around the question is weighed below, once
				// it is known whether the question names a subject.
				if toks[s.start].question {
					ev.answers[o.id] += p.share
					asked = asked || p.core
				} else {
					story[o.id] += p.share
				}
				if key := (span{s.start, s.n, 0}); p.core && !counted[key] {
					counted[key] = true
					ev.core += p.strength
				}
			} else if toks[s.start].question && !pi.inBackground(toks, s.start) {
				refs[o.ref] += p.strength
				asked = true // a subject, though out of scope
			}
		}
		k = end
	}
	// What the question sentence says counts fully; the story around it
	// half ("I got a Dublin decision. Will they tell me when they come?"
	// asks about notice), unless the question sentences name no subject,
	// in scope or a referral's: then the story says what it is about ("I
	// am expelled. Can I come back later?" asks about the expulsion). A
	// core phrase used up by a longer supporting one names none, as it
	// adds nothing to core; nor does a referral in a background clause
	// ("since my lawyer is here"), which is not said, while a concept there
	// is. Coverage (words.go) still weighs the story at storyWeight: it is
	// a signal of the fitted decision model, which this rule was not refit
	// with.
	w := 0.5
	if !asked {
		w = 1
	}
	for id, v := range story {
		ev.answers[id] += w * v
	}
	// The referral shown is the one said most; the strength is all that
	// the question sentences say out of scope ("a lawyer to appeal").
	bestS := 0
	for r, s := range refs {
		ev.refStrength += s
		if s > bestS || (s == bestS && r < ev.referral) {
			ev.referral, bestS = r, s
		}
	}
	return ev
}

// expandSituations replaces each "@name" with the phrases of that
// situation (situations.<lang>.toml): a person's situation that many
// answers' summaries would mislead about is said once.
func (lex *lexicon) expandSituations(says []string) ([]string, error) {
	var out []string
	for _, s := range says {
		name, ok := strings.CutPrefix(s, "@")
		if !ok {
			out = append(out, s)
			continue
		}
		phrases, ok := lex.situations[name]
		if !ok {
			return nil, fmt.Errorf("no situation %q in situations.%s.toml", name, lex.lang)
		}
		out = append(out, phrases...)
	}
	return out, nil
}

// foldedSet is the words as the tokens' raw forms are: lower case, folded.
func foldedSet(words []string) map[string]bool {
	set := map[string]bool{}
	for _, w := range words {
		set[foldString(strings.ToLower(w))] = true
	}
	return set
}

// negated: a negation right before the token, or before a stop word
// right before it ("not expelled", "not been expelled", «ikke utvist»).
func (pi *phraseIndex) negated(toks []qtoken, i int) bool {
	switch {
	case i >= 1 && pi.negations[toks[i-1].raw]:
		return true
	case i >= 2 && toks[i-1].stop && !pi.subjects[toks[i-1].raw] && pi.negations[toks[i-2].raw]:
		return true
	}
	return false
}

// inBackground: a background word among the three words before the token,
// not one that asks ("when can I").
func (pi *phraseIndex) inBackground(toks []qtoken, i int) bool {
	for k := max(0, i-3); k < i; k++ {
		if pi.background[toks[k].raw] && !pi.asking[toks[k+1].raw] {
			return true
		}
	}
	return false
}

func appendSpan(spans []span, s span) []span {
	for _, o := range spans {
		if o.start == s.start && o.n == s.n && o.phrase == s.phrase {
			return spans
		}
	}
	return append(spans, s)
}

func matchesAt(toks []qtoken, i int, p phrase) bool {
	if p.exact != "" {
		return toks[i].raw == p.exact
	}
	for k, st := range p.stems {
		t := toks[i+k]
		if st == anyNumber {
			if !isNumber(t.raw) {
				return false
			}
			continue
		}
		if (t.stop && !p.stop[k]) || (t.stem != st && !slices.Contains(t.alts, st)) {
			return false
		}
	}
	return true
}

// anyNumber: a "#" word in a phrase matches any number as typed ("the
// deadline is #" says a date, «fristen er #»), since dates cannot be
// listed.
const anyNumber = "#"

// isNumber: digits, perhaps with a date's separators (15.06, 1/6) or an
// English ordinal's ending (3rd).
func isNumber(w string) bool {
	for _, end := range []string{"st", "nd", "rd", "th"} {
		if d, ok := strings.CutSuffix(w, end); ok {
			w = d
			break
		}
	}
	return strings.ContainsAny(w, "0123456789") && strings.Trim(w, "0123456789./-") == ""
}

// phraseStems cuts a phrase into words as a question is cut: stop words
// told before folding, then folded and stemmed; "#" stays (anyNumber).
func (li *langIndex) phraseStems(s string) (stems []string, stop []bool) {
	for i, part := range strings.Split(s, anyNumber) {
		if i > 0 {
			stems, stop = append(stems, anyNumber), append(stop, false)
		}
		for _, t := range li.qa.base.Analyze([]byte(part)) {
			w := string(t.Term)
			stems = append(stems, li.qa.stem(foldString(w)))
			stop = append(stop, li.qa.stop[w])
		}
	}
	return stems, stop
}

// questionSentences marks, for each byte of q, whether it is in a question
// sentence: one that ends with a question mark. A message without one is
// all question.
func questionSentences(q string) func(pos int) bool {
	if !strings.ContainsAny(q, "?؟") {
		return func(int) bool { return true }
	}
	type rng struct{ from, to int }
	var qs []rng
	start := 0
	for i, r := range q {
		switch r {
		case '.', '!', '\n', ';':
			start = i + 1
		case '?', '؟':
			qs = append(qs, rng{start, i})
			start = i + 1
		}
	}
	return func(pos int) bool {
		for _, r := range qs {
			if pos >= r.from && pos <= r.to {
				return true
			}
		}
		return false
	}
}
