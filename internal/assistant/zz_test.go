package assistant

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestZZMisses(t *testing.T) {
	if os.Getenv("ZZ") == "" {
		t.Skip()
	}
	a, _ := realAssistant(t)
	for _, q := range readEval(t, "testdata/blind4-a.tsv", "testdata/blind3-a.tsv", "testdata/blind2-tune.tsv") {
		if strings.HasPrefix(q.expected, "stat:") || strings.HasPrefix(q.expected, "lang:") {
			continue
		}
		if _, ok := a.langs[q.lang]; !ok {
			continue
		}
		u, _ := a.understand(t.Context(), q.lang, q.question)
		if u.match == nil {
			continue
		}
		m := *u.match
		d := decide(m, fitted)
		want := strings.Split(q.expected, "|")
		cls := ""
		out := q.expected == "none" || strings.HasPrefix(q.expected, "out:")
		rightIn := func(ids []string) bool {
			for _, id := range ids {
				for _, w := range want {
					if id == w {
						return true
					}
				}
			}
			return false
		}
		switch {
		case out && d.kind == KindAnswer:
			cls = "OOS-ANSWERED"
		case out:
			continue
		case d.kind == KindAnswer && rightIn(d.ids[:1]):
			continue
		case d.kind == KindAnswer:
			cls = "WRONG"
		case d.kind == KindChoice && rightIn(d.ids):
			cls = "choice-ok"
		case d.kind == KindChoice:
			cls = "choice-bad"
		case m.ev.core == 0:
			cls = "no-core"
		default:
			cls = "low-conf"
		}
		best := ""
		if len(m.hits) > 0 {
			best = fmt.Sprintf("%s cov %.2f", m.hits[0].id, m.hits[0].coverage)
		}
		fmt.Printf("%s\t%s\t%s\tconf %.2f core %d ev %v hit0 %s\t%q\n", cls, q.lang, q.expected, d.confidence, m.ev.core, m.ev.answers, best, q.question)
	}
}
