package assistant

import (
	"bufio"
	"fmt"
	"io/fs"
	"maps"
	"math"
	"path"
	"slices"
	"strings"
)

// classifier is a softmax regression from a question's words, word pairs
// and concepts to the answers. It is trained at start-up, in a fixed order
// (the same model every run), on the answers' titles, examples and
// keywords and on the questions in assistant/training/*.tsv: the tuning
// halves of the blind evaluation sets, questions people wrote as people
// ask. One more class learns the questions the service does not answer
// (the training questions out of scope and the out-of-scope subjects'
// examples). It only re-weighs the search's candidates and tells how sure
// the ranking is: an answer still needs a concept the question says.
// outClass is the class of questions out of scope.
const outClass = ""

type classifier struct {
	ids   []string       // class → answer ID
	class map[string]int // answer ID → class
	vocab map[string]int // feature → row of w
	w     []float64      // len(vocab) × len(ids)
	b     []float64
	vec   *wordVectors // the language's word vectors, if it has them
}

// Training: a few passes of stochastic gradient descent with a small L2
// penalty, chosen by cross-validation over the tuning halves.
const (
	trainEpochs  = 10
	trainRate    = 0.2
	trainPenalty = 0.003
	// gramWeight is the weight of each letter triple, chosen by the
	// fit's cross-validation (0.3, 0.5, 0.7 and none tried).
	gramWeight = 0.5

	// vectorWeight is the length of the question's mean word vector
	// among the features (a stem counts 1), chosen by the fit's
	// cross-validation (1.5, 2, 2.5 and 3 tried).
	vectorWeight = 2.0
)

// feature is one feature of a question: its row and value.
type feature struct {
	row int
	v   float64
}

// trainingQuestion is one question to learn from: its text and the
// answers that are right for it (any of them).
type trainingQuestion struct {
	lang, file, question string
	want                 []string
}

// loadTrainingQuestions reads assistant/training/*.tsv, the questions the
// classifiers learn from.
func loadTrainingQuestions(fsys fs.FS, lib interface{ Exists(string) bool }) ([]trainingQuestion, error) {
	return loadQuestions(fsys, lib, "assistant/training/*.tsv")
}

// loadQuestions reads question files (lang, expected, question, tags; "#"
// starts a comment). Out-of-scope lines learn the out class; statistics
// and other languages are skipped (other parts of the assistant read them),
// as are lines partly out of scope.
func loadQuestions(fsys fs.FS, lib interface{ Exists(string) bool }, pattern string) ([]trainingQuestion, error) {
	files, err := fs.Glob(fsys, pattern)
	if err != nil {
		return nil, err
	}
	var out []trainingQuestion
	for _, name := range files {
		f, err := fsys.Open(name)
		if err != nil {
			return nil, err
		}
		sc := bufio.NewScanner(f)
		n := 0
		for sc.Scan() {
			n++
			line := sc.Text()
			if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
				continue
			}
			cols := strings.Split(line, "\t")
			if len(cols) < 3 {
				f.Close()
				return nil, fmt.Errorf("assistant: %s:%d: want lang, expected, question", name, n)
			}
			want := strings.Split(cols[1], "|")
			switch {
			case cols[1] == "none" || strings.HasPrefix(cols[1], "out:") && len(want) == 1:
				want = []string{outClass}
			case strings.Contains(cols[1], ":"):
				continue
			}
			for _, id := range want {
				if id != outClass && !lib.Exists(id) {
					f.Close()
					return nil, fmt.Errorf("assistant: %s:%d: no answer %q", name, n, id)
				}
			}
			out = append(out, trainingQuestion{lang: cols[0], file: path.Base(name), question: cols[2], want: want})
		}
		f.Close()
		if err := sc.Err(); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// featureNames are what the classifier sees of a question: each word's
// stem, its letter triples, and its compound parts or typo corrections
// (at half weight), each stop word as typed, each pair of neighbouring
// words (stop words left out), and each answer's share of the concepts
// said; and the mean of its words' vectors, if the language has them.
func featureNames(toks []qtoken, ev evidence, vec *wordVectors, add func(name string, v float64)) {
	prev := ""
	for _, t := range toks {
		if t.stop {
			// Question words are stop words to the search, but they
			// tell neighbours apart: who, when, which, hvem, når.
			add("w:"+t.raw, 1)
			continue
		}
		add("s:"+t.stem, 1)
		// Letter triples of the word as typed: a typo, a missing æøå or
		// a compound still shares most of them with the word learnt.
		r := []rune("<" + t.raw + ">")
		for i := 0; i+3 <= len(r); i++ {
			add("g:"+string(r[i:i+3]), gramWeight)
		}
		for _, a := range t.alts {
			add("s:"+a, 0.5)
		}
		if prev != "" {
			add("b:"+prev+" "+t.stem, 1)
		}
		prev = t.stem
	}
	for _, id := range slices.Sorted(maps.Keys(ev.answers)) {
		add("c:"+id, ev.answers[id])
	}
	if m, ok := vec.mean(toks); ok {
		for i, x := range m {
			add(vectorFeature[i], vectorWeight*x)
		}
	}
}

// vectorFeature names the mean vector's dimensions ("v:0", "v:1"…).
var vectorFeature = func() []string {
	names := make([]string, 256)
	for i := range names {
		names[i] = fmt.Sprintf("v:%d", i)
	}
	return names
}()

// features turns a question into the rows the model knows, in row order;
// a feature given twice keeps its largest value.
func (c *classifier) features(toks []qtoken, ev evidence, learn bool) []feature {
	var fs []feature
	featureNames(toks, ev, c.vec, func(name string, v float64) {
		row, ok := c.vocab[name]
		if !ok {
			if !learn {
				return
			}
			row = len(c.vocab)
			c.vocab[name] = row
		}
		fs = append(fs, feature{row, v})
	})
	// Sorted, then merged: a scan for each feature given would cost the
	// square of the features, which the word vectors made a hundred more.
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

// trainClassifier learns the classifier for this index's language from the
// answers' own words and the training questions in its language.
func (li *langIndex) trainClassifier(answerIDs []string, own map[string][]string, qs []trainingQuestion) *classifier {
	ids := append(slices.Clone(answerIDs), outClass)
	c := &classifier{ids: ids, class: map[string]int{}, vocab: map[string]int{}, vec: li.lex.vectors}
	for i, id := range ids {
		c.class[id] = i
	}
	type example struct {
		x    []feature
		want []int
	}
	var exs []example
	learn := func(text string, want []string) {
		_, _, toks := li.analyse(text)
		ev := li.phrases.find(toks)
		ex := example{x: c.features(toks, ev, true)}
		for _, id := range want {
			if k, ok := c.class[id]; ok {
				ex.want = append(ex.want, k)
			}
		}
		if len(ex.want) > 0 {
			exs = append(exs, ex)
		}
	}
	for _, id := range answerIDs {
		for _, text := range own[id] {
			learn(text, []string{id})
		}
	}
	for _, sub := range li.lex.outOfScope.Subject {
		for _, text := range sub.Examples {
			learn(text, []string{outClass})
		}
	}
	for _, q := range qs {
		if q.lang == li.lex.lang {
			learn(q.question, q.want)
		}
	}
	k := len(ids)
	c.w = make([]float64, len(c.vocab)*k)
	c.b = make([]float64, k)
	p := make([]float64, k)
	for range trainEpochs {
		for _, ex := range exs {
			c.probsInto(ex.x, p)
			for _, j := range ex.want {
				p[j] -= 1 / float64(len(ex.want))
			}
			for j := range k {
				c.b[j] -= trainRate * p[j]
			}
			for _, f := range ex.x {
				w := c.w[f.row*k : (f.row+1)*k]
				for j := range k {
					w[j] -= trainRate * (p[j]*f.v + trainPenalty*w[j])
				}
			}
		}
	}
	return c
}

// probsInto writes the probability of each class into p.
func (c *classifier) probsInto(x []feature, p []float64) {
	k := len(c.ids)
	copy(p, c.b)
	for _, f := range x {
		w := c.w[f.row*k : (f.row+1)*k]
		for j := range k {
			p[j] += w[j] * f.v
		}
	}
	most := slices.Max(p)
	sum := 0.0
	for j := range p {
		p[j] = math.Exp(p[j] - most)
		sum += p[j]
	}
	for j := range p {
		p[j] /= sum
	}
}

// classes are the classifier's probabilities for one question.
type classes struct {
	c *classifier
	p []float64
}

// of is the probability that the answer is the one asked for (0 if the
// classifier does not know the answer).
func (cs classes) of(id string) float64 {
	if cs.c == nil {
		return 0
	}
	k, ok := cs.c.class[id]
	if !ok {
		return 0
	}
	return cs.p[k]
}

// top is the classifier's highest probability, for any answer or out of
// scope.
func (cs classes) top() float64 {
	if len(cs.p) == 0 {
		return 0
	}
	return slices.Max(cs.p)
}

func (c *classifier) classify(toks []qtoken, ev evidence) classes {
	if c == nil {
		return classes{}
	}
	p := make([]float64, len(c.ids))
	c.probsInto(c.features(toks, ev, false), p)
	return classes{c, p}
}
