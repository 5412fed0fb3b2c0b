package handlers_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"
)

// hostileTargets are pages of every kind; every parameter gets every payload.
var hostileTargets = []string{
	"/", "/en/", "/nb/a/expulsion", "/en/a/expulsion/slug", "/nb/t/dublin",
	"/en/guide", "/nb/guide?situation=rejected", "/en/accessibility",
	"/en/statistics", "/nb/statistics/2023-11", "/en/statistics/2023-11/nationality",
	"/api/v1/stats", "/api/v1/stats/2025-05", "/api/v1/stats/2025-05/by_nationality.csv",
	"/en/ask", "/api/v1/ask?lang=en",
}

var payloads = []string{
	`<script>alert(1)</script>`,
	`"><svg onload=alert(1)>`,
	`javascript:alert(1)`,
	"\xff\xfe\xfd",
	"../../../../etc/passwd",
	strings.Repeat("A", 1500),
	"%00%0d%0aSet-Cookie:%20x=1",
	"{{.}}{{template \"x\"}}",
}

// Nothing a visitor sends may cause a 5xx or come back unescaped.
func TestHostileInputNeverCausesA5xxOrIsReflected(t *testing.T) {
	app, _ := newTestApp(t)
	check := func(target string) {
		t.Helper()
		resp, body := get(t, app, target)
		if resp.StatusCode >= 500 {
			t.Errorf("%.120s: status %d", target, resp.StatusCode)
		}
		for _, raw := range []string{"<script>alert", "<svg onload", "\xff\xfe", "Set-Cookie: x=1"} {
			if strings.Contains(body, raw) {
				t.Errorf("%.120s: the response contains %q unescaped", target, raw)
			}
		}
		if resp.Header.Get("Set-Cookie") != "" {
			t.Errorf("%.120s: a cookie was set", target)
		}
	}
	for _, target := range hostileTargets {
		u, _ := url.Parse(target)
		for _, p := range payloads {
			for _, name := range []string{"q", "lang", "sort", "order", "step", "situation", "deadline", "slug", p} {
				v := u.Query()
				v.Set(name, p)
				check(u.Path + "?" + v.Encode())
			}
			// The payload as a path segment, escaped and raw.
			check(u.Path + "/" + url.PathEscape(p))
		}
	}
	// Path tricks.
	for _, target := range []string{
		"/../../etc/passwd", "/en/../../etc/passwd", "/en/a/..%2f..%2fetc%2fpasswd", "/%2e%2e/%2e%2e/etc/passwd",
		"/assets/../go.mod", "/assets/..%2fgo.mod", "/en/a/%00", "/en/a/%ff", "//evil.example/", "/en//a//expulsion",
		"/en/guide?" + strings.Repeat("situation=rejected&", 150),
		"/en/guide?" + strings.Repeat("%", 100), "/en/statistics/9999-99", "/en/statistics/../../etc",
	} {
		check(target)
		if _, body := get(t, app, target); strings.Contains(body, "module returninfo") || strings.Contains(body, "root:") {
			t.Errorf("%s: a file from disk was served", target)
		}
	}
}

// A request line or headers beyond the server's buffer get a 4xx, and the
// server goes on serving.
func TestOversizedRequestsAreRefused(t *testing.T) {
	app, _ := newTestApp(t)
	base := listen(t, app)
	for _, target := range []string{
		"/en/guide?situation=" + strings.Repeat("x", 64*1024),
		"/en/" + strings.Repeat("a/", 8*1024),
	} {
		resp, err := http.Get(base + target)
		if err != nil {
			t.Fatalf("%.60s…: %v", target, err)
		}
		resp.Body.Close()
		if resp.StatusCode < 400 || resp.StatusCode >= 500 {
			t.Errorf("%.60s…: status %d, want 4xx", target, resp.StatusCode)
		}
	}
	req, _ := http.NewRequest(http.MethodGet, base+"/en/", nil)
	req.Header.Set("X-Filler", strings.Repeat("y", 32*1024))
	if resp, err := http.DefaultClient.Do(req); err == nil {
		resp.Body.Close()
		if resp.StatusCode < 400 || resp.StatusCode >= 500 {
			t.Errorf("32 KB of headers: status %d, want 4xx", resp.StatusCode)
		}
	}
	if resp, err := http.Get(base + "/healthz"); err != nil || resp.StatusCode != 200 {
		t.Fatalf("the server stopped serving after oversized requests: %v", err)
	}
}
