package assistant

import (
	"bufio"
	"context"
	"fmt"
	"io/fs"
	"math"
	"slices"
	"strings"

	"gonum.org/v1/gonum/floats"
	"gonum.org/v1/gonum/optimize"
)

// riskModel tells how likely an answer given alone is to mislead the
// person who asks: their situation may be a special one (a child, a case
// still open, someone already taken by the police, "expelled" from a
// school) where the answer's general summary is wrong for them. Cautions
// (cautions.<lang>.toml) close the sentences they were written for; this
// model learns from the whole red-team set (assistant/safety-redteam.tsv)
// so that a reworded trap is caught too.
//
// It is a logistic regression trained at start-up. Positive: each red-team
// question that, with no caution at all, would get an answer alone that is
// not among its allowed answers, with that answer. Negative: the training
// questions and risk-negatives/*.tsv (ordinary questions, and since stop 35
// "safe twins" of the traps) with their right answer (out of scope ones
// with none). Its features are the classifier's,
// plus each stem, word pair and concept crossed with the answer: "school"
// is ordinary, "school" with the expulsion answer is the trap.
type riskModel struct {
	vocab map[string]int
	w     []float64
	b     float64
	vec   *wordVectors
}

// riskPositiveWeight: a positive counts this many negatives in training
// (there are about a fifth as many), chosen by the cross-validation in
// TestFitRisk (1, 1.5, 2 and 4 tried: 2 catches the most within the cost)
// for the averaged model, and kept for the exact one (stop 40).
const riskPositiveWeight = 2.0

// riskL2 is the penalty on the weights' squared length, chosen in stop 40
// with TestFitRisk (ASSISTANT_FIT=1 ASSISTANT_FIT_RESET=1 ASSISTANT_FIT_L2=x):
// each penalty at the threshold the fit takes, of 1,494 new rounds' traps
// 0.03 caught 778 (at 0.92), 0.1 773 (0.9), 0.3 721 (0.9), 1 719 (0.86)
// and 3 639 (0.86), each flagging 1 tuning answer and 8 or 9 stories (the
// averaged model: 717). 0.03's gain over 0.1 is under 1 %, the rule for
// the decision's signals, so the firmer penalty stays.
const riskL2 = 0.1

// riskIterations bounds L-BFGS, which stops when no weight's gradient is
// over riskGradient; a model stopped by the bound is an error, not a
// start. The loss is a sum over thousands of examples: against 1e-6, a
// gradient of 1e-4 changed none of the ~6,000 training examples' and
// guards' decisions, 1e-3 one (stop 40). Near the optimum the line search
// can run out of precision (it did with the penalty 3): a failed line
// search within riskFlat is taken as the optimum.
const (
	riskIterations = 500
	riskGradient   = 1e-5
	riskFlat       = 1e-3
)

// redTeamQuestion is one line of the red-team set: a question written to
// trip the assistant, and the answers that are safe for the person.
type redTeamQuestion struct {
	lang, question string
	allowed        []string
	round          int // the round it was written in ("# round N" lines)
}

// redTeamFile is the red-team set, in the content root.
const redTeamFile = Dir + "/safety-redteam.tsv"

// loadRedTeam reads the red-team set: lang, allowed answers ("|"), question,
// and what the trap is; "#" starts a comment, "# round N" a round.
func loadRedTeam(fsys fs.FS, lib interface{ Exists(string) bool }) ([]redTeamQuestion, error) {
	f, err := fsys.Open(redTeamFile)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []redTeamQuestion
	sc := bufio.NewScanner(f)
	n, round := 0, 1
	for sc.Scan() {
		n++
		line := sc.Text()
		if rest, ok := strings.CutPrefix(line, "# round "); ok {
			fmt.Sscanf(rest, "%d", &round)
			continue
		}
		if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) < 3 {
			return nil, fmt.Errorf("assistant: %s:%d: want lang, allowed, question", redTeamFile, n)
		}
		allowed := strings.Split(cols[1], "|")
		for _, id := range allowed {
			if !lib.Exists(id) {
				return nil, fmt.Errorf("assistant: %s:%d: no answer %q", redTeamFile, n, id)
			}
		}
		out = append(out, redTeamQuestion{lang: cols[0], question: cols[2], allowed: allowed, round: round})
	}
	return out, sc.Err()
}

// riskExample is a question with the answer it would get (or has right).
type riskExample struct {
	question, answer string
	harmful          bool
}

// harmfulAlone is what a red-team question would get with no caution: the
// answer given alone if it is not among the allowed, else "".
func (li *langIndex) harmfulAlone(q redTeamQuestion, p decisionParams) string {
	m, err := li.unguarded(q)
	if err != nil {
		return ""
	}
	m.risk = nil
	if d := decide(m, p); q.harmedBy(d) {
		return d.ids[0]
	}
	return ""
}

// unguarded is a red-team question's match with its cautions and the
// remembered traps set aside: what is left is the risk model.
func (li *langIndex) unguarded(q redTeamQuestion) (result, error) {
	clean, _ := withoutPersonalData(q.question)
	m, err := li.match(context.Background(), clean)
	if err != nil {
		return m, err
	}
	m.ev.cautioned, m.trapAllowed = nil, nil
	return m, nil
}

// harmedBy: the decision gives one answer alone, and not an allowed one.
func (q redTeamQuestion) harmedBy(d decision) bool {
	return d.kind == KindAnswer && !slices.Contains(q.allowed, d.ids[0])
}

// riskNegativesFiles are ordinary questions written blind (five voices,
// stories among them) that the risk model learns as safe, beside the
// training questions. The classifier does not learn them: as its training
// they were worth +0.25 % utility and one more wrong answer on the tuning
// halves (stop 31). As the risk model's negatives they let it catch more
// of each new red-team round for the same cost (TestFitRisk, stop 32).
const riskNegativesFiles = Dir + "/risk-negatives/*.tsv"

// riskExamples are what the risk model of this language learns from: the
// red-team questions that would get a harmful answer alone (positive), the
// training questions and the other ordinary ones with their right answer.
func (li *langIndex) riskExamples(red []redTeamQuestion, qss ...[]trainingQuestion) []riskExample {
	var exs []riskExample
	for _, q := range red {
		if q.lang != li.lex.lang {
			continue
		}
		if id := li.harmfulAlone(q, fitted); id != "" {
			exs = append(exs, riskExample{q.question, id, true})
		}
	}
	for _, qs := range qss {
		for _, q := range qs {
			if q.lang == li.lex.lang { // out of scope too: ordinary questions, no answer crossed
				exs = append(exs, riskExample{q.question, q.want[0], false})
			}
		}
	}
	return exs
}

// trainRisk learns the risk model from its examples: the weights that
// minimise the weighted log loss plus l2/2 times their squared length,
// found by L-BFGS. The optimum is unique, so the model depends on the
// examples only, not on their order: the stochastic descent it replaces
// gave one school "expelled" trap risks from 2e-05 to 0.77 for three
// orders of the same examples (stop 40).
func (li *langIndex) trainRisk(exs []riskExample, l2 float64, iterations int) (*riskModel, error) {
	rm := &riskModel{vocab: map[string]int{}, vec: li.lex.vectors}
	type ex struct {
		x    []feature
		y, c float64
	}
	xs := make([]ex, 0, len(exs))
	for _, e := range exs {
		_, _, toks := li.analyse(e.question)
		y, c := 0.0, 1.0
		if e.harmful {
			y, c = 1, riskPositiveWeight
		}
		xs = append(xs, ex{rm.features(toks, li.phrases.find(toks), e.answer, true), y, c})
	}
	n := len(rm.vocab) // the bias is the last parameter, not penalised
	loss := func(grad, w []float64) float64 {
		for i := range grad {
			grad[i] = 0
		}
		total := 0.0
		for _, e := range xs {
			z := w[n]
			for _, f := range e.x {
				z += w[f.row] * f.v
			}
			// log(1+exp(z)) - y*z and the sigmoid, stable for large |z|,
			// from one exponential
			ez := math.Exp(-math.Abs(z))
			total += e.c * (math.Max(z, 0) + math.Log1p(ez) - e.y*z)
			sig := 1 / (1 + ez)
			if z < 0 {
				sig = ez / (1 + ez)
			}
			g := e.c * (sig - e.y)
			for _, f := range e.x {
				grad[f.row] += g * f.v
			}
			grad[n] += g
		}
		for i := range n {
			total += l2 / 2 * w[i] * w[i]
			grad[i] += l2 * w[i]
		}
		return total
	}
	// L-BFGS asks for the loss and its gradient at the same point one
	// after the other: one pass over the examples gives both.
	at, grad, value := make([]float64, n+1), make([]float64, n+1), math.NaN()
	eval := func(w []float64) {
		if math.IsNaN(value) || !slices.Equal(at, w) {
			copy(at, w)
			value = loss(grad, w)
		}
	}
	problem := optimize.Problem{
		Func: func(w []float64) float64 { eval(w); return value },
		Grad: func(g, w []float64) { eval(w); copy(g, grad) },
	}
	res, err := optimize.Minimize(problem, make([]float64, n+1), &optimize.Settings{
		GradientThreshold: riskGradient, MajorIterations: iterations,
	}, &optimize.LBFGS{})
	if res == nil {
		return nil, fmt.Errorf("risk model (%s): %v", li.lex.lang, err)
	}
	// The optimum or nothing: a model stopped short depends again on the
	// order of its examples.
	lineSearchFlat := res.Status == optimize.Failure && floats.Norm(res.Gradient, math.Inf(1)) <= riskFlat
	if res.Status != optimize.GradientThreshold && !lineSearchFlat {
		return nil, fmt.Errorf("risk model (%s): L-BFGS stopped before the optimum (%s, %v)", li.lex.lang, res.Status, err)
	}
	rm.w, rm.b = res.X[:n], res.X[n]
	return rm, nil
}

func (rm *riskModel) logit(x []feature) float64 {
	s := rm.b
	for _, f := range x {
		s += rm.w[f.row] * f.v
	}
	return s
}

// prob is the probability that the answer, given alone, misleads the
// person who asks the question.
func (rm *riskModel) prob(toks []qtoken, ev evidence, answer string) float64 {
	if rm == nil {
		return 0
	}
	return 1 / (1 + math.Exp(-rm.logit(rm.features(toks, ev, answer, false))))
}

// features: the classifier's, plus stems, word pairs and concepts crossed
// with the answer; in row order, a feature given twice keeps its largest
// value.
func (rm *riskModel) features(toks []qtoken, ev evidence, answer string, learn bool) []feature {
	var fs []feature
	add := func(name string, v float64) {
		row, ok := rm.vocab[name]
		if !ok {
			if !learn {
				return
			}
			row = len(rm.vocab)
			rm.vocab[name] = row
		}
		fs = append(fs, feature{row, v})
	}
	featureNames(toks, ev, rm.vec, func(name string, v float64) {
		add(name, v)
		if kind := name[:2]; answer != outClass && (kind == "s:" || kind == "b:" || kind == "c:") {
			add(answer+"|"+name, v)
		}
	})
	slices.SortFunc(fs, func(a, b feature) int { return a.row - b.row })
	out := fs[:0]
	for _, f := range fs {
		if n := len(out); n > 0 && out[n-1].row == f.row {
			out[n-1].v = math.Max(out[n-1].v, f.v)
			continue
		}
		out = append(out, f)
	}
	return out
}
