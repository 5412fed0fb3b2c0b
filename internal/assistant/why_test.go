package assistant

import (
	"os"
	"strings"
	"testing"
)

// TestWhy explains one question's reply: ASSISTANT_WHY="nb:hva betyr dublin".
func TestWhy(t *testing.T) {
	q := os.Getenv("ASSISTANT_WHY")
	if q == "" {
		t.Skip("set ASSISTANT_WHY=lang:question")
	}
	a, _ := realAssistant(t)
	lang, text, _ := strings.Cut(q, ":")
	u, err := a.understand(t.Context(), lang, text)
	if err != nil {
		t.Fatal(err)
	}
	if u.match != nil {
		m := u.match
		t.Logf("evidence: core %d, answers %v, cautioned %v, referral %d (%d)", m.ev.core, m.ev.answers, m.ev.cautioned, m.ev.referral, m.ev.refStrength)
		for _, h := range m.hits {
			t.Logf("hit %s score %.3f coverage %.2f", h.id, h.score, h.coverage)
		}
		if cands := rank(*m, fitted); len(cands) > 0 {
			margin := 1.0
			if len(cands) > 1 {
				margin = 1 - cands[1].score/cands[0].score
			}
			x := signalsOf(*m, cands, margin)
			for i, v := range x {
				t.Logf("signal %-28s %.3f × %+.3f", signalNames[i], v, fitted.model.weights[i])
			}
		}
		t.Logf("decision %+v", decide(*m, fitted))
	}
	r, _ := a.Ask(t.Context(), lang, text)
	t.Logf("reply %s %q %q", describe(r), r.Title, r.Text)
}
