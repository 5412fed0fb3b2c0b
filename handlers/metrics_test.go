package handlers_test

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"

	"returninfo/handlers"
)

// scrape reads /metrics as Prometheus would, failing on anything but 200
// and a body its parser accepts.
func scrape(t testing.TB, s *handlers.Server) map[string]*dto.MetricFamily {
	t.Helper()
	rec := httptest.NewRecorder()
	s.MetricsHandler().ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	if rec.Code != 200 {
		t.Fatalf("scrape: %d: %.300s", rec.Code, rec.Body.String())
	}
	p := expfmt.NewTextParser(model.UTF8Validation)
	families, err := p.TextToMetricFamilies(strings.NewReader(rec.Body.String()))
	if err != nil {
		t.Fatalf("scrape does not parse: %v", err)
	}
	return families
}

func metricValue(families map[string]*dto.MetricFamily, name string) float64 {
	f := families[name]
	if f == nil || len(f.Metric) == 0 {
		return -1
	}
	m := f.Metric[0]
	switch {
	case m.Counter != nil:
		return m.Counter.GetValue()
	case m.Gauge != nil:
		return m.Gauge.GetValue()
	}
	return -1
}

func label(m *dto.Metric, name string) string {
	for _, l := range m.Label {
		if l.GetName() == name {
			return l.GetValue()
		}
	}
	return ""
}

// Method labels once kept a string pointing into a buffer the server
// reuses: after HEAD and DELETE they read "GETD", "GETTON", and scrapes
// failed. On a real listener, with keep-alive, the buffers are reused.
func TestMetricsLabelsStayValidAfterOddMethods(t *testing.T) {
	s, _ := newTestServer(t)
	app := s.NewApp()
	base := listen(t, app)
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 1}}
	for i := 0; i < 20; i++ {
		for _, m := range []string{"GET", "HEAD", "DELETE", "OPTIONS", "PROPFIND", "GET", "POST"} {
			for _, p := range []string{"/en/", "/nb/a/expulsion", "/en/nothing"} {
				req, _ := http.NewRequest(m, base+p, nil)
				resp, err := client.Do(req)
				if err != nil {
					t.Fatal(err)
				}
				resp.Body.Close()
			}
		}
	}
	families := scrape(t, s)
	valid := map[string]bool{"GET": true, "HEAD": true, "DELETE": true, "OPTIONS": true, "POST": true, "OTHER": true}
	seen := map[string]bool{}
	routes := map[string]bool{}
	for _, m := range families["returninfo_http_requests_total"].Metric {
		method, route := label(m, "method"), label(m, "route")
		if !valid[method] {
			t.Errorf("invalid method label %q", method)
		}
		seen[method] = true
		key := method + " " + route + " " + label(m, "status")
		if routes[key] {
			t.Errorf("duplicate series %s", key)
		}
		routes[key] = true
	}
	for _, m := range []string{"GET", "HEAD", "DELETE", "OPTIONS", "POST"} {
		if !seen[m] {
			t.Errorf("no series for %s", m)
		}
	}
	// Cache hits are labelled by their route pattern, not "/".
	if !routes["GET /:lang/a/:id 200"] || !routes["GET /:lang/ 200"] {
		t.Errorf("cache hits not labelled by route: %v", routes)
	}
	for k := range routes {
		if strings.HasPrefix(k, "GET / 200") {
			t.Errorf("a page counted under route \"/\": %s", k)
		}
	}
	if routes["POST /:lang/ 200"] {
		t.Error("POST answered 200")
	}
}
