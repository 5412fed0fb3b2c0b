package assistant

import (
	"context"
	"fmt"
	"os"
	"testing"
)

// TestFitDecision fits the decision's thresholds (decide.go, fitted) on the
// tuning half of the blind set, and prints the best. It never reads the
// held-out half. ASSISTANT_FIT=1 to run it.
//
// Utility per question: the right answer first +1, the right answer in a
// choice +0.2 (the person must still choose; choices should stay rare), a
// choice without it -0.2, a wrong answer or an answer to an out-of-scope
// question -4 (a wrong answer is worse than "I don't know"), else 0.
func TestFitDecision(t *testing.T) {
	if os.Getenv("ASSISTANT_FIT") == "" {
		t.Skip("set ASSISTANT_FIT=1")
	}
	a, _ := realAssistant(t)
	type prepared struct {
		u        understood
		expected string
		page     string
	}
	prepare := func() []prepared {
		var qs []prepared
		for _, q := range readEval(t, tuneFiles...) {
			if _, ok := a.langs[q.lang]; !ok {
				continue
			}
			u, err := a.understand(context.Background(), q.lang, q.question)
			if err != nil {
				t.Fatal(err)
			}
			if u.match == nil {
				continue // a statistic or a notice: the thresholds do not touch it
			}
			qs = append(qs, prepared{u, q.expected, q.lang})
		}
		return qs
	}
	utility := func(qs []prepared, p decisionParams) float64 {
		util := 0.0
		for _, q := range qs {
			r := &Reply{Lang: q.page}
			loc, _ := a.locales.Get(q.page)
			a.reply(r, loc, decide(*q.u.match, p), q.u.matchLang)
			o := judge(r, q.expected, loc, false)
			switch {
			case o.wrong:
				util -= 4
			case o.top1:
				util++
			case o.top3:
				util += 0.2
			case o.choice:
				util -= 0.2
			}
		}
		return util
	}
	now := unknownDF
	defer func() { unknownDF = now }()
	nowU := utility(prepare(), fitted)
	best, bestDF, bestU, n := fitted, now, -1e9, 0
	for _, df := range []int{2, 4, 6, 9, 12, 16} {
		unknownDF = df
		qs := prepare()
		n = len(qs)
		for _, minC := range []float64{0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6} {
			for _, ratio := range []float64{0.5, 0.55, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1.01} {
				for _, w := range []float64{0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8} {
					p := decisionParams{minConfidence: minC, choiceRatio: ratio, evidenceWeight: w}
					if util := utility(qs, p); util > bestU+1e-9 {
						best, bestDF, bestU = p, df, util
					}
				}
			}
		}
	}
	fmt.Printf("fitted on %d tuning questions: %+v, unknownDF %d (utility %.1f; now %+v, unknownDF %d, utility %.1f)\n", n, best, bestDF, bestU, fitted, now, nowU)
}
