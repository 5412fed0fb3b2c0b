package handlers_test

import (
	"io"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestReadinessTurnsUnavailableWhenDraining(t *testing.T) {
	s, _ := newTestServer(t)
	app := s.NewApp()
	if resp, _ := get(t, app, "/readyz"); resp.StatusCode != 200 {
		t.Fatalf("readyz before draining: %d", resp.StatusCode)
	}
	s.Drain()
	if resp, _ := get(t, app, "/readyz"); resp.StatusCode != 503 {
		t.Errorf("readyz while draining: %d, want 503", resp.StatusCode)
	}
	if resp, _ := get(t, app, "/healthz"); resp.StatusCode != 200 {
		t.Errorf("healthz while draining: %d, want 200 (the process is alive)", resp.StatusCode)
	}
}

// Metrics count per route pattern and status; they never carry a path or
// a query, which can say who someone is or what they asked.
func TestMetricsCountRoutesNotPaths(t *testing.T) {
	s, _ := newTestServer(t)
	app := s.NewApp()
	get(t, app, "/en/a/expulsion?name=Kari")
	get(t, app, "/nb/a/forced-return-costs")
	get(t, app, "/en/nothing-kari-nordmann")
	rec := httptest.NewRecorder()
	s.MetricsHandler().ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	body, _ := io.ReadAll(rec.Body)
	out := string(body)
	if !strings.Contains(out, `returninfo_http_requests_total{method="GET",route="/:lang/a/:id",status="200"} 2`) {
		t.Errorf("no count for the answer route:\n%s", grep(out, "returninfo_http"))
	}
	if !strings.Contains(out, `status="404"`) {
		t.Error("404s are not counted")
	}
	if !strings.Contains(out, `returninfo_http_request_duration_seconds_bucket{route="/:lang/a/:id"`) {
		t.Error("no latency histogram per route")
	}
	for _, leak := range []string{"Kari", "kari", "expulsion", "forced-return-costs"} {
		if strings.Contains(out, leak) {
			t.Errorf("metrics contain %q", leak)
		}
	}
}

func grep(s, sub string) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, sub) {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}
