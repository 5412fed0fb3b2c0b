package handlers_test

import (
	"io"
	"net/http"
	"net/http/httptest"

	"fmt"
	"github.com/gofiber/fiber/v2"
	"math/rand/v2"
	"runtime"
	"strings"
	"testing"
)

// randomCase spells a path with letters in random case, at least one
// changed, so it is another spelling of the same address.
func randomCase(r *rand.Rand, p string) string {
	for {
		b := []byte(p)
		for i, c := range b {
			if c >= 'a' && c <= 'z' && r.IntN(2) == 0 {
				b[i] = c - 32
			}
		}
		if string(b) != p || !strings.ContainsAny(p, "abcdefghijklmnopqrstuvwxyz") {
			return string(b)
		}
	}
}

// getHost is get with a Host header (net/http takes it from req.Host).
func getHost(t testing.TB, app *fiber.App, target, host string, headers ...string) (*http.Response, string) {
	t.Helper()
	req := httptest.NewRequest(http.MethodGet, target, nil)
	req.Host = host
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	resp, err := app.Test(req, -1)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	return resp, string(b)
}

func heapInUse() uint64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapInuse
}

// Thousands of spellings of the release pages (letter case, trailing
// slashes, Host headers) neither grow the cache nor cost a render: they are
// redirected to the one canonical address or refused.
func TestNobodyCanFillThePageCache(t *testing.T) {
	s, _ := newTestServer(t)
	const budget = 8 << 20
	s.CacheBytes = budget
	app := s.NewApp()
	pages := []string{"/en/", "/nb/", "/en/accessibility", "/nb/a/expulsion", "/en/a/forced-return-costs",
		"/en/t/dublin", "/en/statistics", "/en/statistics/2025-05", "/en/statistics/2025-05/nationality", "/nb/statistics/2023-11/destination"}
	for _, p := range pages {
		if resp, _ := get(t, app, p); resp.StatusCode != 200 || resp.Header.Get("ETag") == "" {
			t.Fatalf("%s: %d, ETag %q", p, resp.StatusCode, resp.Header.Get("ETag"))
		}
	}
	before := scrape(t, s)
	bytesBefore, entriesBefore := metricValue(before, "returninfo_page_cache_bytes"), metricValue(before, "returninfo_page_cache_entries")
	rendersBefore := metricValue(before, "returninfo_page_renders_total")
	if entriesBefore != float64(len(pages)) || bytesBefore <= 0 {
		t.Fatalf("after %d pages: %v entries, %v bytes", len(pages), entriesBefore, bytesBefore)
	}
	heapBefore := heapInUse()

	r := rand.New(rand.NewPCG(1, 2))
	redirected, refused := 0, 0
	const variants = 5000
	for i := 0; i < variants; i++ {
		p := pages[i%len(pages)]
		var target string
		host := "example.com"
		switch i % 3 {
		case 0:
			target = randomCase(r, p)
		case 1:
			target = strings.TrimSuffix(p, "/") + strings.Repeat("/", 1+r.IntN(3))
			if p == "/en/" || p == "/nb/" {
				target = strings.TrimSuffix(p, "/")
			}
		case 2:
			target = p
			host = fmt.Sprintf("h%d.attacker.example", i)
		}
		resp, body := getHost(t, app, target, host, "Accept-Encoding", "identity")
		switch {
		case resp.StatusCode == 301:
			if loc := resp.Header.Get("Location"); loc != p {
				t.Fatalf("%s redirects to %q, want %q", target, loc, p)
			}
			redirected++
		case resp.StatusCode == 404:
			refused++
		case resp.StatusCode == 200 && target == p:
			if strings.Contains(body, "attacker") {
				t.Fatalf("the Host header reached a cached page")
			}
		default:
			t.Fatalf("%s (Host %s): %d", target, host, resp.StatusCode)
		}
	}
	after := scrape(t, s)
	heapAfter := heapInUse()
	t.Logf("%d variants: %d redirected, %d refused; cache %v -> %v bytes, %v -> %v entries; heap in use %.1f -> %.1f MB",
		variants, redirected, refused, bytesBefore, metricValue(after, "returninfo_page_cache_bytes"),
		entriesBefore, metricValue(after, "returninfo_page_cache_entries"), float64(heapBefore)/1e6, float64(heapAfter)/1e6)
	if got := metricValue(after, "returninfo_page_cache_entries"); got != entriesBefore {
		t.Errorf("the cache grew from %v to %v entries", entriesBefore, got)
	}
	if got := metricValue(after, "returninfo_page_cache_bytes"); got != bytesBefore || got > budget {
		t.Errorf("cache bytes %v, before %v, budget %d", got, bytesBefore, budget)
	}
	if got := metricValue(after, "returninfo_page_renders_total"); got != rendersBefore {
		t.Errorf("variants cost %v renders, want none", got-rendersBefore)
	}
	if heapAfter > heapBefore+16<<20 {
		t.Errorf("heap grew from %d to %d bytes", heapBefore, heapAfter)
	}
	if redirected == 0 {
		t.Error("no variant was redirected")
	}
}

// A spelling never requested before is redirected without a render, even
// when its page is not in the cache yet.
func TestANeverSeenSpellingCostsNoRender(t *testing.T) {
	s, _ := newTestServer(t)
	app := s.NewApp()
	rendersBefore := metricValue(scrape(t, s), "returninfo_page_renders_total")
	for _, p := range []string{"/EN/StAtIsTiCs/2025-05/NATIONALITY", "/nb/a/expulsion/", "/en/Accessibility", "/NB"} {
		resp, _ := get(t, app, p)
		if resp.StatusCode != 301 {
			t.Errorf("%s: %d, want 301", p, resp.StatusCode)
		}
	}
	if got := metricValue(scrape(t, s), "returninfo_page_renders_total"); got != rendersBefore {
		t.Errorf("%v renders for redirects", got-rendersBefore)
	}
}

// The cache is bounded by bytes: a budget smaller than the site stops
// adding, and pages are still served whole.
func TestPageCacheStaysWithinItsByteBudget(t *testing.T) {
	s, _ := newTestServer(t)
	const budget = 100 << 10
	s.CacheBytes = budget
	app := s.NewApp()
	for _, p := range s.ExportPaths() {
		if strings.HasPrefix(p, "/api/") || p == "/" || strings.HasPrefix(p, "/assets") {
			continue
		}
		if resp, _ := get(t, app, p); resp.StatusCode != 200 {
			t.Fatalf("%s: %d", p, resp.StatusCode)
		}
	}
	if got := metricValue(scrape(t, s), "returninfo_page_cache_bytes"); got > budget || got <= 0 {
		t.Errorf("cache holds %v bytes, budget %d", got, budget)
	}
}

// Without a public URL, pages carry links made from the Host header: then
// no page is cached, so no Host can reach another person's page.
func TestWithoutAPublicURLNothingIsCached(t *testing.T) {
	s, _ := newTestServer(t)
	s.PublicURL = ""
	app := s.NewApp()
	_, evil := getHost(t, app, "/en/a/expulsion", "evil.example")
	if !strings.Contains(evil, "evil.example") {
		t.Fatal("the test needs a page whose links come from the Host header")
	}
	_, good := getHost(t, app, "/en/a/expulsion", "good.example")
	if strings.Contains(good, "evil.example") {
		t.Error("a page built for one Host was served to another")
	}
	if got := metricValue(scrape(t, s), "returninfo_page_cache_entries"); got != 0 {
		t.Errorf("%v pages cached without a public URL", got)
	}
}

// Pages only reachable by a route (not in the export) redirect too.
func TestSpellingsOfEveryLanguageRouteRedirect(t *testing.T) {
	app, _ := newTestApp(t)
	for p, want := range map[string]string{"/EN/ASK?q=passport": "/en/ask?q=passport", "/nb/Guide/?situation=rejected": "/nb/guide?situation=rejected", "/READYZ": "/readyz"} {
		resp, _ := get(t, app, p)
		if resp.StatusCode != 301 || resp.Header.Get("Location") != want {
			t.Errorf("%s: %d to %q, want 301 to %q", p, resp.StatusCode, resp.Header.Get("Location"), want)
		}
	}
}

// Addresses that are no page at all get the not-found page, rendered once
// per language: inventing addresses costs no render either.
func TestUnknownAddressesCostNoRender(t *testing.T) {
	s, _ := newTestServer(t)
	app := s.NewApp()
	for _, p := range []string{"/en/a/nothing-0", "/nb/a/nothing-0", "/zz/nothing-0"} {
		get(t, app, p, "Accept-Language", "nb")
	}
	before := metricValue(scrape(t, s), "returninfo_page_renders_total")
	for i := 1; i < 200; i++ {
		for p, want := range map[string]string{
			fmt.Sprintf("/en/a/nothing-%d", i):       `lang="en"`,
			fmt.Sprintf("/nb/nothing/%d", i):         `lang="nb"`,
			fmt.Sprintf("/zz/nothing-%d?x=%d", i, i): `lang="nb"`,
		} {
			resp, body := get(t, app, p, "Accept-Language", "nb")
			if resp.StatusCode != 404 || !strings.Contains(body, want) || resp.Header.Get("ETag") != "" {
				t.Fatalf("%s: %d, ETag %q, want 404 with %s", p, resp.StatusCode, resp.Header.Get("ETag"), want)
			}
			if strings.HasPrefix(p, "/zz/") && !strings.Contains(resp.Header.Get("Vary"), "Accept-Language") {
				t.Fatalf("%s: Vary %q", p, resp.Header.Get("Vary"))
			}
		}
	}
	if after := metricValue(scrape(t, s), "returninfo_page_renders_total"); after != before {
		t.Errorf("%v renders for unknown addresses", after-before)
	}
	if resp, body := get(t, app, "/en/a/nothing-x", "Accept-Encoding", "gzip"); resp.StatusCode != 404 || resp.Header.Get("Content-Encoding") != "gzip" || len(body) == 0 {
		t.Errorf("compressed 404: %d %q", resp.StatusCode, resp.Header.Get("Content-Encoding"))
	}
}
