package handlers_test

import (
	"bufio"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
)

// Idle keep-alive connections from one address are capped, and when the
// server is busy the idle ones are closed after BusyIdle, not the full
// idle timeout (60 s).
func TestIdleKeepAliveConnectionsFromOneAddressAreCapped(t *testing.T) {
	s, _ := newTestServer(t)
	s.ConnsPerAddress, s.BusyConns, s.BusyIdle = 20, 10, 300*time.Millisecond
	app := s.NewApp()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go func() { _ = app.Listener(s.Listener(ln)) }()
	t.Cleanup(func() { _ = app.Shutdown() })
	addr := ln.Addr().String()

	const conns = 60
	var mu sync.Mutex
	served, refused, closedIdle := 0, 0, 0
	var wg sync.WaitGroup
	start := time.Now()
	for i := 0; i < conns; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c, err := net.Dial("tcp", addr)
			if err != nil {
				mu.Lock()
				refused++
				mu.Unlock()
				return
			}
			defer c.Close()
			_ = c.SetDeadline(time.Now().Add(10 * time.Second))
			r := bufio.NewReader(c)
			if _, err := io.WriteString(c, "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n"); err != nil {
				mu.Lock()
				refused++
				mu.Unlock()
				return
			}
			resp, err := http.ReadResponse(r, nil)
			if err != nil {
				mu.Lock()
				refused++
				mu.Unlock()
				return
			}
			_, _ = io.Copy(io.Discard, resp.Body)
			mu.Lock()
			served++
			mu.Unlock()
			// Now idle, keep-alive: the server must close it soon.
			if _, err := r.ReadByte(); err != nil && !strings.Contains(err.Error(), "timeout") {
				mu.Lock()
				closedIdle++
				mu.Unlock()
			}
		}()
		time.Sleep(2 * time.Millisecond) // accept order is deterministic enough
	}
	wg.Wait()
	took := time.Since(start)
	t.Logf("%d connections: %d served, %d refused, %d idle ones closed by the server in %v", conns, served, refused, closedIdle, took.Round(time.Millisecond))
	if served > 20 || served == 0 {
		t.Errorf("%d connections served from one address, cap 20", served)
	}
	if refused < conns-20 {
		t.Errorf("%d refused, want at least %d", refused, conns-20)
	}
	if closedIdle != served || took > 5*time.Second {
		t.Errorf("%d of %d idle connections closed, after %v; want all within a few seconds", closedIdle, served, took)
	}
	// Closed connections free their place.
	resp, err := http.Get("http://" + addr + "/healthz")
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("after the idle ones went: %v %v", resp, err)
	}
	resp.Body.Close()
	refusedMetric := metricValue(scrape(t, s), "returninfo_connections_refused_total")
	if refusedMetric < float64(conns-20) {
		t.Errorf("refused metric %v", refusedMetric)
	}
}

// Methods the site does not take are 405 with Allow, not 404.
func TestOtherMethodsAre405WithAllow(t *testing.T) {
	app, _ := newTestApp(t)
	for _, m := range []string{"POST", "PUT", "DELETE", "PATCH", "OPTIONS"} {
		for _, p := range []string{"/en/", "/nb/a/expulsion", "/en/statistics/2025-05"} {
			req := httptest.NewRequest(m, p, nil)
			resp, err := app.Test(req, -1)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode != 405 || resp.Header.Get("Allow") != "GET, HEAD" {
				t.Errorf("%s %s: %d, Allow %q", m, p, resp.StatusCode, resp.Header.Get("Allow"))
			}
		}
	}
}

// q-values decide the coding: the highest acceptable wins, q=0 refuses.
func TestAcceptEncodingQValues(t *testing.T) {
	app, _ := newTestApp(t)
	cases := map[string]string{
		"br;q=0.9, gzip;q=0.1":     "br",
		"gzip;q=0.9, br;q=0.1":     "gzip",
		"br;q=0, gzip":             "gzip",
		"br;q=0, gzip;q=0":         "",
		"gzip, br":                 "br",
		"identity":                 "",
		"identity;q=1, gzip;q=0.5": "",
		"*":                        "br",
		"*;q=0.5, br;q=0":          "gzip",
		"GZIP;Q=0.8":               "gzip",
		"gzip;q=bogus":             "",
		"deflate":                  "",
		"":                         "",
	}
	for header, want := range cases {
		resp, _ := get(t, app, "/nb/a/forced-return-process", "Accept-Encoding", header)
		if got := resp.Header.Get("Content-Encoding"); got != want {
			t.Errorf("Accept-Encoding %q: %q, want %q", header, got, want)
		}
	}
}
