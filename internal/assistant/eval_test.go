package assistant

import (
	"context"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// The evaluation: every question in testdata/*.tsv, per language. It fails
// below top-1 95 %, top-3 100 %, any out-of-scope question answered, or any
// statistics figure wrong. Run with -v to see the figures; set
// ASSISTANT_EVAL_DEBUG=1 to see every question that missed.
func TestEvaluation(t *testing.T) {
	evaluate(t, evalFiles, 95, 100)
}

// The held-out set was written blind, by someone who had not seen the
// matching, its data or the curated examples (first run: top-1 95.8 % en,
// 93.8 % nb; top-3 97.9 % and 95.8 %). It is kept as a check on questions
// the matching was not built around, with floors a little below the tuned
// set's; out-of-scope and statistics questions are held to the same rules.
func TestHeldOutEvaluation(t *testing.T) {
	evaluate(t, []string{heldOutFile}, 93, 95)
}

func evaluate(t *testing.T, files []string, minTop1, minTop3 float64) {
	a, locs := realAssistant(t)
	type tally struct{ answers, top1, top3, outOfScope, refused, stats, statsRight int }
	per := map[string]*tally{}
	debug := os.Getenv("ASSISTANT_EVAL_DEBUG") != ""
	var misses []string
	var top3Misses []string
	for _, q := range readEval(t, files...) {
		tl := per[q.lang]
		if tl == nil {
			tl = &tally{}
			per[q.lang] = tl
		}
		r, err := a.Ask(context.Background(), q.lang, q.question)
		if err != nil {
			t.Fatalf("%s:%d: %v", q.file, q.line, err)
		}
		where := fmt.Sprintf("%s:%d %s %q", q.file, q.line, q.lang, q.question)
		switch {
		case q.expected == "none":
			tl.outOfScope++
			if r.Kind == KindFallback {
				tl.refused++
			} else {
				t.Errorf("%s: out of scope, but got a %s (%s)", where, r.Kind, describe(r))
			}
		case strings.HasPrefix(q.expected, "stat:"):
			tl.stats++
			want, _ := strconv.Atoi(strings.TrimPrefix(q.expected, "stat:"))
			loc, _ := locs.Get(q.lang)
			if problem := checkStatistic(r, want, loc); problem != "" {
				t.Errorf("%s: %s", where, problem)
			} else {
				tl.statsRight++
			}
		default:
			tl.answers++
			ok := strings.Split(q.expected, "|")
			var got []string
			if r.Kind == KindAnswer {
				for _, it := range r.Items {
					got = append(got, it.ID)
				}
			}
			rank := -1
			for i, id := range got {
				if slices.Contains(ok, id) {
					rank = i
					break
				}
			}
			if rank == 0 {
				tl.top1++
			}
			if rank >= 0 && rank < 3 {
				tl.top3++
			} else {
				top3Misses = append(top3Misses, fmt.Sprintf("%s: want %s in the top 3, got %s", where, q.expected, describe(r)))
			}
			if rank != 0 {
				misses = append(misses, fmt.Sprintf("%s: want %s, got %s", where, q.expected, describe(r)))
			}
		}
	}
	if debug {
		for _, m := range misses {
			t.Log("top-1 miss: " + m)
		}
	}
	langs := make([]string, 0, len(per))
	for l := range per {
		langs = append(langs, l)
	}
	slices.Sort(langs)
	for _, l := range langs {
		tl := per[l]
		top1 := pct(tl.top1, tl.answers)
		t.Logf("%s: top-1 %.1f %% (%d/%d), top-3 %.1f %% (%d/%d), out of scope refused %d/%d, statistics right %d/%d",
			l, top1, tl.top1, tl.answers, pct(tl.top3, tl.answers), tl.top3, tl.answers, tl.refused, tl.outOfScope, tl.statsRight, tl.stats)
		if top1 < minTop1 {
			t.Errorf("%s: top-1 %.1f %% is below %.0f %%", l, top1, minTop1)
		}
		if top3 := pct(tl.top3, tl.answers); top3 < minTop3 {
			t.Errorf("%s: top-3 %.1f %% is below %.0f %%:\n%s", l, top3, minTop3, strings.Join(top3Misses, "\n"))
		}
		if tl.answers == 0 || tl.outOfScope == 0 || tl.stats == 0 {
			t.Errorf("%s: the evaluation needs answers, out-of-scope and statistics questions", l)
		}
	}
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
