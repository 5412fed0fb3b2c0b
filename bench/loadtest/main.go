// Command loadtest holds a fixed request rate against a running returninfo
// for a fixed time, on a mix of pages and assistant questions, and reports
// errors, latency percentiles and the server's peak memory.
//
// Open model: requests start on a fixed schedule whether or not earlier ones
// have finished, so a slow server shows up as latency, not as a lower rate.
//
//	go run ./bench/loadtest -base http://127.0.0.1:8080 -rate 200 -duration 60s -pid 1234
package main

import (
	"flag"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

// mix is what people do, roughly: read answers and the home page, walk the
// guided flow, look at statistics, ask the assistant.
var mix = []struct {
	weight int
	path   string
}{
	{10, "/en/"},
	{10, "/nb/"},
	{15, "/nb/a/forced-return-costs"},
	{15, "/en/a/assisted-return-deadline"},
	{5, "/en/t/forced-return"},
	{10, "/en/guide?situation=rejected"},
	{5, "/nb/guide?deadline=no&situation=rejected"},
	{5, "/en/statistics"},
	{5, "/nb/statistics/2023-11"},
	{5, "/en/ask?q=" + url.QueryEscape("who pays for my ticket if I am deported")},
	{5, "/api/v1/ask?lang=nb&q=" + url.QueryEscape("kan jeg få hjelp til å reise hjem")},
	{5, "/api/v1/ask?lang=en&q=" + url.QueryEscape("how many were returned to Poland in 2023")},
	{5, "/api/v1/stats/2025-05"},
}

func main() {
	base := flag.String("base", "http://127.0.0.1:8080", "the server to load")
	rate := flag.Int("rate", 200, "requests per second")
	duration := flag.Duration("duration", 60*time.Second, "how long to hold the rate")
	pid := flag.Int("pid", 0, "the server's process ID, to read its peak memory (Linux)")
	flag.Parse()

	var schedule []string
	for _, m := range mix {
		for i := 0; i < m.weight; i++ {
			schedule = append(schedule, m.path)
		}
	}
	client := &http.Client{
		Timeout:   10 * time.Second,
		Transport: &http.Transport{MaxIdleConns: 512, MaxIdleConnsPerHost: 512, IdleConnTimeout: 30 * time.Second},
	}
	type result struct {
		latency time.Duration
		status  int
		err     bool
	}
	total := int(float64(*rate) * duration.Seconds())
	results := make([]result, total)
	var wg sync.WaitGroup
	interval := time.Second / time.Duration(*rate)
	start := time.Now()
	for i := 0; i < total; i++ {
		if d := time.Until(start.Add(time.Duration(i) * interval)); d > 0 {
			time.Sleep(d)
		}
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			t0 := time.Now()
			resp, err := client.Get(*base + schedule[i%len(schedule)])
			if err != nil {
				results[i] = result{latency: time.Since(t0), err: true}
				return
			}
			_, _ = io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			results[i] = result{latency: time.Since(t0), status: resp.StatusCode}
		}(i)
	}
	wg.Wait()
	elapsed := time.Since(start)

	var lat []time.Duration
	errors, statuses := 0, map[int]int{}
	for _, r := range results {
		lat = append(lat, r.latency)
		if r.err || r.status >= 400 {
			errors++
		}
		if !r.err {
			statuses[r.status]++
		}
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	pct := func(p float64) time.Duration { return lat[int(p*float64(len(lat)-1))] }
	fmt.Printf("requests   %d in %.1fs (target %d/s, achieved %.0f/s)\n", total, elapsed.Seconds(), *rate, float64(total)/elapsed.Seconds())
	fmt.Printf("errors     %d (transport errors and 4xx/5xx); statuses %v\n", errors, statuses)
	fmt.Printf("latency    p50 %v  p90 %v  p99 %v  max %v\n", pct(.5), pct(.9), pct(.99), lat[len(lat)-1])
	if *pid > 0 {
		if hwm, rss, err := memory(*pid); err == nil {
			fmt.Printf("memory     peak RSS %s, RSS now %s\n", hwm, rss)
		}
	}
	if errors > 0 {
		os.Exit(1)
	}
}

// memory reads the peak and current resident set size of a process.
func memory(pid int) (peak, now string, err error) {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/status")
	if err != nil {
		return "", "", err
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			peak = strings.TrimSpace(v)
		}
		if v, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			now = strings.TrimSpace(v)
		}
	}
	return peak, now, nil
}
