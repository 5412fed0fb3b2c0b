package handlers_test

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestAssistantIsRateLimitedPerClient(t *testing.T) {
	s, _ := newTestServer(t)
	s.AskRate = 3
	app := s.NewApp()
	for i := 0; i < 3; i++ {
		if resp, _ := get(t, app, askURL("en", "who pays for the ticket")); resp.StatusCode != 200 {
			t.Fatalf("question %d: %d", i+1, resp.StatusCode)
		}
	}
	resp, body := get(t, app, askURL("nb", "hvem betaler billetten"))
	if resp.StatusCode != 429 || resp.Header.Get("Retry-After") == "" {
		t.Fatalf("question 4: %d, Retry-After %q; want 429 with Retry-After", resp.StatusCode, resp.Header.Get("Retry-After"))
	}
	var e struct{ Error, Message string }
	if err := json.Unmarshal([]byte(body), &e); err != nil || e.Error == "" || !strings.Contains(e.Message, "Vent et minutt") {
		t.Errorf("the JSON error should carry a message in the question's language: %s", body)
	}
	resp, body = get(t, app, "/nb/ask?q=hei")
	if resp.StatusCode != 429 || !strings.Contains(body, "For mange spørsmål") || !strings.Contains(body, `lang="nb"`) {
		t.Errorf("the page: %d, want a Norwegian 429 page", resp.StatusCode)
	}
	if resp, _ := get(t, app, "/en/a/expulsion"); resp.StatusCode != 200 {
		t.Errorf("answers must not be limited: %d", resp.StatusCode)
	}
	// A forwarded address from an untrusted peer changes nothing.
	if resp, _ := get(t, app, askURL("en", "passport"), "X-Forwarded-For", "198.51.100.7"); resp.StatusCode != 429 {
		t.Errorf("an untrusted X-Forwarded-For escaped the limit: %d", resp.StatusCode)
	}
}

func TestTrustedProxyForwardedAddressIsTheClient(t *testing.T) {
	s, logs := newTestServer(t)
	s.AskRate = 1
	s.TrustedProxies = []string{"0.0.0.0"} // app.Test's peer address
	app := s.NewApp()
	for _, client := range []string{"198.51.100.7", "198.51.100.8"} {
		if resp, _ := get(t, app, askURL("en", "passport"), "X-Forwarded-For", client); resp.StatusCode != 200 {
			t.Errorf("first question from %s: %d", client, resp.StatusCode)
		}
	}
	if resp, _ := get(t, app, askURL("en", "passport"), "X-Forwarded-For", "198.51.100.7"); resp.StatusCode != 429 {
		t.Errorf("second question from the same client: %d, want 429", resp.StatusCode)
	}
	if strings.Contains(logs.String(), "198.51.100") {
		t.Error("a client address reached the log")
	}
}

func TestNoLimitWhenTheRateIsZero(t *testing.T) {
	s, _ := newTestServer(t)
	s.AskRate = 0
	app := s.NewApp()
	for i := 0; i < 50; i++ {
		if resp, _ := get(t, app, askURL("en", "passport")); resp.StatusCode != 200 {
			t.Fatalf("question %d: %d with the limit off", i+1, resp.StatusCode)
		}
	}
}
