package handlers_test

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// Any path and query string, across every route: never a 5xx, never a
// script reflected. Covers the flow's query parameters, statistics periods
// and sort orders, answer IDs and slugs, and the assistant's questions.
func FuzzRequest(f *testing.F) {
	for _, seed := range [][2]string{
		{"/en/guide", "situation=rejected&deadline=no"},
		{"/nb/guide", "step=deadline&situation=rejected"},
		{"/en/statistics/2023-11/nationality", "sort=total&order=desc"},
		{"/nb/statistics/2025-13", ""},
		{"/en/a/expulsion/old-slug", "x=1"},
		{"/api/v1/ask", "lang=nb&q=hvor+mange+i+mai+2025"},
		{"/api/v1/stats/2022-06/by_nationality.csv", ""},
		{"/nb/ask", "q=%3Cscript%3E"},
	} {
		f.Add(seed[0], seed[1])
	}
	s, _ := newTestServer(f)
	app := s.NewApp()
	f.Fuzz(func(t *testing.T, path, query string) {
		if !strings.HasPrefix(path, "/") || strings.ContainsAny(path, " \r\n\t#?") || len(path)+len(query) > 3000 {
			return // not something a client can put in a request line
		}
		target := path
		if query != "" {
			target += "?" + strings.NewReplacer(" ", "+", "\r", "", "\n", "", "#", "%23").Replace(query)
		}
		req, err := http.NewRequest(http.MethodGet, "http://x"+target, nil)
		if err != nil {
			return
		}
		resp, err := app.Test(httptest.NewRequest(http.MethodGet, req.URL.RequestURI(), nil), -1)
		if err != nil {
			return // refused before a handler ran (malformed request line)
		}
		defer resp.Body.Close()
		if resp.StatusCode >= 500 {
			t.Fatalf("%s: status %d", target, resp.StatusCode)
		}
	})
}
