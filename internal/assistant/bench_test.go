package assistant

import (
	"context"
	"sort"
	"testing"
	"time"

	"returninfo/content"
)

// BenchmarkMatch measures matching alone (analysis, bleve search,
// re-ranking) over every evaluation question, and reports the p50 and p99
// time per question.
func BenchmarkMatch(b *testing.B) {
	a, _ := realAssistant(b)
	qs := readEval(b, evalFiles...)
	ctx := context.Background()
	times := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		q := qs[i%len(qs)]
		start := time.Now()
		if _, err := a.langs[q.lang].match(ctx, q.question); err != nil {
			b.Fatal(err)
		}
		times = append(times, time.Since(start))
	}
	b.StopTimer()
	reportPercentiles(b, times)
}

// BenchmarkAsk measures a whole reply: personal data, statistics, matching
// and the reply's text.
func BenchmarkAsk(b *testing.B) {
	a, _ := realAssistant(b)
	qs := readEval(b, evalFiles...)
	ctx := context.Background()
	times := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		q := qs[i%len(qs)]
		start := time.Now()
		if _, err := a.Ask(ctx, q.lang, q.question); err != nil {
			b.Fatal(err)
		}
		times = append(times, time.Since(start))
	}
	b.StopTimer()
	reportPercentiles(b, times)
}

func reportPercentiles(b *testing.B, times []time.Duration) {
	if len(times) == 0 {
		return
	}
	sort.Slice(times, func(i, j int) bool { return times[i] < times[j] })
	at := func(p float64) float64 {
		return float64(times[int(p*float64(len(times)-1))].Microseconds())
	}
	b.ReportMetric(at(0.50), "p50-µs")
	b.ReportMetric(at(0.99), "p99-µs")
}

// BenchmarkNew measures building the assistant at start-up: the indexes,
// the language data and training the classifiers.
func BenchmarkNew(b *testing.B) {
	realAssistant(b)
	for b.Loop() {
		if _, err := New(content.FS, realA.lib, realLocs, realA.figures); err != nil {
			b.Fatal(err)
		}
	}
}
