package assistant

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// Every set is measured by classifiers that have not seen its questions:
// neither its lines nor the same question in another file.
func TestEvaluationQuestionsAreUnseen(t *testing.T) {
	a, _ := realAssistant(t)
	if len(a.training) < 500 {
		t.Fatalf("%d training questions: assistant/training/ not read?", len(a.training))
	}
	files, _ := filepath.Glob("testdata/*.tsv")
	files = append(files, tuneFiles...)
	for _, f := range files {
		lines := readEval(t, f)
		seen := map[string]bool{}
		for _, q := range trainingUnseenBy(a.training, lines) {
			seen[normalise(q.question)] = true
		}
		for _, q := range lines {
			if seen[normalise(q.question)] {
				t.Errorf("%s:%d: still a training question", q.file, q.line) // the line only: held-out questions are never printed
			}
		}
		if strings.HasPrefix(f, trainingDir) && len(trainingUnseenBy(a.training, lines)) >= len(a.training) {
			t.Errorf("%s: measured with its own lines in the training", f)
		}
	}
}

// Training runs in a fixed order: the same questions give the same model,
// so the assistant replies the same after every start.
func TestClassifierIsTheSameEveryRun(t *testing.T) {
	a, _ := realAssistant(t)
	li := a.langs["en"]
	one := li.trainClassifier(a.lib.IDs(), a.ownWords("en"), a.training)
	two := li.trainClassifier(a.lib.IDs(), a.ownWords("en"), a.training)
	if !slices.Equal(one.w, two.w) || !slices.Equal(one.b, two.b) {
		t.Fatal("two trainings on the same questions differ")
	}
}

// The classifier learns: a question it was trained on comes out as its
// answer, and one it has not seen gets the class of the answer whose words
// it has. The out-of-scope class learns the questions out of scope.
func TestClassifierLearns(t *testing.T) {
	a, _ := realAssistant(t)
	for _, c := range []struct{ lang, q, want string }{
		{"en", "Will I get my passport back when I leave Norway?", "documents-returned"},
		{"nb", "Får jeg passet mitt tilbake når jeg reiser?", "documents-returned"},
		{"en", "Who pays for the plane ticket when the police deport someone from Norway?", "forced-return-costs"},
		{"en", "What is the weather like in Oslo tomorrow?", outClass},
	} {
		li := a.langs[c.lang]
		_, _, toks := li.analyse(c.q)
		cs := li.clf.classify(toks, li.phrases.find(toks))
		best := li.clf.ids[0]
		for i, p := range cs.p {
			if p > cs.of(best) {
				best = li.clf.ids[i]
			}
		}
		if best != c.want {
			t.Errorf("%s %q: class %q (%.2f), want %q (%.2f)", c.lang, c.q, best, cs.of(best), c.want, cs.of(c.want))
		}
	}
}

// A training line must name answers that exist; out-of-scope lines learn
// the out class; statistics and other languages are left to the parts of
// the assistant that read them.
func TestTrainingQuestionsAreChecked(t *testing.T) {
	lib := existing{"expulsion": true, "refused-entry": true}
	good := fstest.MapFS{"assistant/training/x.tsv": {Data: []byte("# lang\texpected\tquestion\n" +
		"en\texpulsion\tAm I banned?\n" +
		"en\texpulsion|refused-entry\tBanned or not?\n" +
		"en\tout:pets\tMy dog?\n" +
		"en\tout:contact|expulsion\tPhone number for the ban?\n" +
		"en\tstat:12\tHow many?\n" +
		"en\tlang:ar\tسؤال\n")}}
	qs, err := loadTrainingQuestions(good, lib)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, q := range qs {
		got = append(got, strings.Join(q.want, "|")+" "+q.question)
	}
	want := []string{"expulsion Am I banned?", "expulsion|refused-entry Banned or not?", " My dog?"}
	if !slices.Equal(got, want) {
		t.Errorf("read %q, want %q", got, want)
	}
	bad := fstest.MapFS{"assistant/training/x.tsv": {Data: []byte("en\texpulsoin\tAm I banned?\n")}}
	if _, err := loadTrainingQuestions(bad, lib); err == nil || !strings.Contains(err.Error(), "x.tsv:1") {
		t.Errorf("a line naming no answer: error %v, want one naming the line", err)
	}
}

type existing map[string]bool

func (e existing) Exists(id string) bool { return e[id] }
