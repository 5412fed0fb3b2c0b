package assistant

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"returninfo/internal/locale"
)

// The evaluation: every question in testdata/*.tsv, per language. Run with
// -v to see the figures (the tuning halves are in content/assistant/training);
// set ASSISTANT_EVAL_DEBUG=1 to see every question
// that missed.
//
// Expected values: answer IDs joined by | (any is right); "none" or
// "out:SUBJECT" (out of scope: right is a fallback or a referral); "stat:N"
// or "stat:N|M" (a statistic stating N); "stat:unpublished" (a statistic
// saying what is not published, or at least no answer); "lang:CODE" (the
// notice for a language the service does not publish).

// floors are what a set must keep reaching, per language: the level
// achieved when the floor was set (percentages; maxWrong and maxChoice are
// ceilings).
type floors struct {
	top1, top3, outOfScope, maxWrong, maxChoice, stats, langs float64
	strictStats                                               bool
}

func TestEvaluation(t *testing.T) {
	evaluate(t, "dev+extra", evalFiles, map[string]floors{
		"en": {top1: 98, top3: 99, outOfScope: 100, maxWrong: 0.5, maxChoice: 1, stats: 100, strictStats: true}, // stop 44: the story names the subject when the question sentence names none: «I have refugee status in Greece and asked for asylum in Norway, what happens» (no "?", so all question sentence) got "not sure" through the retrained models (right first 99 -> 98)
		"nb": {top1: 97, top3: 99, outOfScope: 100, maxWrong: 0.5, maxChoice: 3, stats: 100, strictStats: true}, // stop 32: the risk model refit, 1 right answer a choice
	})
}

// The first held-out set was written blind, by someone who had not seen
// the matching, its data or the curated examples; it has since been looked
// at, so it is a regression check, not a measure.
func TestHeldOutEvaluation(t *testing.T) {
	evaluate(t, "heldout", []string{heldOutFile}, map[string]floors{
		"en": {top1: 95, top3: 95, outOfScope: 100, maxWrong: 0.5, maxChoice: 0.5, stats: 100, strictStats: true},
		"nb": {top1: 95, top3: 99, outOfScope: 100, maxWrong: 0.5, maxChoice: 4.5, stats: 100, strictStats: true},
	})
}

type tally struct {
	answerable, top1, top3, wrong, choices int
	outOfScope, refused, outAnswered       int
	stats, statsRight                      int
	langs, langsRight                      int
	misses                                 []string
}

// add adds another set's counts (not its misses). Unkeyed, so that a
// field added to tally does not compile until it is added here too.
func (tl *tally) add(o *tally) {
	*tl = tally{
		tl.answerable + o.answerable, tl.top1 + o.top1, tl.top3 + o.top3, tl.wrong + o.wrong, tl.choices + o.choices,
		tl.outOfScope + o.outOfScope, tl.refused + o.refused, tl.outAnswered + o.outAnswered,
		tl.stats + o.stats, tl.statsRight + o.statsRight,
		tl.langs + o.langs, tl.langsRight + o.langsRight,
		tl.misses,
	}
}

// wrongRate is the harmful number: a wrong answer, or an answer to an
// out-of-scope question, among the answerable and out-of-scope questions.
func (tl *tally) wrongRate() float64 {
	return pct(tl.wrong+tl.outAnswered, tl.answerable+tl.outOfScope)
}

// outcome is how one reply fares against what was expected.
type outcome struct {
	kind                                  string // "answer", "out", "stat", "lang"
	top1, top3, wrong, choice, right, hit bool
}

func judge(r *Reply, expected string, loc *locale.Localizer, strictStats bool) outcome {
	switch {
	case expected == "none" || strings.HasPrefix(expected, "out:"):
		return outcome{kind: "out", right: r.Kind == KindFallback || r.Kind == KindReferral, wrong: r.Kind == KindAnswer}
	case strings.HasPrefix(expected, "lang:"):
		return outcome{kind: "lang", right: r.Kind == KindLanguage}
	case strings.HasPrefix(expected, "stat:"):
		want := strings.TrimPrefix(expected, "stat:")
		if want == "unpublished" {
			ok := (r.Kind == KindStatistic && r.Statistic != nil && r.Statistic.Missing != "") || (r.Kind != KindAnswer && r.Kind != KindStatistic)
			return outcome{kind: "stat", right: ok}
		}
		ok := false
		for _, n := range strings.Split(want, "|") {
			v, err := strconv.Atoi(strings.TrimSuffix(n, "%")) // a share: "stat:27%"
			if err != nil {
				continue
			}
			if strictStats {
				ok = ok || checkStatistic(r, v, loc) == ""
			} else {
				// The figure itself, as the one asked for (not the nearest
				// published one): a digit inside a date is no match.
				ok = ok || (r.Kind == KindStatistic && r.Statistic != nil && r.Statistic.Missing == "" &&
					slices.ContainsFunc(r.Statistic.Figures, func(f Figure) bool { return f.Value == v }))
			}
		}
		return outcome{kind: "stat", right: ok}
	}
	ok := strings.Split(expected, "|")
	o := outcome{kind: "answer", choice: r.Kind == KindChoice}
	if r.Kind == KindAnswer && len(r.Items) > 0 {
		o.top1 = slices.Contains(ok, r.Items[0].ID)
		o.wrong = !o.top1
	}
	o.top3 = o.top1
	if r.Kind == KindChoice {
		for _, it := range r.Items {
			o.top3 = o.top3 || slices.Contains(ok, it.ID)
		}
	}
	return o
}

func runEval(t testing.TB, a *Assistant, files []string, strictStats bool) (map[string]*tally, []string) {
	per := map[string]*tally{}
	for _, q := range readEval(t, files...) {
		tl := per[q.lang]
		if tl == nil {
			tl = &tally{}
			per[q.lang] = tl
		}
		page := q.lang
		if _, ok := a.langs[page]; !ok {
			page = "en" // a question in another language, asked on the English page
		}
		r, err := a.Ask(context.Background(), page, q.question)
		if err != nil {
			t.Fatalf("%s:%d: %v", q.file, q.line, err)
		}
		loc, _ := a.locales.Get(page)
		o := judge(r, q.expected, loc, strictStats)
		where := fmt.Sprintf("%s:%d %s %q: want %s, got %s", q.file, q.line, q.lang, q.question, q.expected, describe(r))
		miss := false
		switch o.kind {
		case "out":
			tl.outOfScope++
			if o.right {
				tl.refused++
			}
			if o.wrong {
				tl.outAnswered++
			}
			miss = !o.right
		case "lang":
			tl.langs++
			if o.right {
				tl.langsRight++
			}
			miss = !o.right
		case "stat":
			tl.stats++
			if o.right {
				tl.statsRight++
			}
			miss = !o.right
		default:
			tl.answerable++
			if o.top1 {
				tl.top1++
			}
			if o.top3 {
				tl.top3++
			}
			if o.wrong {
				tl.wrong++
			}
			if o.choice {
				tl.choices++
			}
			miss = !o.top1
		}
		if miss {
			tl.misses = append(tl.misses, where)
		}
	}
	langs := make([]string, 0, len(per))
	for l := range per {
		langs = append(langs, l)
	}
	slices.Sort(langs)
	return per, langs
}

func evaluate(t *testing.T, name string, files []string, fl map[string]floors) map[string]*tally {
	per, langs := measure(t, name, files, fl)
	measured[measuredKey(name, files)] = measurement{per, langs}
	// Held-out halves print figures only: reading their misses would turn
	// them into tuning sets.
	heldOut := isHeldOut(name)
	debug := os.Getenv("ASSISTANT_EVAL_DEBUG") != "" && !heldOut
	for _, l := range langs {
		tl := per[l]
		if debug {
			for _, m := range tl.misses {
				t.Log("miss: " + m)
			}
		}
		t.Logf("%s %s: right first %.1f %% (%d/%d); first or in a choice %.1f %%; WRONG %.1f %% (%d wrong, %d out-of-scope answered); out of scope refused or referred %d/%d; statistics right %d/%d; other languages noticed %d/%d; choices %.1f %%",
			name, l, pct(tl.top1, tl.answerable), tl.top1, tl.answerable, pct(tl.top3, tl.answerable), tl.wrongRate(), tl.wrong, tl.outAnswered,
			tl.refused, tl.outOfScope, tl.statsRight, tl.stats, tl.langsRight, tl.langs, pct(tl.choices, tl.answerable))
		f, ok := fl[l]
		if !ok {
			f = fl["*"]
		}
		check := func(what string, got, floor float64, ceiling bool) {
			if (!ceiling && got < floor) || (ceiling && got > floor) {
				t.Errorf("%s %s: %s %.1f %% is past its limit %.0f %%", name, l, what, got, floor)
			}
		}
		if tl.answerable > 0 {
			check("right first", pct(tl.top1, tl.answerable), f.top1, false)
			check("right first or in a choice", pct(tl.top3, tl.answerable), f.top3, false)
			check("choices", pct(tl.choices, tl.answerable), f.maxChoice, true)
			check("wrong-answer rate", tl.wrongRate(), f.maxWrong, true)
		}
		if tl.outOfScope > 0 {
			check("out of scope refused or referred", pct(tl.refused, tl.outOfScope), f.outOfScope, false)
		}
		if tl.stats > 0 {
			check("statistics", pct(tl.statsRight, tl.stats), f.stats, false)
		}
		if tl.langs > 0 {
			check("other languages noticed", pct(tl.langsRight, tl.langs), f.langs, false)
		}
	}
	return per
}

// measured keeps the tallies each set's own test measured, so that
// TestHeldOutTotals, which runs after them, adds them up instead of asking
// again (it empties it, so that -count=N measures each time).
var measured = map[string]measurement{}

func measuredKey(name string, files []string) string {
	return name + "\x00" + strings.Join(files, "\x00")
}

type measurement struct {
	per   map[string]*tally
	langs []string
}

// measure asks a set's questions.
func measure(t *testing.T, name string, files []string, fl map[string]floors) (map[string]*tally, []string) {
	a, _ := realAssistant(t)
	strict := true // strict statistics only if every language's floors say so
	for _, f := range fl {
		strict = strict && f.strictStats
	}
	// The classifiers learn from the tuning halves: every set is measured
	// by classifiers that have not seen its questions (unseenBy).
	restore := unseenBy(t, a, files...)
	per, langs := runEval(t, a, files, strict)
	restore()
	return per, langs
}

// isHeldOut tells a held-out set by its name; "heldout" (the first set)
// once slipped past a check for "held-out" and "held out" only.
func isHeldOut(name string) bool {
	n := strings.ReplaceAll(strings.ReplaceAll(strings.ToLower(name), "-", ""), " ", "")
	return strings.Contains(n, "heldout")
}

func pct(n, of int) float64 {
	if of == 0 {
		return 0
	}
	return 100 * float64(n) / float64(of)
}

func describe(r *Reply) string {
	var ids []string
	for _, it := range r.Items {
		ids = append(ids, fmt.Sprintf("%s(%.2f)", it.ID, it.Score))
	}
	return fmt.Sprintf("%s conf %.2f [%s]", r.Kind, r.Confidence, strings.Join(ids, " "))
}

// The blind set of issue 10, written by someone who saw only the content
// inventory and the sources, split once: the thresholds are fitted on the
// tuning half; the held-out half only measures. Statistics lines are
// counted apart (another part of the assistant answers them), and other
// languages are asked on the English page. Floors are the levels reached.
func TestBlindEvaluation(t *testing.T) {
	evaluateHalves(t, blindHalves)
}

var blindHalves = []blindHalf{
	{"blind tune", blindTuneFile, blindTuneFloors},
	{"blind held-out", blindHeldOutFile, blindHeldOutFloors},
}

var blindTuneFloors = map[string]floors{
	"en": {top1: 83.5, top3: 90, outOfScope: 100, maxWrong: 0.5, maxChoice: 9, stats: 100, langs: 100}, // stop 35: rounds 28 and 29 closed, risk model averaged, safe twins (maxRisk 0.0005); stop 44: maxRisk 0.8 makes a choice of «Client's departure deadline expired last month. Is assisted return still an option…» (7.5 -> 9)
	"nb": {top1: 85, top3: 93, outOfScope: 100, maxWrong: 0.5, maxChoice: 9, stats: 93, langs: 100},    // stop 32: risk model refit
}

var blindHeldOutFloors = map[string]floors{
	"en": {top1: 81, top3: 86, outOfScope: 91, maxWrong: 2.5, maxChoice: 5, stats: 100, langs: 100},
	"nb": {top1: 77.5, top3: 82, outOfScope: 95, maxWrong: 1.5, maxChoice: 4.5, stats: 100, langs: 100}, // stop 35: rounds 28 and 29 closed, risk model averaged, safe twins (maxRisk 0.0005)
}

// A third blind set (755 questions: at least 300 per language, 23 % out of
// scope, 13 % statistics, 54 in other languages), written by a helper who
// saw only the content inventory and the sources, arrived after all tuning
// of this session: nobody has read its lines or tuned on either half, so
// both halves measure. Its A half may be used for tuning from now on; its B
// half stays held out. Floors are the levels last reached, a guard against
// regressions, never a target to fit.
func TestBlindThreeEvaluation(t *testing.T) {
	evaluateHalves(t, blindThreeHalves)
}

var blindThreeHalves = []blindHalf{
	{"blind3 A", trainingDir + "blind3-a.tsv", map[string]floors{
		"en": {top1: 89, top3: 93, outOfScope: 100, maxWrong: 0.5, maxChoice: 4, stats: 100, langs: 100},
		"nb": {top1: 89, top3: 90, outOfScope: 100, maxWrong: 1, maxChoice: 2, stats: 100, langs: 100}, // stop 39: round 37 closed (1.8 %)
	}},
	{"blind3 B (held out)", "testdata/blind3-b.tsv", map[string]floors{
		"en": {top1: 81, top3: 86, outOfScope: 100, maxWrong: 0.5, maxChoice: 5, stats: 100, langs: 100},
		"nb": {top1: 86, top3: 86, outOfScope: 97.5, maxWrong: 2.5, maxChoice: 0.5, stats: 100, langs: 100}, // stop 37: questions naming no subject get a choice
	}},
}

// A fourth blind set (688 questions: 320 per language, 21 % out of scope,
// 13 % statistics, 48 in 19 other languages), written after the session
// that tuned on blind3 A had also read blind2's and blind3's held-out misses.
// Split once by line (A odd, B even). Floors are the levels last reached;
// A may be tuned on from now on, B stays held out and is never read line by
// line: only its figures.
func TestBlindFourEvaluation(t *testing.T) {
	evaluateHalves(t, blindFourHalves)
}

var blindFourHalves = []blindHalf{
	{"blind4 A", trainingDir + "blind4-a.tsv", map[string]floors{
		"en": {top1: 79, top3: 88, outOfScope: 100, maxWrong: 0.5, maxChoice: 9, stats: 100, langs: 100},
		"nb": {top1: 83, top3: 86, outOfScope: 100, maxWrong: 1, maxChoice: 5, stats: 100, langs: 100},
	}},
	{"blind4 B (held out)", "testdata/blind4-b.tsv", map[string]floors{
		"en": {top1: 78, top3: 82, outOfScope: 97, maxWrong: 2.5, maxChoice: 6, stats: 100, langs: 88}, // stop 37: questions naming no subject get a choice
		"nb": {top1: 73, top3: 78, outOfScope: 100, maxWrong: 1, maxChoice: 9, stats: 95, langs: 83},   // stop 39: round 36 closed, maxRisk 1e-05 (8.7 %)
	}},
}

// A fifth blind set (745 questions: 345 English and 344 Norwegian, 22 % out
// of scope, 15 % statistics, 56 in 28 other languages), written by a helper
// who saw only the content inventory and the sources, after this session's
// changes to the engine, the data and the fit. Split once by line (A odd,
// B even). Floors are the levels last reached; A may be tuned on from now
// on, B stays held out and is read only as figures.
func TestBlindFiveEvaluation(t *testing.T) {
	evaluateHalves(t, blindFiveHalves)
}

var blindFiveHalves = []blindHalf{
	{"blind5 A", trainingDir + "blind5-a.tsv", map[string]floors{
		"en": {top1: 89.5, top3: 93.5, outOfScope: 100, maxWrong: 0.5, maxChoice: 5, stats: 100, langs: 0}, // stop 33: risk model refit; stop 36: round 31 closed, twins
		"nb": {top1: 85.5, top3: 88, outOfScope: 100, maxWrong: 1, maxChoice: 4, stats: 100, langs: 100},   // stop 32: risk model refit
	}},
	{"blind5 B (held out)", "testdata/blind5-b.tsv", map[string]floors{
		"en": {top1: 82, top3: 85, outOfScope: 94, maxWrong: 2.5, maxChoice: 4, stats: 92, langs: 100},  // stop 32: risk model refit
		"nb": {top1: 85, top3: 87.5, outOfScope: 100, maxWrong: 1.5, maxChoice: 4, stats: 88, langs: 0}, // stop 39: round 37 closed (85.2 %, 88.0 %)
	}},
}

// A sixth blind set, written by helpers who saw only the content inventory
// and the sources. A and B (480 questions, 240 per language) were split
// once by line (A odd, B even) and first run before anything was tuned on
// A; A may be tuned on, B is read only as figures. C (80 nb) arrived after
// the split and D (160, 80 per language) after all of that day's tuning:
// both are held out whole. The first runs' figures are in the assistant
// README; floors are the levels last reached.
func TestBlindSixEvaluation(t *testing.T) {
	evaluateHalves(t, blindSixHalves)
}

var blindSixHalves = []blindHalf{
	{"blind6 A", trainingDir + "blind6-a.tsv", map[string]floors{
		"en": {top1: 86, top3: 88, outOfScope: 100, maxWrong: 0.5, maxChoice: 3, stats: 100, langs: 100},
		"nb": {top1: 87, top3: 90, outOfScope: 100, maxWrong: 0.5, maxChoice: 6, stats: 100, langs: 100}, // stop 44: the story names the subject when the question sentence names none: «Broren min sier jeg er «bortvist», mens papiret fra politiet sier «utvist». …» went from a choice to "not sure" (93 -> 91.5); stop 49: rounds 70 and 71 closed, 0.8 kept: «hva betyr det at jeg er utvist? kan jeg aldri komme tilbake til norge?» is now "not sure" by the risk model (floor 91.5 -> 90; measured 91.7 -> 90.3)
	}},
	{"blind6 B (held out)", "testdata/blind6-b.tsv", map[string]floors{
		"en": {top1: 68, top3: 74, outOfScope: 100, maxWrong: 3.5, maxChoice: 8.5, stats: 86, langs: 100},  // stop 35: rounds 28 and 29 closed, risk model averaged, safe twins (maxRisk 0.0005)
		"nb": {top1: 77, top3: 86, outOfScope: 100, maxWrong: 0.5, maxChoice: 11.5, stats: 93, langs: 100}, // stop 39: round 37 closed (11.1 %)
	}},
	{"blind6 C (held out)", "testdata/blind6-c.tsv", map[string]floors{
		"nb": {top1: 70, top3: 85, outOfScope: 100, maxWrong: 0.5, maxChoice: 15, stats: 100, langs: 100},
	}},
	{"blind6 D (held out)", "testdata/blind6-d.tsv", map[string]floors{
		"en": {top1: 83, top3: 85, outOfScope: 100, maxWrong: 0.5, maxChoice: 4.5, stats: 100, langs: 100},
		"nb": {top1: 85, top3: 85, outOfScope: 100, maxWrong: 0.5, maxChoice: 0.5, stats: 100, langs: 100}, // stop 44: the story names the subject when the question sentence names none: one right answer got "not sure" (87 -> 85)
	}},
}

// blindHalf is one half of a blind set and the floors it must keep.
type blindHalf struct {
	name, file string
	fl         map[string]floors
}

func evaluateHalves(t *testing.T, halves []blindHalf) {
	for _, h := range halves {
		evaluate(t, h.name, []string{h.file}, h.fl)
	}
}

// A seventh blind set, written by eight helpers who saw only the content
// inventory and the sources, 80 lines each. A and B (480 questions, 240
// per language, from six helpers) were split once by line (A odd, B even)
// and first run before anything was tuned on A; A may be tuned on, B is
// read only as figures. D (160, 80 per language, from the other two) was
// held out whole, committed unread and measured once at the end of that
// day's work. The first runs' figures are in the assistant README; floors
// are the levels last reached.
func TestBlindSevenEvaluation(t *testing.T) {
	evaluateHalves(t, blindSevenHalves)
}

var blindSevenHalves = []blindHalf{
	{"blind7 A", trainingDir + "blind7-a.tsv", map[string]floors{
		"en": {top1: 88.5, top3: 90, outOfScope: 100, maxWrong: 0.5, maxChoice: 1.5, stats: 100, langs: 100}, // stop 39: maxRisk 1e-05 makes «bortvist not utvist. am i banned?» a choice, refused-entry first
		"nb": {top1: 91, top3: 91, outOfScope: 100, maxWrong: 0.5, maxChoice: 3, stats: 100, langs: 100},     // stop 37: questions naming no subject get a choice
	}},
	{"blind7 B (held out)", "testdata/blind7-b.tsv", map[string]floors{
		"en": {top1: 76, top3: 87, outOfScope: 100, maxWrong: 0.5, maxChoice: 12.5, stats: 93, langs: 100},   // stop 52: rounds 86 and 87 closed with their twins: one right answer became a choice (choices 9.7 -> 11.1 %, within the limit); then forced-return-costs', repay-costs' and police-escort's summaries each gained a fact (their labels read again), 0.82 kept: another (11.1 -> 12.5 %)
		"nb": {top1: 77.5, top3: 88, outOfScope: 100, maxWrong: 0.5, maxChoice: 11.5, stats: 86, langs: 100}, // stop 32: risk model refit; stop 48: rounds 66 and 67 closed with their twins, 0.8 kept: one right answer became a choice (77.8 % → 76.4 %, choices 11.1 % → 12.5 %; floor 76 and 12.5), back with rounds 68 and 69 closed (floor 77.5 and 11.5 again)
	}},
	{"blind7 D (held out)", "testdata/blind7-d.tsv", map[string]floors{
		"en": {top1: 81, top3: 91, outOfScope: 100, maxWrong: 0.5, maxChoice: 10.5, stats: 100, langs: 100},
		"nb": {top1: 72, top3: 85, outOfScope: 100, maxWrong: 3.5, maxChoice: 13, stats: 100, langs: 100},
	}},
}

// An eighth blind set, written by eight helpers who saw only the content
// inventory and the sources (80 lines each; 2026-12-04): six helpers' 480
// lines split once by line into A (tuning) and B (held out), and two
// helpers' 160 lines (D) held out whole, committed unread and measured once
// at the end of the day: right first en 83.3 %, nb 87.5 %; wrong 0.0 % in
// each; out of scope 16/16, 16/16; statistics 10/10, 9/10; other languages
// 6/6, 6/6; choices 6.2 %, 4.2 %.
func TestBlindEightEvaluation(t *testing.T) {
	evaluateHalves(t, blindEightHalves)
}

var blindEightHalves = []blindHalf{
	{"blind8 A", trainingDir + "blind8-a.tsv", map[string]floors{
		"en": {top1: 81, top3: 87, outOfScope: 100, maxWrong: 0.5, maxChoice: 7, stats: 100, langs: 100},
		"nb": {top1: 93, top3: 94, outOfScope: 100, maxWrong: 0.5, maxChoice: 1.5, stats: 100, langs: 100}, // stop 34: rounds 24-26 closed, risk model refit
	}},
	{"blind8 B (held out)", "testdata/blind8-b.tsv", map[string]floors{
		"en": {top1: 68, top3: 79, outOfScope: 95, maxWrong: 1.5, maxChoice: 11.5, stats: 100, langs: 100},      // stop 44: the story names the subject when the question sentence names none: one wrong answer (0.5 -> 1.5; five other held-out sets lost one each)
		"nb": {top1: 70.5, top3: 81.5, outOfScope: 100, maxWrong: 0.5, maxChoice: 12.5, stats: 100, langs: 100}, // stop 32: risk model refit; stop 52: rounds 86 and 87 closed with their twins, 0.82 kept: one right answer became a choice (choices 11.1 -> 12.5 %, limit 12.5), back with the summaries rewritten (limit 11.5 again); stop 53: rounds 90 and 91 closed with their twins, 0.8 kept: one right answer became a choice again (choices 11.1 -> 12.5 %, limit 12.5)
	}},
	{"blind8 D (held out)", "testdata/blind8-d.tsv", map[string]floors{
		"en": {top1: 83, top3: 89.5, outOfScope: 100, maxWrong: 0.5, maxChoice: 8.5, stats: 100, langs: 100}, // stop 44: the story names the subject when the question sentence names none: a right answer in a choice got "not sure" (91 -> 89.5)
		"nb": {top1: 85, top3: 91, outOfScope: 100, maxWrong: 0.5, maxChoice: 6.5, stats: 90, langs: 100},
	}},
}

// A ninth blind set, written by eight helpers who saw only the content
// inventory and the sources (80 lines each; 2026-12-04), committed unread
// and measured once whole at the end of the day, after every change of
// that day. It stays held out whole: split by line with A trained on, the
// retrained classifier gave 3 more wrong answers on the older held-out
// halves, 1 more on the tuning halves and 5 harmful red-team replies.
func TestBlindNineEvaluation(t *testing.T) {
	evaluateHalves(t, blindNineHalves)
}

var blindNineHalves = []blindHalf{
	{"blind9 (held out whole)", "testdata/blind9.tsv", map[string]floors{
		"en": {top1: 76, top3: 83.5, outOfScope: 100, maxWrong: 0.5, maxChoice: 9, stats: 97, langs: 100},   // stop 44: the story names the subject when the question sentence names none: three right answers got "not sure" (84 -> 83.5)
		"nb": {top1: 85.5, top3: 94, outOfScope: 100, maxWrong: 0.5, maxChoice: 9.5, stats: 97, langs: 100}, // stop 33: risk model refit
	}},
}

// A tenth blind set, written by eight helpers who saw only the content
// inventory and the sources (80 lines each; 2026-12-04), after the English
// word vectors; committed unread and measured once whole at the end of the
// day: right first en 82.8 %, nb 80.7 %; wrong 1.2 %, 0.4 %; out of scope
// 64/64 each; statistics 39/40, 40/40; other languages 24/24 each;
// choices 4.2 %, 5.2 %. It stays held out whole. Floors are those levels.
func TestBlindTenEvaluation(t *testing.T) {
	evaluateHalves(t, blindTenHalves)
}

var blindTenHalves = []blindHalf{
	{"blind10 (held out whole)", "testdata/blind10.tsv", map[string]floors{
		"en": {top1: 79, top3: 86, outOfScope: 100, maxWrong: 1.5, maxChoice: 8.5, stats: 97, langs: 100},
		"nb": {top1: 77.5, top3: 85, outOfScope: 100, maxWrong: 0.5, maxChoice: 8, stats: 100, langs: 100}, // stop 33: risk model refit
	}},
}

// An eleventh blind set, written by eight helpers who saw only the content
// inventory and the sources (80 lines each; 2026-12-04), after red-team
// round 13; committed unread and measured once whole at the end of the day,
// after every change of that day: right first en 80.2 %, nb 79.7 %; wrong
// 0.4 % each (1 wrong each); out of scope 64/64 each; statistics 39/40,
// 40/40; other languages 24/24 each; choices 5.2 % each. The code before
// that day scored the same but for nb first or in a choice (84.4 against
// 84.9 %). It stays held out whole. Floors are those levels.
func TestBlindElevenEvaluation(t *testing.T) {
	evaluateHalves(t, blindElevenHalves)
}

var blindElevenHalves = []blindHalf{
	{"blind11 (held out whole)", "testdata/blind11.tsv", map[string]floors{
		// en maxWrong 0.5 -> 1 (stop 31): a question that got a
		// statistic for a question about something else now gets a
		// wrong answer from the matcher (figures only: the line is
		// unread).
		"en": {top1: 77, top3: 84, outOfScope: 100, maxWrong: 1, maxChoice: 7.5, stats: 97, langs: 100},
		"nb": {top1: 78, top3: 84, outOfScope: 100, maxWrong: 0.5, maxChoice: 7, stats: 100, langs: 100},
	}},
}

// A twelfth blind set: 480 questions by six helpers who saw only the
// content inventory and the sources (80 lines each, 240 per language),
// committed unread and measured once, whole, after the last change of the
// stop that wrote it: right first en 79.9 %, nb 86.8 %; first or in a
// choice 83.3 %, 91.0 %; wrong 1.0 % (2 wrong), 0.0 %; out of scope 48/48
// each; statistics 28/30 each; other languages 18/18 each; choices 3.5 %,
// 4.2 %. The code before that stop scored exactly the same. It stays held
// out whole. Floors are those levels.
func TestBlindTwelveEvaluation(t *testing.T) {
	evaluateHalves(t, blindTwelveHalves)
}

var blindTwelveHalves = []blindHalf{
	{"blind12 (held out whole)", "testdata/blind12.tsv", map[string]floors{
		"en": {top1: 78, top3: 82, outOfScope: 100, maxWrong: 1.5, maxChoice: 7, stats: 93, langs: 100}, // stop 37: questions naming no subject get a choice; stop 44: over the stop two "not sure" became choices holding the right answer and one became right first (6 -> 7)
		"nb": {top1: 84, top3: 90, outOfScope: 100, maxWrong: 0.5, maxChoice: 7, stats: 93, langs: 100}, // stop 37: round 33 closed; stop 46: rounds 60 and 61 closed with their twins, 0.8 kept: one right answer became a choice (85.4 -> 84.7 %, floor 84), back with the red-team labels extended (floor 85 again); stop 48: rounds 68 and 69 closed with their twins, 0.8 kept: one right answer became a choice again (85.4 -> 84.7 %, floor 84)
	}},
}

// stats13: statistics questions only, written blind by two helpers who saw
// only the police reports (60 per language), split once by line (A odd, B
// even). A's misses were read and fixed (a range of months in digits, «jan
// 23», «straffa», a month a year back asked with a comparison word, splits no
// report prints, "not year to date", a month name with a typo); B is read as
// figures only. By the strict check (the figure and its words), on the code
// before those fixes (ae6aebd) → after: A en 27 → 30, nb 23 → 29 of 30; B en
// 25 → 27, nb 26 → 27 of 30.
func TestStatsThirteenEvaluation(t *testing.T) {
	evaluateHalves(t, statsThirteenHalves)
}

var statsThirteenHalves = []blindHalf{
	{"stats13 A", "testdata/stats13-a.tsv", map[string]floors{
		"en": {stats: 100, strictStats: true},
		"nb": {stats: 96, strictStats: true},
	}},
	{"stats13 B (held out)", "testdata/stats13-b.tsv", map[string]floors{
		"en": {stats: 90, strictStats: true},
		"nb": {stats: 90, strictStats: true},
	}},
}

// stats14: a second statistics-only set, written blind the same way as
// stats13 (60 per language, by two new helpers, stop 28), split the same way
// (A odd lines, B even). A's misses were read and fixed (a country and a
// period make "the asylum category" a count, «hvormange», «tvangsreturnet»,
// "H1", a year that names the report, the category "Other" and the people
// on charter flights said to be unpublished); B is read as figures only. By
// the strict check, on the code before (af3db6c) → after: A en 23 → 29, nb
// 26 → 28 of 30; B en 29 → 29, nb 25 → 27 of 30.
func TestStatsFourteenEvaluation(t *testing.T) {
	evaluateHalves(t, statsFourteenHalves)
}

var statsFourteenHalves = []blindHalf{
	{"stats14 A", "testdata/stats14-a.tsv", map[string]floors{
		"en": {stats: 96, strictStats: true},
		"nb": {stats: 93, strictStats: true},
	}},
	{"stats14 B (held out)", "testdata/stats14-b.tsv", map[string]floors{
		"en": {stats: 96, strictStats: true},
		"nb": {stats: 90, strictStats: true},
	}},
}

// stats15: a third statistics-only set, 60 questions per language by two
// helpers who saw only the police reports (stop 31), split the same way (A
// odd lines, B even). Measured once on the stop's start code (a33b3b8),
// strict: A en 30/30, nb 29/30; B en 27/30, nb 29/30. A's one miss read
// («uttransport», and "removal" in English, as return words) → A 30/30 in
// both; B unchanged.
func TestStatsFifteenEvaluation(t *testing.T) {
	evaluateHalves(t, statsFifteenHalves)
}

var statsFifteenHalves = []blindHalf{
	{"stats15 A", "testdata/stats15-a.tsv", map[string]floors{
		"en": {stats: 100, strictStats: true},
		"nb": {stats: 100, strictStats: true},
	}},
	{"stats15 B (held out)", "testdata/stats15-b.tsv", map[string]floors{
		"en": {stats: 90, strictStats: true},
		"nb": {stats: 96, strictStats: true},
	}},
}

// stats16: a fourth statistics-only set, 60 questions per language by two
// helpers who saw only the police reports (stop 32), each file split the
// same way (A odd lines, B even). Measured once on the stop's start code
// (830c833), strict: A en 30/30, nb 28/30; B en 27/30, nb 28/30. A's two
// Norwegian misses read («var», "was", taken for «vår», "our", once æøå are
// folded; a category counted beside the word «kategori»; and the change
// the report prints was not a figure) → A 30/30 both, B en 27/30, nb 29/30.
// (The English half came after those changes; it was measured on 830c833
// and on the code of its arrival: the same.)
func TestStatsSixteenEvaluation(t *testing.T) {
	evaluateHalves(t, statsSixteenHalves)
}

var statsSixteenHalves = []blindHalf{
	{"stats16 A", "testdata/stats16-a.tsv", map[string]floors{
		"en": {stats: 100, strictStats: true},
		"nb": {stats: 100, strictStats: true},
	}},
	{"stats16 B (held out)", "testdata/stats16-b.tsv", map[string]floors{
		"en": {stats: 90, strictStats: true},
		"nb": {stats: 96, strictStats: true},
	}},
}

// The blind sets held out whole (blind13 to blind24), each written by
// helpers who saw only the content inventory and the sources, committed
// unread and measured on the code at the start of the stop that wrote it.
// A new set is a line of the table.
func TestBlindWholeSetsEvaluation(t *testing.T) {
	evaluateHalves(t, blindWholeSets)
}

var blindWholeSets = []blindHalf{
	// blind24: 160 questions (80 per language) by two helpers who saw only the
	// content inventory and the sources, written in stop 38 with other voices
	// (people whose work or student permit ran out, families with teenagers,
	// people who came through Poland, Lithuania, Spain or France, church
	// volunteers, lawyers, teachers, interpreters, journalists), committed
	// unread and held out whole. On the code at the start of stop 38
	// (fcfe21a) and at its end: en right first 80.0 % (40/50), first or in a
	// choice 84.0 %, wrong 0.0 %, choices 4.0 %, statistics 10/10; nb 74.0 %
	// (37/50), 78.0 %, wrong 1.6 % (1 of 64), choices 4.0 %, statistics 9/10;
	// out of scope 14/14 and other languages 6/6 in both. Floors are those
	// figures.
	{"blind24 (held out whole)", "testdata/blind24.tsv", map[string]floors{
		"en": {top1: 80, top3: 84, outOfScope: 100, maxWrong: 0.5, maxChoice: 4, stats: 100, langs: 100},
		"nb": {top1: 72, top3: 78, outOfScope: 100, maxWrong: 2, maxChoice: 6, stats: 90, langs: 100}, // stop 40: the exact risk model, rounds 39 and 40 closed (one right answer a choice)
	}},
	// blind23: 160 questions (80 per language) by two helpers who saw only the
	// content inventory and the sources, written in stop 37 with other voices
	// (young single men, mothers, the elderly, people with a Dublin decision,
	// interpreters, reception and social workers, journalists), committed
	// unread and held out whole. On the code at the start of stop 37
	// (0559fbb): en right first 86.0 % (43/50), first or in a choice 92.0 %,
	// wrong 0.0 %, choices 6.0 %, statistics 10/10; nb 84.0 % (42/50), 92.0 %,
	// wrong 0.0 %, choices 8.0 %, statistics 8/10; out of scope 14/14 and
	// other languages 6/6 in both. Floors are those figures, but nb's
	// right first ones, lowered when round 32 was closed.
	{"blind23 (held out whole)", "testdata/blind23.tsv", map[string]floors{
		"en": {top1: 86, top3: 90, outOfScope: 100, maxWrong: 0.5, maxChoice: 6, stats: 100, langs: 100}, // stop 44: the story names the subject when the question sentence names none: a right answer in a choice got "not sure" (92 -> 90)
		"nb": {top1: 82, top3: 90, outOfScope: 100, maxWrong: 0.5, maxChoice: 8, stats: 80, langs: 100},  // stop 37: round 32 closed (84 -> 82, 92 -> 90)
	}},
	// blind22: 160 questions (80 per language) by two helpers who saw only the
	// content inventory and the sources, written in stop 36 with other voices
	// (parents, people long without a permit, teachers, lawyers, students),
	// committed unread and held out whole. On the code at the start of stop
	// 36 (901049d) and at its end the same: en right first 88.0 % (44/50),
	// first or in a choice 92.0 %, wrong 0.0 %, choices 4.0 %, statistics
	// 9/10; nb 86.0 % (43/50), 92.0 %, wrong 1.6 % (1), choices 6.0 %,
	// statistics 10/10; out of scope 14/14 and other languages 6/6 in both.
	// Floors are those figures.
	{"blind22 (held out whole)", "testdata/blind22.tsv", map[string]floors{
		"en": {top1: 88, top3: 92, outOfScope: 100, maxWrong: 0.5, maxChoice: 4, stats: 90, langs: 100}, // stop 41: at these floors (one right answer became a choice, within them)
		"nb": {top1: 86, top3: 92, outOfScope: 100, maxWrong: 2, maxChoice: 6, stats: 100, langs: 100},
	}},
	// blind21: 160 questions (80 per language) by two helpers who saw only the
	// content inventory and the sources, written in stop 35 with other voices,
	// committed unread and held out whole. On the code at the start of stop 35
	// (b0b2c6a): en right first 86.0 % (43/50), first or in a choice 90.0 %,
	// wrong 1.6 % (1), choices 4.0 %; nb 86.0 % (43/50), 86.0 %, wrong 3.1 %
	// (2), choices 0.0 %; out of scope 14/14, statistics 10/10, other
	// languages 6/6 in both. At the end of stop 35 (rounds 28 and 29 closed,
	// the risk model averaged and taught safe twins) the same. Floors are
	// those figures.
	{"blind21 (held out whole)", "testdata/blind21.tsv", map[string]floors{
		"en": {top1: 86, top3: 90, outOfScope: 100, maxWrong: 0.5, maxChoice: 8, stats: 100, langs: 100}, // stop 37: questions naming no subject get a choice; stop 44: the story names the subject when the question sentence names none: the wrong answer became a choice (wrong 2 -> 0.5, choices 6 -> 8)
		"nb": {top1: 86, top3: 86, outOfScope: 100, maxWrong: 3.5, maxChoice: 2, stats: 100, langs: 100}, // stop 44: the story names the subject when the question sentence names none: a "not sure" became a choice holding the right answer (0.5 -> 2)
	}},
	// blind20: 160 questions (80 per language) by two more helpers, written in
	// stop 34 with the same brief, committed unread and held out whole. On the
	// code at the start of stop 34 (1766786): en right first 84.0 % (42/50),
	// first or in a choice 84.0 %, wrong 0.0 %, choices 0.0 %; nb 82.0 %
	// (41/50), 90.0 %, wrong 0.0 %, choices 8.0 %; out of scope 14/14,
	// statistics 10/10, other languages 6/6 in both. With rounds 24 and 25
	// closed (maxRisk 0.97): the same, but nb right first 84.0 % and choices
	// 6.0 %. With round 27 closed (maxRisk 0.8): en 82.0 %, choices 2.0 %; nb
	// 82.0 %, choices 8.0 %. At the end of stop 34 (maxRisk 0.85): en 84.0 %,
	// choices 0.0 %; nb 82.0 %, choices 8.0 %; wrong 0 in both throughout.
	// Floors are the end's figures, the same as the start's.
	{"blind20 (held out whole)", "testdata/blind20.tsv", map[string]floors{
		"en": {top1: 84, top3: 84, outOfScope: 100, maxWrong: 0.5, maxChoice: 2, stats: 100, langs: 100}, // stop 44: a referral names a subject too (the review's mend of the story rule): a "not sure" became a choice holding the right answer (0.5 -> 2)
		"nb": {top1: 82, top3: 90, outOfScope: 100, maxWrong: 0.5, maxChoice: 8, stats: 100, langs: 100},
	}},
	// blind19: 160 questions (80 per language) by two helpers who saw only the
	// content inventory and the sources, written in stop 34, committed unread
	// and held out whole. On the code at the start of stop 34 (1766786) and
	// with rounds 24 and 25 closed the same: en right first 96.0 % (48/50),
	// wrong 0.0 %, choices 2.0 %, out of scope 14/14, statistics 10/10, other
	// languages 6/6; nb 88.0 % (44/50), wrong 0.0 %, choices 4.0 %, 14/14,
	// 10/10, 6/6. With round 26 closed (maxRisk 0.5) en 94.0 %, choices 4.0 %;
	// nb 86.0 %, choices 6.0 %; at the end of stop 34 (maxRisk 0.85) en 96.0 %
	// and nb 88.0 % again, choices 2.0 % and 4.0 %. Floors are the end's
	// figures, the same as the start's.
	{"blind19 (held out whole)", "testdata/blind19.tsv", map[string]floors{
		"en": {top1: 94, top3: 98, outOfScope: 100, maxWrong: 0.5, maxChoice: 4, stats: 100, langs: 100}, // stop 41: rounds 41-45 closed, maxRisk 0.84: one right answer became a choice
		"nb": {top1: 86, top3: 92, outOfScope: 100, maxWrong: 0.5, maxChoice: 8, stats: 100, langs: 100}, // stop 36: round 31 closed, twins; stop 37: questions naming no subject get a choice
	}},
	// blind18: 240 questions (80 in Norwegian, 2 × 80 in English) by three
	// helpers who saw only the content inventory and the sources, written in
	// stop 33, committed unread and held out whole. On the code at the start
	// of stop 33 (e799999) and at its end the same: en right first 84.0 %
	// (84/100), wrong 0.0 %, choices 6.0 %, out of scope 28/28, statistics
	// 19/20, other languages 12/12; nb 86.0 % (43/50), wrong 0.0 %, choices
	// 4.0 %, 14/14, 10/10, 6/6. Floors are those figures.
	{"blind18 (held out whole)", "testdata/blind18.tsv", map[string]floors{
		"en": {top1: 84, top3: 90, outOfScope: 100, maxWrong: 0.5, maxChoice: 6, stats: 95, langs: 100},
		"nb": {top1: 84, top3: 90, outOfScope: 100, maxWrong: 0.5, maxChoice: 8, stats: 100, langs: 100}, // stop 37: questions naming no subject get a choice; stop 41: rounds 41-45 closed, maxRisk 0.84: one right answer became a choice
	}},
	// blind17: 160 questions (80 per language) by two helpers who saw only
	// the content inventory and the sources, written in stop 32, committed
	// unread and held out whole. Measured on the code at the start of stop 32
	// (830c833): en right first 82.0 % (41/50), wrong 0.0 %, choices 8.0 %; nb
	// 78.0 % (39/50), wrong 3.1 % (2), choices 4.0 %; out of scope 14/14,
	// statistics 10/10, other languages 6/6 in both. At its end: en 84.0 %
	// (42/50), wrong 0.0 %, choices 6.0 %; nb 76.0 % (38/50), wrong 1.6 % (1),
	// choices 8.0 %; the rest the same. Floors are the end's figures.
	{"blind17 (held out whole)", "testdata/blind17.tsv", map[string]floors{
		"en": {top1: 82, top3: 90, outOfScope: 100, maxWrong: 0.5, maxChoice: 8, stats: 100, langs: 100},  // stop 33: risk model refit
		"nb": {top1: 74, top3: 80, outOfScope: 100, maxWrong: 3.5, maxChoice: 10, stats: 100, langs: 100}, // stop 34: rounds 24-27 closed, risk model refit (wrong back at 1; choices 8 -> 10 %); stop 35: round 28 closed, risk model averaged (maxRisk 0.3); stop 41: at these floors (one right answer became a choice, within them); stop 44: the story names the subject when the question sentence names none: a right answer in a choice got "not sure" (82 -> 80)
	}},
	// blind16: 160 questions (80 per language) by two helpers who saw only the
	// content inventory and the sources, written in stop 30, committed unread
	// and held out whole: measured on the code at the start of that stop
	// (f4ae5f4's assistant). Floors are those figures (statistics lenient, as
	// for blind15).
	{"blind16 (held out whole)", "testdata/blind16.tsv", map[string]floors{
		"en": {top1: 87, top3: 89, outOfScope: 93, maxWrong: 0.5, maxChoice: 4.5, stats: 70, langs: 100}, // stop 33: one more choice after the referral fix
		"nb": {top1: 87, top3: 93, outOfScope: 100, maxWrong: 2, maxChoice: 6.5, stats: 90, langs: 100},
	}},
	// blind15: 320 questions (160 per language) by four helpers who saw only the
	// content inventory and the sources, written in stop 29, committed unread
	// (07fb187) and held out whole: measured on the code at the start of that
	// stop (1737d23) and at its end, with the same figures. Floors are those.
	{"blind15 (held out whole)", "testdata/blind15.tsv", map[string]floors{
		"en": {top1: 76, top3: 81, outOfScope: 96, maxWrong: 1, maxChoice: 5.5, stats: 95, langs: 100},
		"nb": {top1: 81, top3: 84, outOfScope: 100, maxWrong: 0.5, maxChoice: 5.5, stats: 90, langs: 100}, // stop 33: risk model refit; stop 37: questions naming no subject get a choice; stop 54: rounds 94 and 95 and the arrested-and-IOM labels, one right answer became a choice (5.2 %)
	}},
	// blind14: 320 questions (160 per language) by four helpers who saw only the
	// content inventory and the sources (one English file written in stop 27,
	// three in stop 28), committed unread (62ae97b) and held out whole: measured
	// once, at the end of stop 28. Floors are the levels of that run. The code
	// before the stop (af3db6c) gave the same figures but en right first 72/96
	// (not 73) and en choices 7.3 % (not 6.2 %), run once.
	{"blind14 (held out whole)", "testdata/blind14.tsv", map[string]floors{
		"en": {top1: 76, top3: 82, outOfScope: 100, maxWrong: 0.5, maxChoice: 6.5, stats: 100, langs: 100},
		"nb": {top1: 79, top3: 87, outOfScope: 100, maxWrong: 0.5, maxChoice: 8.5, stats: 100, langs: 100},
	}},
	// blind13: 320 questions (160 per language) by four helpers who saw only the
	// content inventory and the sources, committed unread (3de7b8e) and held out
	// whole: measured once, at the end of stop 27 (the risk model and the
	// statistics fixes in). Floors are the levels of that run. The code before
	// the stop (ae6aebd) gave exactly the same figures on it, run once.
	{"blind13 (held out whole)", "testdata/blind13.tsv", map[string]floors{
		"en": {top1: 80, top3: 85, outOfScope: 100, maxWrong: 1, maxChoice: 5.5, stats: 100, langs: 100}, // stop 39: round 37 closed (80.2 %, 5.2 %)
		"nb": {top1: 85, top3: 87, outOfScope: 100, maxWrong: 0.5, maxChoice: 3.5, stats: 100, langs: 100},
	}},
}

func TestHeldOutSetsAreKnownByName(t *testing.T) {
	for name, want := range map[string]bool{
		"heldout": true, "blind held-out": true, "blind3 B (held out)": true,
		"blind13 (held out whole)": true, "blind tune": false, "blind3 A": false, "dev+extra": false,
	} {
		if got := isHeldOut(name); got != want {
			t.Errorf("isHeldOut(%q) = %v, want %v", name, got, want)
		}
	}
}

// evalSets are the sets measured in halves, each list as its test asks it.
var evalSets = [][]blindHalf{
	blindHalves, blindThreeHalves, blindFourHalves, blindFiveHalves,
	blindSixHalves, blindSevenHalves, blindEightHalves, blindNineHalves,
	blindTenHalves, blindElevenHalves, blindTwelveHalves,
	statsThirteenHalves, statsFourteenHalves, statsFifteenHalves,
	statsSixteenHalves, blindWholeSets,
}

// heldOutLimits bound the sum over every held-out set but the first,
// looked-at one (TestHeldOutEvaluation). A set's floors move one at a
// time, each for a reason written beside it; these say what the moves add
// up to. Harmful is a wrong answer or an answered out-of-scope question.
// The limits were the sums at the end of stop 39 (667bebd), D halves
// included (en 1,855, 21, 108; nb 1,857, 18, 131); a limit moves only with
// its reason beside it, like a floor.
var heldOutLimits = map[string]struct{ minRightFirst, maxHarmful, maxChoices int }{
	"en": {minRightFirst: 1852, maxHarmful: 19, maxChoices: 114}, // stop 40: the exact risk model, rounds 39 and 40 closed: 7 right answers became choices, harm unchanged; stop 41: rounds 41-45 closed, maxRisk 0.9 → 0.84: net 1 more right answer became a choice (blind19 and blind22 lost one each, blind14 gained one), harm unchanged; stop 42: rounds 46-49 closed with their twins, maxRisk 0.84 again: 1 more right answer became a choice (blind18), harm unchanged: right first 1847 → 1846, choices 116 → 117; stop 43: rounds 50-53 closed, plain twins (train43e), maxRisk 0.84 → 0.82: blind13 gained one from a choice, harm unchanged: right first 1846 → 1847, choices 117 → 116; stop 44: rounds 54-57 closed with their twins, maxRisk 0.82 kept: blind9, blind10 and blind22 gained one each from a choice, harm unchanged: right first 1847 → 1850, choices 116 → 113; then the story names the subject when the question sentence names none: two wrong answers fewer (blind11, blind21 and blind5 B lost one each, blind8 B gained one), right first 1850 → 1852, choices 113 → 112, harmful 21 → 19; and maxRisk 0.82 → 0.8 (the fit's rule): blind9 and blind18 lost one each to a choice, right first 1852 → 1850, choices 112 → 114; and a referral names a subject too (the review's mend): blind9 and blind18 got them back, blind20 and blind8 B each turned a "not sure" into a choice holding the right answer, right first 1850 → 1852, choices 114; stop 45: rounds 58 and 59 closed with their twins, 0.8 kept: blind18 lost one to a choice, harm unchanged: right first 1852 → 1851, choices 114 → 115; stop 46: rounds 60 and 61 closed with their twins, 0.8 kept: blind18 gained one from a choice, harm unchanged: right first 1851 → 1852, choices 115 → 114; then 126 red-team labels extended after two reviews (0.8 kept): blind9, blind22 and blind2's held-out half lost one each to a choice, blind14 gained one from a choice, harm unchanged: right first 1852 → 1850, choices 114 → 116; stop 47: rounds 62 and 63 closed with their twins and three labels extended, 0.8 kept: blind23 lost one to a choice, blind2's held-out half gained one from a choice, totals unchanged; then rounds 64 and 65 closed with their twins and two labels extended, 0.8 kept: blind22 and blind23 gained one each from a choice, harm unchanged: right first 1850 → 1852, choices 116 → 114; then 24 labels of rounds 62-65 narrowed after two reviews, and 9 of them put back, 0.8 kept: no held-out reply moved; stop 48: rounds 66 and 67 closed with their twins, one label extended and three narrowed, 0.8 kept: blind7 B and blind9 gained one each from a choice, blind23 lost one to a choice, harm unchanged: right first 1852 → 1853, choices 114 → 113; then rounds 68 and 69 closed with their twins, one label extended and one narrowed, 0.8 kept: blind9 gained one from a choice, blind7 B lost one to a choice, totals unchanged; then 121 labels of rounds 3-61 narrowed after two reviews (the writer's own reason naming the answer as the harmful pick), 0.8 kept: blind7 B lost one to a choice, harm unchanged: right first 1853 → 1852, choices 113 → 114; 116 of them kept after three readers read the writers' reasons, and one extension undone (the fresh-eyes review), 0.8 kept: no held-out reply moved; then two repay-costs extensions of stop 46 undone after two reviews, 0.8 kept: no held-out reply moved; stop 49: rounds 70 and 71 closed with their twins and four labels narrowed, 0.8 kept: blind7 B gained two from choices, blind2's held-out half lost one to a choice, harm unchanged: right first 1852 → 1853, choices 114 → 113; then rounds 72 and 73 closed with their twins, two labels extended and four narrowed, 0.8 kept: blind7 B lost one to a choice, harm unchanged: right first 1853 → 1852, choices 113 → 114; then rounds 74 and 75 closed with their twins (two labels extended, one narrowed) and the fresh-eyes review's mend of six labels, 0.8 kept: blind7 B and blind9 lost one each to a choice, blind12 gained one from a choice, harm unchanged: right first 1852 → 1851, choices 114 → 115; stop 50: rounds 76 and 77 closed with their twins (three labels extended, two narrowed) and nine older labels read again, 0.8 kept: blind11 gained one from a choice, blind19 lost one to a choice, totals unchanged; then rounds 78 and 79 closed with their twins (eight labels extended, one narrowed), 0.8 kept: no held-out figure moved; then the eligibility summary rewritten with its labels read again, the review's mend and 37 more labels narrowed for its silence on the deadline to leave, 0.8 kept: blind22 gained one from a choice, harm unchanged: right first 1851 → 1852, choices 115 → 114; stop 51: rounds 80 and 81 closed with their twins (four labels extended, five narrowed), 0.8 kept: blind3 B, blind7 B and blind19 gained one each from a choice, harm unchanged: right first 1852 → 1855, choices 114 → 111; then rounds 82 and 83 closed with their twins (four labels extended, three narrowed), maxRisk 0.8 → 0.82 (the stories' ceiling): blind9 gained one from a choice, harm unchanged: right first 1855 → 1856, choices 111 → 110; then the fresh-eyes review's mend (police-escort's and expulsion's summaries gained a fact each, 17 labels narrowed, 3 extended, two extensions undone), 0.82 kept: no held-out figure moved; stop 52: rounds 84 and 85 closed with their twins (two labels extended, one answer replaced), 0.82 kept: no held-out figure moved; then rounds 86 and 87 closed with their twins (three labels extended, four narrowed), 0.82 kept: blind19, blind6 B and blind7 B lost one each to a choice, harm unchanged: right first 1856 → 1853, choices 110 → 113; then forced-return-costs', repay-costs' and police-escort's summaries each gained a fact from their answers' text (their labels read again: 34 extended, 14 narrowed), 0.82 kept: blind7 B and blind9 lost one each to a choice, harm unchanged: right first 1853 → 1851, choices 113 → 115; then the fresh-eyes review's mend (forced-return-costs' no-money sentence tied to the forced return, two labels narrowed, one extension undone), 0.82 kept: blind9 gained one from a choice: right first 1851 → 1852, choices 115 → 114; stop 53: rounds 88 and 89 closed, 0.8 again: no held-out figure moved; with rounds 90 and 91 closed and the fresh-eyes review's mend, 0.8 kept: blind19 gained one from a choice, harm unchanged: right first 1852 → 1853, choices 114 → 113 (the limits as measured); stop 54: rounds 92 and 93 closed, 0.8 kept: no held-out figure moved; then rounds 94 and 95 closed and 43 older arrested-and-IOM labels narrowed, 0.8 kept: blind10 and blind12 lost one each to a choice, blind6 B gained one from a choice, harm unchanged: right first 1853 → 1852, choices 113 → 114
	"nb": {minRightFirst: 1857, maxHarmful: 15, maxChoices: 132}, // stop 40: the same, 3 more right first, one wrong answer fewer; stop 41: as en, net 2 (blind9, blind11, blind17 and blind18 lost one each, blind2's held-out half and blind8 B gained one), harm unchanged; stop 42: rounds 46-49 closed, 0.84 again: right first net 2 fewer (blind9 lost two to "not sure", blind6 B and blind8 B one each to a choice; blind11 and blind24 gained one each, each from a choice, so choices stay 132), harm unchanged: right first 1858 → 1856; stop 43: rounds 50-53 closed, plain twins (train43e), maxRisk 0.84 → 0.82: blind17 and blind6 B gained one each from a choice, harm unchanged: right first 1856 → 1858, choices 132 → 130; stop 44: rounds 54-57 closed with their twins, 0.82 kept: blind8 B, blind16 and blind18 gained one each from a choice, blind6 B lost one to a choice, harm unchanged: right first 1858 → 1860, choices 130 → 128; then the story names the subject when the question sentence names none: two wrong answers fewer (blind11 and blind5 B), right first unchanged, choices 128 → 129, harmful 17 → 15; stop 45: rounds 58 and 59 closed with their twins, 0.8 kept: blind6 B gained one from a choice, harm unchanged: right first 1860 → 1861, choices 129 → 128; stop 46: rounds 60 and 61 closed with their twins, 0.8 kept: blind12, blind16 and blind8 D lost one each to a choice, harm unchanged: right first 1861 → 1858, choices 128 → 131; then 126 red-team labels extended after two reviews (0.8 kept): blind12 and blind16 gained one each from a choice, blind6 B lost one to a choice, harm unchanged: right first 1858 → 1859, choices 131 → 130; stop 47: rounds 62 and 63 closed with their twins and three labels extended (all English), 0.8 kept: no held-out reply moved; then rounds 64 and 65 closed with their twins and two labels extended (one Norwegian), 0.8 kept: blind6 B gained one from a choice, harm unchanged: right first 1859 → 1860, choices 130 → 129; then 24 labels of rounds 62-65 narrowed after two reviews, 0.8 kept: blind11 lost one to a choice, harm unchanged: right first 1860 → 1859, choices 129 → 130; then 9 of the 24 put back (the writer had meant them as the answer to give), 0.8 kept: blind11 got it back: right first 1859 → 1860, choices 130 → 129; stop 48: rounds 66 and 67 closed with their twins, one label extended and three narrowed, 0.8 kept: blind7 B and blind9 lost one each to a choice, harm unchanged: right first 1860 → 1858, choices 129 → 131; then rounds 68 and 69 closed with their twins, one label extended and one narrowed, 0.8 kept: blind7 B gained one from a choice, blind12 lost one to a choice, totals unchanged; then 121 labels of rounds 3-61 narrowed after two reviews, 0.8 kept: no held-out reply moved; 116 of them kept and one extension undone, 0.8 kept: no held-out reply moved; then two repay-costs extensions of stop 46 undone after two reviews, 0.8 kept: blind17 lost one to a choice, harm unchanged: right first 1858 → 1857, choices 131 → 132; stop 49: rounds 70 and 71 closed with their twins and four labels narrowed, 0.8 kept: blind12 gained one from a choice, blind11 lost one to a choice, totals unchanged; then rounds 72 and 73 closed with their twins, two labels extended and four narrowed, 0.8 kept: blind6 B and blind10 lost one each to a choice, blind12 gained one from a choice, harm unchanged: right first 1857 → 1856, choices 132 → 133; then rounds 74 and 75 closed with their twins (two labels extended, one narrowed) and the fresh-eyes review's mend of six labels, 0.8 kept: blind9 gained one from a choice, harm unchanged: right first 1856 → 1857, choices 133 → 132; stop 50: rounds 76 and 77 closed with their twins (three labels extended, two narrowed) and nine older labels read again, 0.8 kept: blind10 and blind11 gained one each from a choice, harm unchanged: right first 1857 → 1859, choices 132 → 130; then rounds 78 and 79 closed with their twins (eight labels extended, one narrowed), 0.8 kept: blind11, blind12 and blind16 lost one each to a choice, blind18 gained one from a choice, harm unchanged: right first 1859 → 1857, choices 130 → 132; then the eligibility summary rewritten with its labels read again, the review's mend and 37 more labels narrowed, 0.8 kept: no held-out figure moved; stop 51: rounds 80 and 81 closed with their twins (four labels extended, five narrowed), 0.8 kept: blind9 lost one to a choice, blind11 gained one from a choice, totals unchanged; then rounds 82 and 83 closed with their twins (four labels extended, three narrowed), maxRisk 0.8 → 0.82 (the stories' ceiling): blind9 and blind16 gained one each from a choice, blind12 lost one to a choice, harm unchanged: right first 1857 → 1858, choices 132 → 131; then the fresh-eyes review's mend (police-escort's and expulsion's summaries gained a fact each, 17 labels narrowed, 3 extended, two extensions undone), 0.82 kept: no held-out figure moved; stop 52: rounds 84 and 85 closed with their twins (two labels extended, one answer replaced), 0.82 kept: no held-out figure moved; then rounds 86 and 87 closed with their twins (three labels extended, four narrowed), 0.82 kept: blind8 B lost one to a choice, blind12 gained one from a choice, totals unchanged; then forced-return-costs', repay-costs' and police-escort's summaries each gained a fact (their labels read again), 0.82 kept: blind8 B gained one from a choice, harm unchanged: right first 1858 → 1859, choices 131 → 130; then the fresh-eyes review's mend, 0.82 kept: no held-out figure moved (the limits now as measured); stop 53: rounds 88 and 89 closed, 0.8 again: no held-out figure moved; with rounds 90 and 91 closed and the fresh-eyes review's mend, 0.8 kept: blind8 B and blind16 each lost one right answer to a choice and blind17 gained one, harm unchanged: right first 1859 → 1858, choices 130 → 131; stop 54: rounds 92 and 93 closed, 0.8 kept: no held-out figure moved; then rounds 94 and 95 closed and 43 older arrested-and-IOM labels narrowed, 0.8 kept: blind15 lost one to a choice, harm unchanged: right first 1858 → 1857, choices 131 → 132
}

// heldOutSets is how many sets the limits were set on.
const heldOutSets = 31

// TestHeldOutTotals adds up the held-out sets (figures only, as each set's
// own test prints them) and checks the sums against heldOutLimits.
func TestHeldOutTotals(t *testing.T) {
	sum := map[string]*tally{}
	sets := 0
	for _, halves := range evalSets {
		for _, h := range halves {
			if !isHeldOut(h.name) {
				continue
			}
			sets++
			m, ok := measured[measuredKey(h.name, []string{h.file})]
			if !ok {
				m.per, m.langs = measure(t, h.name, []string{h.file}, h.fl)
			}
			for l, tl := range m.per {
				if sum[l] == nil {
					sum[l] = &tally{}
				}
				sum[l].add(tl)
			}
		}
	}
	clear(measured)
	if sets != heldOutSets {
		t.Fatalf("%d held-out sets, want %d: a set was added or lost (change heldOutSets with the limits)", sets, heldOutSets)
	}
	for l, lim := range heldOutLimits {
		s := sum[l]
		if s == nil {
			t.Errorf("%s: no held-out questions", l)
			continue
		}
		harmful := s.wrong + s.outAnswered
		t.Logf("held-out totals %s (%d sets): right first %d of %d; first or in a choice %d; harmful %d (%d wrong, %d out-of-scope answered) of %d, %.2f %%; out of scope refused or referred %d of %d; choices %d",
			l, sets, s.top1, s.answerable, s.top3, harmful, s.wrong, s.outAnswered, s.answerable+s.outOfScope, s.wrongRate(), s.refused, s.outOfScope, s.choices)
		if s.top1 < lim.minRightFirst {
			t.Errorf("%s: right first %d is below its floor %d", l, s.top1, lim.minRightFirst)
		}
		if harmful > lim.maxHarmful {
			t.Errorf("%s: %d harmful replies is above its ceiling %d", l, harmful, lim.maxHarmful)
		}
		if s.choices > lim.maxChoices {
			t.Errorf("%s: %d choices is above its ceiling %d", l, s.choices, lim.maxChoices)
		}
	}
}

// A set added to the testdata but to no test would be measured by nobody.
func TestEveryEvaluationFileIsMeasured(t *testing.T) {
	asked := map[string]bool{heldOutFile: true}
	for _, f := range evalFiles {
		asked[f] = true
	}
	for _, halves := range evalSets {
		for _, h := range halves {
			asked[h.file] = true
		}
	}
	files, _ := filepath.Glob("testdata/*.tsv")
	halves, _ := filepath.Glob(trainingDir + "blind*.tsv")
	if len(files) == 0 || len(halves) == 0 {
		t.Fatalf("no evaluation files found (%d in testdata, %d tuning halves)", len(files), len(halves))
	}
	for _, f := range append(files, halves...) {
		if !asked[f] && !slices.Contains(ordinaryFiles, f) {
			t.Errorf("%s is in no evaluation", f)
		}
	}
}
