// Package assistant answers free-text questions with the curated answers, or
// with a figure from the police's statistics, in the question's language. It
// never writes its own text about a person's case and never guesses: below a
// confidence threshold it says it has no answer and offers the topics.
// It knows nothing of HTTP, and it keeps nothing of the questions it is asked.
package assistant

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"returninfo/internal/answers"
	"returninfo/internal/locale"
	"returninfo/internal/stats"
)

// MaxQuestionLength is the longest question accepted, in characters.
const MaxQuestionLength = 500

// Errors Ask returns for a question it will not look at. They never contain
// the question.
var (
	ErrEmpty           = errors.New("assistant: empty question")
	ErrTooLong         = fmt.Errorf("assistant: question longer than %d characters", MaxQuestionLength)
	ErrUnknownLanguage = errors.New("assistant: unknown language")
)

// Figures is what the assistant reads the statistics from (*stats.Store).
type Figures interface {
	// Reports lists every imported month, newest first.
	Reports() []*stats.Report
	// Categories are the return categories with their names.
	Categories() *stats.Categories
}

// Assistant answers questions. It is built once at start-up and safe for
// concurrent use.
type Assistant struct {
	lib     *answers.Library
	locales *locale.Set
	figures Figures
	langs   map[string]*langIndex
	stats   map[string]*statsVocab
	others  []*otherLanguage
	// trigrams tells a Latin-script question's language when the word
	// lists cannot.
	trigrams *trigrams
	// training are the questions the classifiers learn from.
	training []trainingQuestion
	// redTeam is the red-team set, which the risk models learn from.
	redTeam []redTeamQuestion
	// riskNegatives are more ordinary questions for the risk models only.
	riskNegatives []trainingQuestion
	// riskL2 is the risk models' penalty: riskL2 (risk.go), except in
	// TestFitRisk's sweep.
	riskL2 float64
	// Now is the current time, for "this year"; tests set it.
	Now func() time.Time
}

// New builds one index per language of the answer library from the answers
// and the language data in fsys (the content root: assistant/*.toml).
func New(fsys fs.FS, lib *answers.Library, locs *locale.Set, figures Figures) (*Assistant, error) {
	a := &Assistant{
		lib: lib, locales: locs, figures: figures,
		langs:  map[string]*langIndex{},
		stats:  map[string]*statsVocab{},
		riskL2: riskL2,
		Now:    time.Now,
	}
	var err error
	for _, lang := range lib.Languages() {
		if _, ok := locs.Get(lang); !ok {
			return nil, fmt.Errorf("assistant: language %q has no UI strings", lang)
		}
		lex, err := loadLexicon(fsys, lang)
		if err != nil {
			return nil, err
		}
		li, err := buildIndex(lex, lib)
		if err != nil {
			return nil, err
		}
		a.langs[lang] = li
		if a.stats[lang], err = newStatsVocab(lex); err != nil {
			return nil, err
		}
		if id := a.stats[lang].explainedBy; id != "" && !lib.Exists(id) {
			return nil, fmt.Errorf("content/%s/statistics.%s.toml: explained_by: no answer %q", Dir, lang, id)
		}
	}
	if a.others, a.trigrams, err = loadOtherLanguages(fsys, lib.Languages()); err != nil {
		return nil, err
	}
	if a.training, err = loadTrainingQuestions(fsys, lib); err != nil {
		return nil, err
	}
	if a.redTeam, err = loadRedTeam(fsys, lib); err != nil {
		return nil, err
	}
	if a.riskNegatives, err = loadQuestions(fsys, lib, riskNegativesFiles); err != nil {
		return nil, err
	}
	negations := a.negations()
	if err := a.trainAll(a.training, negations); err != nil {
		return nil, err
	}
	a.dropSharedWords()
	return a, nil
}

// Ask answers one question in one language.
func (a *Assistant) Ask(ctx context.Context, lang, question string) (*Reply, error) {
	u, err := a.understand(ctx, lang, question)
	if err != nil || u.match == nil {
		return u.reply, err
	}
	loc, _ := a.locales.Get(lang)
	a.reply(u.reply, loc, decide(*u.match, fitted), u.matchLang)
	return u.reply, nil
}

// understood is a question read: a finished reply (a statistic, a
// language notice), or a match still to decide on.
type understood struct {
	reply     *Reply
	match     *result
	matchLang string
}

func (a *Assistant) understand(ctx context.Context, lang, question string) (understood, error) {
	li, ok := a.langs[lang]
	if !ok {
		return understood{}, ErrUnknownLanguage
	}
	loc, _ := a.locales.Get(lang)
	question = strings.TrimSpace(question)
	switch {
	case question == "":
		return understood{}, ErrEmpty
	case utf8.RuneCountInString(question) > MaxQuestionLength:
		return understood{}, ErrTooLong
	}
	r := &Reply{Lang: lang}
	u := understood{reply: r, matchLang: lang}
	clean, personal := withoutPersonalData(question)
	if personal {
		r.Warning = loc.T("AskPersonalData")
	}
	other, written := a.detectLanguage(clean, lang)
	if other != nil {
		a.languageNotice(r, loc, other)
		return u, nil
	}
	if written != "" {
		// Asked in the other published language: understood in it,
		// answered in the page's, with a pointer to the other.
		r.SuggestLang, u.matchLang, li = written, written, a.langs[written]
	}
	if sq, ok := a.stats[lang].parse(clean, a.Now()); ok {
		a.answerStatistic(r, loc, sq)
		return u, nil
	}
	if sq, ok := a.stats[u.matchLang].parse(clean, a.Now()); ok && u.matchLang != lang {
		a.answerStatistic(r, loc, sq)
		return u, nil
	}
	m, err := li.match(ctx, clean)
	if err != nil {
		return understood{}, err
	}
	u.match = &m
	return u, nil
}

// train learns a language's classifier, then its risk model, which reads
// the red-team questions with that classifier, and remembers the known
// traps (read with every language's negations).
func (a *Assistant) train(li *langIndex, qs []trainingQuestion, negations map[string]bool) error {
	li.clf = li.trainClassifier(a.lib.IDs(), a.ownWords(li.lex.lang), qs)
	var err error
	if li.risk, err = li.trainRisk(li.riskExamples(a.redTeam, qs, a.riskNegatives), a.riskL2, riskIterations); err != nil {
		return err
	}
	li.traps = li.learnTraps(a.redTeam, negations)
	return nil
}

// trainAll trains every language, one per core: training is most of the
// start.
func (a *Assistant) trainAll(qs []trainingQuestion, negations map[string]bool) error {
	var wg sync.WaitGroup
	errs := make(chan error, len(a.langs))
	for _, li := range a.langs {
		wg.Go(func() { errs <- a.train(li, qs, negations) })
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// negations are every published language's negation words: the known traps
// of every language are read by each (knowntraps.go).
func (a *Assistant) negations() map[string]bool {
	all := map[string]bool{}
	for _, li := range a.langs {
		for w := range li.phrases.negations {
			all[w] = true
		}
	}
	return all
}

// ownWords are each answer's title, examples and keywords in a language:
// what the classifier learns first.
func (a *Assistant) ownWords(lang string) map[string][]string {
	own := map[string][]string{}
	for _, id := range a.lib.IDs() {
		if an, ok := a.lib.Answer(lang, id); ok {
			own[id] = append(append([]string{an.Title}, an.Examples...), an.Keywords...)
		}
	}
	return own
}
