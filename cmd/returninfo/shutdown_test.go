package main

import (
	"errors"
	"io"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
)

// On SIGTERM under load, the server finishes what it has started, refuses
// what comes after, and exits 0: no request gets a 5xx or half a page.
func TestGracefulShutdownUnderLoad(t *testing.T) {
	srv, base := startServer(t)

	var ok, refused, bad atomic.Int64
	stop := make(chan struct{})
	var wg sync.WaitGroup
	client := &http.Client{Timeout: 5 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: 16, DisableCompression: true}}
	paths := []string{"/en/", "/nb/a/forced-return-process", "/en/guide?situation=rejected", "/nb/t/dublin"}
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; ; i++ {
				select {
				case <-stop:
					return
				default:
				}
				resp, err := client.Get(base + paths[(w+i)%len(paths)])
				if err != nil {
					// After SIGTERM: refused, or the connection was closed
					// before a response began. Never half a response.
					refused.Add(1)
					continue
				}
				body, rerr := io.ReadAll(resp.Body)
				resp.Body.Close()
				want, _ := strconv.Atoi(resp.Header.Get("Content-Length"))
				if resp.StatusCode != 200 || rerr != nil || len(body) != want {
					bad.Add(1)
					t.Errorf("status %d, %d of %d bytes, %v", resp.StatusCode, len(body), want, rerr)
					continue
				}
				ok.Add(1)
			}
		}(w)
	}
	time.Sleep(700 * time.Millisecond)
	before := ok.Load()
	if err := srv.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- srv.Wait() }()
	select {
	case err := <-exited:
		if err != nil {
			t.Errorf("the server exited with %v, want status 0", err)
		}
	case <-time.After(25 * time.Second):
		t.Fatal("the server did not stop within 25 s of SIGTERM")
	}
	time.Sleep(100 * time.Millisecond)
	close(stop)
	wg.Wait()
	if _, err := net.DialTimeout("tcp", strings.TrimPrefix(base, "http://"), time.Second); err == nil || !errors.Is(err, syscall.ECONNREFUSED) {
		t.Errorf("after shutdown a new connection should be refused, got %v", err)
	}
	t.Logf("%d complete responses before SIGTERM, %d in all, %d refused after, %d bad", before, ok.Load(), refused.Load(), bad.Load())
	if before < 50 {
		t.Errorf("only %d requests before SIGTERM: the load was too light to mean anything", before)
	}
}
