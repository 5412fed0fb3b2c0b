package main

import (
	"bytes"
	"strings"
	"sync"
	"testing"
	"time"
)

type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}
func (l *lockedBuffer) String() string { l.mu.Lock(); defer l.mu.Unlock(); return l.b.String() }

// Lines reach the output within the interval, whole, and all of them by Close.
func TestBufferedLogFlushesOnTimeAndOnClose(t *testing.T) {
	var out lockedBuffer
	b := newBufferedLog(&out, 20*time.Millisecond)
	b.Write([]byte("first\n"))
	deadline := time.Now().Add(2 * time.Second)
	for !strings.Contains(out.String(), "first\n") {
		if time.Now().After(deadline) {
			t.Fatal("a line was not flushed within the interval")
		}
		time.Sleep(5 * time.Millisecond)
	}
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() { defer wg.Done(); b.Write([]byte("line from a request\n")) }()
	}
	wg.Wait()
	b.Close()
	if got := strings.Count(out.String(), "line from a request\n"); got != 50 {
		t.Errorf("%d of 50 lines written by Close", got)
	}
}

// RETURNINFO_ACCESS_LOG takes any spelling of a boolean; nonsense is a
// problem that stops the start, not a silent default.
func TestEnvBool(t *testing.T) {
	for value, want := range map[string]bool{"false": false, "0": false, "FALSE": false, "true": true, "1": true, "": true} {
		t.Setenv("RETURNINFO_ACCESS_LOG", value)
		e := &envReader{}
		if got := e.boolean("RETURNINFO_ACCESS_LOG", true); got != want || len(e.problems) > 0 {
			t.Errorf("%q: got %v, want %v (%v)", value, got, want, e.problems)
		}
	}
	t.Setenv("RETURNINFO_ACCESS_LOG", "nonsense")
	e := &envReader{}
	if e.boolean("RETURNINFO_ACCESS_LOG", true); len(e.problems) != 1 || !strings.Contains(e.problems[0], "RETURNINFO_ACCESS_LOG") {
		t.Errorf("nonsense: %v", e.problems)
	}
}
