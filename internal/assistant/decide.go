package assistant

import (
	"maps"
	"math"
	"slices"
)

// decisionParams are the thresholds between answer, choice and fallback.
// They are fitted on the tuning half of the blind evaluation set, never on
// the held-out half (TestFitDecision prints the fit; ASSISTANT_FIT=1).
type decisionParams struct {
	// minConfidence: below it, no answer alone.
	minConfidence float64
	// minChoice: below it, no choice either (fallback, or the referral if
	// one was said); between the two, the person chooses among the best.
	minChoice float64
	// choiceRatio: a second answer scoring at least this share of the
	// best makes a choice.
	choiceRatio float64
	// evidenceWeight: an answer's ranking score is the search's score and
	// the concepts the question says, mixed (both relative to the best):
	// 0 is the search alone, 1 the concepts alone.
	evidenceWeight float64
	// classWeight: how much the classifier's probability of an answer
	// adds to its ranking score.
	classWeight float64
	// model turns what is known of the best answer into the probability
	// that it is the right one (the reply's confidence).
	model logistic
	// maxRisk: an answer whose risk (risk.go) is at least this is not
	// given alone; 0 turns the model off.
	maxRisk float64
}

var fitted = decisionParams{minConfidence: 0.85, minChoice: 0.8, choiceRatio: 0.8, evidenceWeight: 0.3, classWeight: 0.8, model: fittedModel, maxRisk: fittedRisk}

// fittedRisk: chosen by TestFitRisk; refit when the red-team set, its
// negatives or the cautions change. Its rule: today's threshold stays while
// it is within the tuning halves' cost and the stories' ceiling (9, set in
// stop 37), and a lower one is taken when each step down catches enough
// traps for the guards it flags; otherwise the lowest within them. Stop 40
// took 0.9. In stop 41, with rounds 41-43 joined, every step down to 0.8
// paid; with rounds 44 and 45 too, 0.8 flagged 10 stories, and the lowest
// within was 0.84. Stop 42 (rounds 46-49 joined) kept 0.84, 0.82 flagging
// 11 stories: 908 of 1,713 cross-validated new-round traps caught (the
// folds learnt every twin), 3 tuning answers made choices, 8 stories and
// 14 guards flagged. Stop 43: with rounds 50-53 joined 0.84 stayed (0.82
// made choices of 4 tuning answers, more than half the limit); with 160
// plain twins (train43e) 0.82 makes 2 and was taken: 1,300 of 1,794
// cross-validated new-round traps caught (72.5 %; each fold learns only
// what was written before its round, 950 when every fold learnt every
// twin), 2 tuning answers made choices, 5 stories and 9 guards flagged.
// Stop 44 (rounds 54-57 and their twins joined) kept 0.82, 0.8 making
// choices of 3 tuning answers: 1,359 of 1,892 caught (71.8 %), 2 tuning
// answers, 6 stories and 9 guards flagged. With the story naming the
// subject when the question does not (evidence.go), 0.82 caught 1,357 of
// 1,906, 0.8 made choices of 2 tuning answers and caught 11 more for no
// more guard, and was taken; with a referral naming a subject too, 0.8
// stays: 1,372 of 1,907 caught (71.9 %; 0.82 1,357), 2 tuning answers, 6
// stories and 8 guards flagged. Stop 45 (rounds 58 and 59 and their
// twins joined) kept 0.8: 1,395 of 1,935 caught (72.1 %; 0.82 1,380), 2
// tuning answers, 6 stories and 8 guards flagged. Stop 46 (rounds 60
// and 61 and their twins joined) kept 0.8: 1,421 of 1,975 caught (71.9
// %), 4 tuning answers, 7 stories and 8 guards flagged; after the
// red-team label review (126 labels extended), 1,325 of 1,868 (70.9 %),
// 3 tuning answers, 7 stories and 8 guards. Stop 47 kept 0.8 with rounds
// 62 and 63 and their twins joined (1,345 of 1,893, 71.1 %; 3 tuning
// answers, 8 stories, 7 guards) and with rounds 64 and 65 too (1,394 of
// 1,953, 71.4 %; 2 tuning answers, 9 stories, 4 guards), and with 15
// labels of rounds 62-65 narrowed (1,395 of 1,955, 71.4 %; the same;
// 1,398 of 1,958 with the 24 first narrowed). Stop 48 kept 0.8 with
// rounds 66 and 67 and their twins joined (1,434 of 2,014, 71.2 %; 2
// tuning answers, 7 stories, 4 guards) and with rounds 68 and 69 too
// (1,459 of 2,057, 70.9 %; 2 tuning answers, 8 stories, 4 guards), and
// with 121 labels of rounds 3-61 narrowed (1,484 of 2,082, 71.3 %; 1
// tuning answer, 9 stories, 4 guards; 0.82 makes 8 stories and catches 17
// fewer); 116 after the fresh-eyes review, and with the repay-costs
// labels read again (two extensions undone): 1,486 of 2,084 (71.3 %), the
// same otherwise.
// Stop 49 kept 0.8 with rounds 70 and 71 and their twins joined and four
// of their labels narrowed: 1,524 of 2,138 (71.3 %), 4 tuning answers, 9
// stories, 4 guards (the tuning cost alone allows 0.75); and with rounds
// 72 and 73 and their twins (two labels extended, four narrowed): 1,564
// of 2,192 (71.4 %), 4 tuning answers, 5 stories, 5 guards (0.75 is
// within the limit but costs more than half of it); and with rounds 74 and
// 75 and their twins and the fresh-eyes review's mend of six labels: 1,600
// of 2,251 (71.1 %), 3 tuning answers, 7 stories, 5 guards.
// Stop 50 kept 0.8 with rounds 76 and 77 and their twins joined (three
// labels extended, two narrowed) and nine older labels read again: 1,624
// of 2,298 (70.7 %), 4 tuning answers, 6 stories, 4 guards (the tuning
// cost alone chooses 0.8); and with rounds 78 and 79 and their twins
// (eight labels extended, one narrowed): 1,648 of 2,336 (70.5 %), 4
// tuning answers, 7 stories (the ceiling binds: the tuning cost alone
// allows 0.7), 3 guards; and with the eligibility summary rewritten, its
// labels read again, the fresh-eyes review's mend and three twins
// dropped: 1,644 of 2,332 (70.5 %), 4 tuning answers, 5 stories, 3
// guards (0.75 is within the limit, but the rule keeps 0.8); and with
// the 143 lines the mend's review found read against that summary (37
// narrowed, six extended): 1,635 of 2,326 (70.3 %), 4 tuning answers, 5
// stories, 3 guards.
// Stop 51 kept 0.8 with rounds 80 and 81 and their twins joined (four
// labels extended, five narrowed): 1,686 of 2,393 (70.5 %), 4 tuning
// answers, 7 stories, 4 guards (0.75 is within the limit; the tuning
// cost alone allows 0.7); and with rounds 82 and 83 and their twins
// (four labels extended, three narrowed) 0.8 flags 10 ordinary stories,
// one over the ceiling, so the fit chose 0.82: 1,704 of 2,449 (69.6 %;
// 0.8 would catch 1,727), 4 tuning answers, 7 stories, 3 guards; and
// after the fresh-eyes review's mend (police-escort's and expulsion's
// summaries each gained the fact the inventory says they carry, and the
// lines they touch were read again: 17 narrowed, 3 extended (one in
// a placeholder's place), two extensions undone) it kept 0.82: 1,706
// of 2,452 (69.6 %), 4 tuning answers, 8 stories, 3 guards (0.8 is
// within the limit but costs more than half of it); the same after the
// mend's review (one narrowing undone; a writer's least bad answer taken
// out where a safe one is left). Stop 52: with rounds 84 and 85 and their
// twins (two labels extended, one answer replaced) it keeps 0.82: 1,729
// of 2,487 (69.5 %), 2 tuning answers, 9 stories, 3 guards; 0.8 would
// catch 1,753 but flags 10 stories, over the ceiling; with rounds 86 and
// 87 and their twins (three labels extended, four narrowed) it keeps
// 0.82: 1,760 of 2,532 (69.5 %), 2 tuning answers, 8 stories, 3 guards;
// 0.8 would catch 1,785 but flags 10 stories; and after forced-return-
// costs', repay-costs' and police-escort's summaries each gained a fact
// (the lines they touch read again: 34 labels extended, 14 narrowed) it
// keeps 0.82: 1,761 of 2,531 (69.6 %), 2 tuning answers, 8 stories, 3
// guards; 0.8 would catch 1,793 but flags 10 stories; and after the
// fresh-eyes review's mend (forced-return-costs' no-money sentence tied
// to the forced return, 2 labels narrowed, one extension undone) it keeps
// 0.82: 1,761 of 2,532 (69.5 %), 2 tuning answers, 8 stories, 3 guards.
// Stop 53: with rounds 88 and 89 and their twins joined (two answers
// narrowed by the three-reader rule, three under stop 51's exception, one
// line extended), the Norwegian no-money sentence put in the forced
// return's terms first and five of stop 52's removals read again (one
// put back, one line extended), 0.8 flags 9 stories, within the ceiling again, and catches
// 28 more traps for one more guard: the fit chose 0.8: 1,816 of 2,576
// (70.5 %), 2 tuning answers, 9 stories, 4 guards (0.82: 1,788); with
// rounds 90 and 91 and their twins joined (eight answers narrowed by the
// three-reader rule, four under the exception, four lines extended) and
// the fresh-eyes review's mend (two answers taken out) it keeps 0.8:
// 1,842 of 2,616 (70.4 %), 2 tuning answers, 9 stories, 5 guards.
// Stop 54: with rounds 92 and 93 and 288 twins joined (two lines
// extended, one answer narrowed by the three-reader rule, two under the
// exception) it keeps 0.8: 1,874 of 2,657 (70.5 %), 3 tuning answers, 8
// stories, 4 guards (0.82: 1,844, 2 tuning answers); with rounds 94 and
// 95 and 286 twins joined (four lines extended, one marked) and 43 older
// arrested-and-IOM lines relabelled it keeps 0.8: 1,917 of 2,722
// (70.4 %), 3 tuning answers, 7 stories, 6 guards (0.82: 1,887, 2 tuning
// answers, 4 guards).
const fittedRisk = 0.8

// fittedModel: printed by TestFitDecision.
var fittedModel = logistic{bias: -1.554, weights: signals{1.115, 0.414, 1.299, -0.432, 0.896, 0.335, -1.951, 0.032, 0.000, 0.000, 0.000, 0.946, 1.049, 0.309, -1.311}}

// decision is what the assistant replies, before it is put in words.
type decision struct {
	kind       Kind
	ids        []string // answers, best first: the answer and alternatives, or the choice
	scores     []float64
	referral   int // for KindReferral: index in referrals.<lang>.toml
	confidence float64
}

type candidate struct {
	hit
	evidence float64
	score    float64
}

// decide turns a match into a reply kind. An answer needs positive
// evidence: the question names a subject the answers cover (a core
// concept), and the answer has a concept the question says. A referral
// said more strongly (in more words) than the covered subjects wins; a tie
// goes to the answer. With no subject named, words several answers share
// give at most a choice (noSubjectNamed).
func decide(m result, p decisionParams) decision {
	d := decision{kind: KindFallback, referral: m.ev.referral}
	cands := rank(m, p)
	refer := m.ev.referral >= 0
	if len(cands) == 0 || m.ev.core == 0 || (refer && m.ev.refStrength > m.ev.core) {
		if refer {
			d.kind = KindReferral
		} else if len(cands) > 0 && !m.outOfScope && m.classes.of(outClass) < m.classes.top() {
			noSubjectNamed(&d, m, cands)
		}
		return d
	}
	best := cands[0]
	margin := 1.0
	if len(cands) > 1 {
		margin = 1 - cands[1].score/best.score
	}
	d.confidence = p.model.prob(signalsOf(m, cands, margin))
	tied := len(cands) > 1 && cands[1].score >= p.choiceRatio*best.score
	// A cautioned answer (cautions.<lang>.toml) is never given alone: the
	// question says something its summary would mislead about.
	cautioned := m.ev.cautioned[best.id]
	// The question repeats a known trap, whose writer said which answers
	// are safe for that person (knowntraps.go): another is not given alone.
	cautioned = cautioned || (m.trapAllowed != nil && !slices.Contains(m.trapAllowed, best.id))
	// An answer sure enough that the risk model says would mislead is
	// cautioned the same way: the question looks like a special situation
	// the red-team set taught. Alone among the candidates, it is not given
	// either: the fallback's topics lead to it, without saying it is the
	// answer (a review found 9 of the traps the model caught in new rounds
	// answered alone so, and none of the tuning halves' right answers).
	if !cautioned && !tied && p.maxRisk > 0 && m.risk != nil && d.confidence >= p.minConfidence {
		cautioned = m.risk(best.id) >= p.maxRisk
	}
	sure := d.confidence >= p.minConfidence && !cautioned
	torn := (tied || cautioned) && len(cands) > 1 && d.confidence >= p.minChoice
	switch {
	case torn:
		// Torn between close answers, or the first may mislead alone: the
		// person chooses. A caution says the person's situation is not the
		// usual one, so their answer is often not the runner-up: then the
		// three best with a concept said are offered (in the red-team set,
		// an allowed answer was among two in 66 % of its choices, among
		// three in 75 %; a third its own caution flags is left out).
		d.kind = KindChoice
		for _, c := range cands {
			far := c.score < p.choiceRatio*best.score
			if len(d.ids) == maxItems || (far && !cautioned) {
				break
			}
			if far && len(d.ids) == 2 && m.ev.cautioned[c.id] {
				continue // a third that its own caution flags would mislead too
			}
			d.ids = append(d.ids, c.id)
			d.scores = append(d.scores, round3(c.score/best.score*d.confidence))
		}
		return d
	case !sure:
		// Unsure of the answer: the topics. A referral only when the
		// question says its subject as strongly as what is in scope.
		if refer && m.ev.refStrength >= m.ev.core {
			d.kind = KindReferral
		}
		d.ids = []string{best.id} // for the fallback's topics
		return d
	}
	d.kind = KindAnswer
	for i, c := range cands {
		if len(d.ids) == maxItems {
			break
		}
		rel := c.score / best.score
		if i > 0 && rel < minAlternativeRel && (c.coverage < minAlternativeCoverage || rel < minAlternativeFloor) {
			continue
		}
		d.ids = append(d.ids, c.id)
		d.scores = append(d.scores, round3(d.confidence*rel))
	}
	return d
}

// noSubjectNamed: the question names no subject the answers cover, only
// words some of them share ("How much does return cost?", "Can I come back
// to Norway?"), and neither the classifier nor an out-of-scope subject reads
// it as outside. Two or three such answers are a choice: nothing says
// which, so none is given alone and none has a score (0: the service
// cannot tell). Any third its own caution flags is left out. One such
// answer leads the fallback's topics.
func noSubjectNamed(d *decision, m result, cands []candidate) {
	d.ids = []string{cands[0].id}
	if len(cands) == 1 {
		return
	}
	d.kind = KindChoice
	for _, c := range cands[1:] {
		if len(d.ids) == maxItems {
			break
		}
		if len(d.ids) == 2 && m.ev.cautioned[c.id] {
			continue
		}
		d.ids = append(d.ids, c.id)
	}
	d.scores = make([]float64, len(d.ids))
}

// rank orders the answers that have a concept the question says: the
// search's score and the concepts said, mixed.
func rank(m result, p decisionParams) []candidate {
	var cands []candidate
	most := 0.0
	for _, h := range m.hits {
		most = max(most, m.ev.answers[h.id])
	}
	for _, h := range m.hits {
		if e := m.ev.answers[h.id]; e > 0 {
			rel := h.score / m.hits[0].score
			score := (1-p.evidenceWeight)*rel + p.evidenceWeight*e/most + p.classWeight*m.classes.of(h.id)
			cands = append(cands, candidate{hit: h, evidence: e, score: score})
		}
	}
	slices.SortStableFunc(cands, func(a, b candidate) int {
		switch {
		case a.score > b.score:
			return -1
		case a.score < b.score:
			return 1
		}
		return 0
	})
	return cands
}

// confidence combines how much of the question the best answer covers with
// how far it is ahead of the next one. Both are shares (0..1), so the same
// threshold holds in every language, whatever bleve's raw scores.
func confidence(coverage, margin float64) float64 {
	return coverage * (0.6 + 0.4*math.Min(1, margin*2))
}

// signals are what is known of the best answer, each a number of about
// 0..1 so that one model holds in every language.
type signals [nSignals]float64

const nSignals = 15

// firstClassSignal is the first of the signals from the classifier.
const firstClassSignal = 11

// signalNames says what each signal is, for the fit's report.
var signalNames = [nSignals]string{"coverage", "margin", "old confidence", "concept share", "search agrees", "concepts said", "referral said", "answers with concepts", "question sentences covered", "title said", "long message", "class probability", "class lead", "class top", "class out of scope"}

func signalsOf(m result, cands []candidate, margin float64) signals {
	best := cands[0]
	said := 0.0
	for _, id := range slices.Sorted(maps.Keys(m.ev.answers)) { // in order: the same sum every time
		said += m.ev.answers[id]
	}
	agrees := 0.0
	if len(m.hits) > 0 && m.hits[0].id == best.id {
		agrees = 1
	}
	referral := 0.0
	if m.ev.refStrength > 0 {
		referral = 1
	}
	asked := best.coverage
	if m.askedCoverage != nil {
		asked = m.askedCoverage(best.id)
	}
	classLead := m.classes.of(best.id)
	if len(cands) > 1 {
		classLead -= m.classes.of(cands[1].id)
	}
	return signals{
		best.coverage,
		margin,
		confidence(best.coverage, margin),
		best.evidence / said,
		agrees,
		math.Min(1, float64(m.ev.core)/4),
		referral,
		math.Min(1, float64(len(cands)-1)/4),
		asked,
		best.title,
		math.Min(1, float64(m.words)/20),
		m.classes.of(best.id),
		classLead,
		m.classes.top(),
		m.classes.of(outClass),
	}
}

// logistic is a logistic regression over the signals, fitted on the
// tuning halves (TestFitDecision).
type logistic struct {
	bias    float64
	weights signals
}

func (l logistic) prob(x signals) float64 {
	z := l.bias
	for i, w := range l.weights {
		z += w * x[i]
	}
	return 1 / (1 + math.Exp(-z))
}
