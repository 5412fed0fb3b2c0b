package main

import (
	"io"
	"net/http"
	"strconv"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
)

// During the drain after SIGTERM every response says Connection: close, so
// clients on keep-alive connections move away before the listener closes.
// A client here leaves once told to (as a load balancer stops sending to a
// copy that is going away); then no request is lost: before, exactly one
// request per keep-alive connection failed when the listener closed.
func TestDrainUnderKeepAliveLoadLosesNoRequest(t *testing.T) {
	srv, base := startServer(t, "-drain", "1s", "-public-url", "https://returinfo.example", "-access-log=false")

	var ok, lost, told atomic.Int64
	var wg sync.WaitGroup
	paths := []string{"/en/", "/nb/a/forced-return-process", "/en/guide?situation=rejected", "/nb/t/dublin"}
	const workers = 8
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			// One keep-alive connection per worker, as a browser or proxy keeps.
			client := &http.Client{Timeout: 5 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: 1, DisableCompression: true}}
			for i := 0; ; i++ {
				resp, err := client.Get(base + paths[(w+i)%len(paths)])
				if err != nil {
					lost.Add(1)
					t.Errorf("worker %d: %v", w, err)
					return
				}
				body, rerr := io.ReadAll(resp.Body)
				resp.Body.Close()
				want, _ := strconv.Atoi(resp.Header.Get("Content-Length"))
				if resp.StatusCode != 200 || rerr != nil || len(body) != want {
					lost.Add(1)
					t.Errorf("status %d, %d of %d bytes, %v", resp.StatusCode, len(body), want, rerr)
					return
				}
				ok.Add(1)
				if resp.Close {
					told.Add(1)
					return // told to go elsewhere
				}
			}
		}(w)
	}
	// Load first: on a busy machine that takes longer than on an idle one.
	for wait := time.Now(); ok.Load() < 100 && time.Since(wait) < 20*time.Second; {
		time.Sleep(20 * time.Millisecond)
	}
	before := ok.Load()
	if err := srv.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- srv.Wait() }()
	select {
	case err := <-exited:
		if err != nil {
			t.Errorf("the server exited with %v, want 0", err)
		}
	case <-time.After(25 * time.Second):
		t.Fatal("the server did not stop within 25 s of SIGTERM")
	}
	wg.Wait()
	t.Logf("%d responses before SIGTERM, %d in all, %d workers told to leave, %d lost", before, ok.Load(), told.Load(), lost.Load())
	if before < 50 {
		t.Errorf("only %d requests before SIGTERM: too light to mean anything", before)
	}
	if told.Load() != workers || lost.Load() != 0 {
		t.Errorf("%d of %d workers told to leave, %d requests lost", told.Load(), workers, lost.Load())
	}
}
