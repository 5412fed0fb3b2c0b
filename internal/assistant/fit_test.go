package assistant

import (
	"context"
	"fmt"
	"math"
	"os"
	"slices"
	"strings"
	"testing"
)

// TestFitDecision fits the decision (decide.go, fitted and fittedModel) on
// the tuning halves of the blind sets, and prints the best. It never reads
// a held-out half. ASSISTANT_FIT=1 to run it.
//
// A logistic regression learns, from the signals of each tuning question's
// best answer, the probability that it is the right one: that is the
// reply's confidence. Then the thresholds are chosen for the most utility
// per question: the right answer first +1, the right answer in a choice
// +0.2 (the person must still choose), a choice without it -0.2, a wrong
// answer or an answer to an out-of-scope question -4 (a wrong answer is
// worse than "I don't know"), else 0; with choices on at most 5 % of the
// answerable questions.
//
// Which signals the model uses is chosen by cross-validation over the
// tuning halves (fit on all but one, measure on that one), so that a
// signal is kept only when it helps on questions the fit has not seen.
func TestFitDecision(t *testing.T) {
	if os.Getenv("ASSISTANT_FIT") == "" {
		t.Skip("set ASSISTANT_FIT=1")
	}
	a, _ := realAssistant(t)
	folds := map[string][]fitQuestion{}
	var all []fitQuestion
	for _, f := range tuneFiles {
		// The classifiers learn from the tuning halves: each half is read
		// by classifiers trained without it, as unseen questions are.
		restore := unseenBy(t, a, f)
		for _, q := range readEval(t, f) {
			if _, ok := a.langs[q.lang]; !ok {
				continue
			}
			u, err := a.understand(context.Background(), q.lang, q.question)
			if err != nil {
				t.Fatal(err)
			}
			if u.match == nil {
				continue // a statistic or a notice: the decision does not touch it
			}
			fq := fitQuestion{u, q.expected, q.lang}
			folds[f] = append(folds[f], fq)
			all = append(all, fq)
		}
		restore()
	}
	// The safety set and the red-team set guard the final fit.
	guard := guardQuestions(t, a)
	// Signal sets to choose among: each is a mask over signalNames.
	masks := map[string][nSignals]bool{}
	var base, full, class [nSignals]bool
	for i := range nSignals {
		full[i] = true
		base[i] = i < 8
		class[i] = i < 8 || i >= firstClassSignal
	}
	long := firstClassSignal - 1 // the signal the model used before the classifier
	masks["eight"], masks["all"], masks["eight + class"] = base, full, class
	base[long], class[long] = true, true
	masks["eight + "+signalNames[long]], masks["eight + class + "+signalNames[long]] = base, class
	names := make([]string, 0, len(masks))
	for n := range masks {
		names = append(names, n)
	}
	slices.Sort(names)
	bestName, bestCV := "", math.Inf(-1)
	for _, n := range names {
		cv, choices := 0.0, 0.0
		for _, held := range tuneFiles { // in order: the same fit every run
			var train []fitQuestion
			for _, f := range tuneFiles {
				if f != held {
					train = append(train, folds[f]...)
				}
			}
			p, _ := fitOn(a, train, masks[n], nil) // the guard holds the final fit only: it was made for the model in use
			u, c, _ := utilityOf(a, folds[held], p)
			cv += u
			choices += c / float64(len(folds))
		}
		fmt.Printf("cross-validated utility %-40s %.1f (choices %.1f %%)\n", n, cv, 100*choices)
		if cv > bestCV+1e-9 {
			bestName, bestCV = n, cv
		}
	}
	best, bestU := fitOn(a, all, masks[bestName], guard)
	nowU := fitUtility(a, all, fitted)
	if nowU >= bestU {
		best, bestU = fitted, nowU // a fit on slightly different data may still be the better one
	}
	fmt.Printf("signals %q; fitted on %d tuning questions: utility %.1f (now %.1f)\n", bestName, len(all), bestU, nowU)
	fmt.Printf("var fitted = decisionParams{minConfidence: %g, minChoice: %g, choiceRatio: %g, evidenceWeight: %g, classWeight: %g, model: fittedModel}\n", best.minConfidence, best.minChoice, best.choiceRatio, best.evidenceWeight, best.classWeight)
	fmt.Printf("var fittedModel = logistic{bias: %.3f, weights: signals{", best.model.bias)
	for i, w := range best.model.weights {
		if i > 0 {
			fmt.Print(", ")
		}
		fmt.Printf("%.3f", w)
	}
	fmt.Println("}}")
	for i, w := range best.model.weights {
		fmt.Printf("  %-28s %+.3f\n", signalNames[i], w)
	}
}

type fitQuestion struct {
	u        understood
	expected string
	page     string
}

// maxChoices is the limit: choices on at most 5 % of the
// answerable questions.
const maxChoices = 0.05

// maxWrong: wrong answers (or out-of-scope questions answered) on at most
// 0.25 % of the tuning questions. The limit is 2 % on held-out
// halves, and held-out halves have run about eight times the tuning
// halves' wrong answers (2026-12-04: 24 in 1200 against 3 in 1305), since
// the data is changed for the tuning halves' misses. The harmful number
// comes first: the utility's -4 alone let the fit trade a few more wrong
// answers for more right ones. (At 1 %, the fit chose an answer threshold
// of 0.8 that doubled the tuning halves' wrong answers.)
const maxWrong = 0.0025

// fitUtility is the utility of the decision on the questions; -inf when
// choices come on more than maxChoices of the answerable ones, or wrong
// answers on more than maxWrong of the questions.
func fitUtility(a *Assistant, qs []fitQuestion, p decisionParams) float64 {
	u, choices, wrong := utilityOf(a, qs, p)
	if choices > maxChoices || wrong > maxWrong {
		return math.Inf(-1)
	}
	return u
}

// guardQuestions are the safety set's and the red-team set's questions,
// read as the service reads them (by the full classifiers: they are not
// training data), with their allowed answers: thresholds that give one of
// them a harmful answer are never chosen, however much utility they bring.
func guardQuestions(t *testing.T, a *Assistant) []fitQuestion {
	var qs []fitQuestion
	add := func(lang, q, allowed string) {
		u, err := a.understand(t.Context(), lang, q)
		if err != nil {
			t.Fatal(err)
		}
		if u.match != nil {
			// Not the remembered traps (knowntraps.go): they would guard
			// the red-team questions whatever the thresholds.
			u.match.trapAllowed = nil
			qs = append(qs, fitQuestion{u, allowed, lang})
		}
	}
	for _, c := range safetyCases {
		for _, key := range c.qs {
			lang, q, _ := strings.Cut(key, ":")
			add(lang, q, strings.Join(c.allowed, "|"))
		}
	}
	for _, q := range readEval(t, redTeamPath) {
		add(q.lang, q.question, q.expected)
	}
	return qs
}

// safeOn reports whether the decision gives none of the questions an
// answer outside its allowed ones (expected lists them).
func safeOn(a *Assistant, qs []fitQuestion, p decisionParams) bool {
	for _, q := range qs {
		d := decide(*q.u.match, p)
		if d.kind != KindAnswer || len(d.ids) == 0 {
			continue
		}
		r := &Reply{Lang: q.page}
		loc, _ := a.locales.Get(q.page)
		a.reply(r, loc, d, q.u.matchLang)
		if r.Kind == KindAnswer && len(r.Items) > 0 && !slices.Contains(strings.Split(q.expected, "|"), r.Items[0].ID) {
			return false
		}
	}
	return true
}

// utilityOf is the utility of the decision on the questions, the share of
// the answerable ones that got a choice, and the share of all that got a
// wrong answer.
func utilityOf(a *Assistant, qs []fitQuestion, p decisionParams) (util, choiceShare, wrongShare float64) {
	choices, answerable, wrong := 0, 0, 0
	for _, q := range qs {
		r := &Reply{Lang: q.page}
		loc, _ := a.locales.Get(q.page)
		a.reply(r, loc, decide(*q.u.match, p), q.u.matchLang)
		o := judge(r, q.expected, loc, false)
		if o.kind == "answer" {
			answerable++
			if o.choice {
				choices++
			}
		}
		switch {
		case o.wrong:
			util -= 4
			wrong++
		case o.top1:
			util++
		case o.top3:
			util += 0.2
		case o.choice:
			util -= 0.2
		}
	}
	return util, float64(choices) / float64(max(1, answerable)), float64(wrong) / float64(max(1, len(qs)))
}

// fitOn fits the model (on the signals in mask) and the thresholds on qs;
// with a guard, only thresholds that answer none of its questions harmfully.
func fitOn(a *Assistant, qs []fitQuestion, mask [nSignals]bool, guard []fitQuestion) (decisionParams, float64) {
	best, bestU := fitted, math.Inf(-1)
	for _, cw := range classWeights(mask) {
		bestU = fitWeights(a, qs, mask, cw, guard, &best, bestU)
	}
	return best, bestU
}

// classWeights are the classifier's weights in the ranking to try: none
// when the model does not see the classifier.
func classWeights(mask [nSignals]bool) []float64 {
	if !mask[firstClassSignal] {
		return []float64{0}
	}
	return []float64{0.3, 0.5, 0.8}
}

func fitWeights(a *Assistant, qs []fitQuestion, mask [nSignals]bool, cw float64, guard []fitQuestion, best *decisionParams, bestU float64) float64 {
	for _, w := range []float64{0.3, 0.4, 0.5, 0.6} {
		var xs []signals
		var ys []float64
		for _, q := range qs {
			m := *q.u.match
			cands := rank(m, decisionParams{evidenceWeight: w, classWeight: cw})
			if len(cands) == 0 || m.ev.core == 0 || (m.ev.referral >= 0 && m.ev.refStrength > m.ev.core) {
				continue
			}
			margin := 1.0
			if len(cands) > 1 {
				margin = 1 - cands[1].score/cands[0].score
			}
			y := 0.0
			if !strings.HasPrefix(q.expected, "out:") && q.expected != "none" && slices.Contains(strings.Split(q.expected, "|"), cands[0].id) {
				y = 1
			}
			x := signalsOf(m, cands, margin)
			for i := range x {
				if !mask[i] {
					x[i] = 0
				}
			}
			xs = append(xs, x)
			ys = append(ys, y)
		}
		model := fitLogistic(xs, ys)
		for _, minC := range []float64{0.6, 0.7, 0.75, 0.8, 0.85, 0.9} {
			for _, ratio := range []float64{0.7, 0.8, 0.85, 0.9, 0.95, 1.01} {
				for _, minChoice := range []float64{0.4, 0.5, 0.6, 0.7, 0.8, 0.9} {
					p := decisionParams{minConfidence: minC, minChoice: min(minC, minChoice), choiceRatio: ratio, evidenceWeight: w, classWeight: cw, model: model}
					if u := fitUtility(a, qs, p); u > bestU+1e-9 && safeOn(a, guard, p) {
						*best, bestU = p, u
					}
				}
			}
		}
	}
	return bestU
}

// fitLogistic fits a logistic regression by gradient descent, with a small
// L2 penalty so that no weight runs away on a signal a few examples share.
func fitLogistic(xs []signals, ys []float64) logistic {
	var l logistic
	const rate, penalty, rounds = 0.5, 0.001, 4000
	n := float64(len(xs))
	for range rounds {
		var gw signals
		gb := 0.0
		for i, x := range xs {
			e := l.prob(x) - ys[i]
			gb += e
			for j := range gw {
				gw[j] += e * x[j]
			}
		}
		l.bias -= rate * gb / n
		for j := range l.weights {
			l.weights[j] -= rate * (gw[j]/n + penalty*l.weights[j])
		}
	}
	return l
}

// A model fitted on its own examples separates them: the fit works.
func TestFitLogisticLearns(t *testing.T) {
	var xs []signals
	var ys []float64
	for i := range 200 {
		v := float64(i%20) / 20
		xs = append(xs, signals{v, 1 - v})
		ys = append(ys, math.Round(v))
	}
	l := fitLogistic(xs, ys)
	if p := l.prob(signals{0.95, 0.05}); p < 0.8 {
		t.Errorf("prob of a clear yes %.2f", p)
	}
	if p := l.prob(signals{0.05, 0.95}); p > 0.2 {
		t.Errorf("prob of a clear no %.2f", p)
	}
}

// The fit's guard holds: the thresholds in use give no question of the
// safety set or the red-team set a harmful answer, and thresholds that
// answer everything they can do.
func TestFitGuardTellsHarmfulThresholds(t *testing.T) {
	a, _ := realAssistant(t)
	qs := guardQuestions(t, a)
	if !safeOn(a, qs, fitted) {
		t.Error("the thresholds in use give a safety or red-team question a harmful answer")
	}
	reckless := fitted
	reckless.minConfidence, reckless.minChoice, reckless.choiceRatio = 0, 0, 2
	if safeOn(a, qs, reckless) {
		t.Error("thresholds that answer everything pass the guard")
	}
}
