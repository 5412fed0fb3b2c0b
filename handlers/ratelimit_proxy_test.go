package handlers_test

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"testing"

	"returninfo/handlers"
)

// Behind a trusted proxy a client can put anything left of the address
// the proxy appends; a new made-up prefix per request must not be a new
// client. 45 questions against a limit of 30: 15 are refused.
func TestRateLimitHoldsWithForgedForwardedPrefixes(t *testing.T) {
	s, _ := newTestServer(t)
	s.AskRate = 30
	s.TrustedProxies = []string{"0.0.0.0", "10.0.0.0/8"} // app.Test's peer, and an inner proxy
	app := s.NewApp()
	cases := map[string]func(i int) []string{
		"one proxy": func(i int) []string { return []string{fmt.Sprintf("198.51.100.%d, 203.0.113.9", i)} },
		"two proxies": func(i int) []string {
			return []string{fmt.Sprintf("garbage-%d, 192.0.2.%d, 203.0.113.10, 10.1.2.3", i, i)}
		},
		"header lines": func(i int) []string { return []string{fmt.Sprintf("192.0.2.%d", i), "203.0.113.11"} },
	}
	for name, forwarded := range cases {
		limited := 0
		for i := 0; i < 45; i++ {
			req := httptest.NewRequest(http.MethodGet, askURL("en", "passport"), nil)
			for _, v := range forwarded(i) {
				req.Header.Add("X-Forwarded-For", v)
			}
			resp, err := app.Test(req, -1)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode == 429 {
				limited++
			} else if resp.StatusCode != 200 {
				t.Fatalf("%s: %d", name, resp.StatusCode)
			}
		}
		if limited != 15 {
			t.Errorf("%s: %d of 45 limited, want 15", name, limited)
		}
	}
}

func TestMalformedTrustedProxiesAreRefused(t *testing.T) {
	for _, bad := range []string{"10.0.0.0/33", "proxy.example", "10.0.0.256", ""} {
		if _, err := handlers.ParseTrustedProxies([]string{bad}); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
	if p, err := handlers.ParseTrustedProxies([]string{"10.0.0.1", "192.168.0.0/16", "::1", "fd00::/8"}); err != nil || len(p) != 4 {
		t.Errorf("valid entries: %v, %v", p, err)
	}
}
