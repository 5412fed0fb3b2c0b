package handlers_test

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers/gorillamux"

	"returninfo/internal/assistant"
)

// The OpenAPI document served at /api/v1/openapi.json is valid, and live
// responses of every API route, errors included, match it.
func TestAPIResponsesMatchTheOpenAPIDocument(t *testing.T) {
	app, _ := newTestApp(t)
	resp, raw := get(t, app, "/api/v1/openapi.json")
	if resp.StatusCode != 200 || resp.Header.Get("Access-Control-Allow-Origin") != "*" {
		t.Fatalf("/api/v1/openapi.json: %d, CORS %q", resp.StatusCode, resp.Header.Get("Access-Control-Allow-Origin"))
	}
	loader := openapi3.NewLoader()
	doc, err := loader.LoadFromData([]byte(raw))
	if err != nil {
		t.Fatal(err)
	}
	if err := doc.Validate(context.Background()); err != nil {
		t.Fatal("the OpenAPI document is invalid:", err)
	}
	// The documented reply kinds are the assistant's.
	kinds := doc.Components.Schemas["AskReply"].Value.Properties["kind"].Value.Enum
	var want []any
	for _, k := range assistant.Kinds {
		want = append(want, string(k))
	}
	if !slices.Equal(kinds, want) {
		t.Errorf("documented kinds %v, the assistant's %v", kinds, want)
	}
	// Workbooks are binary: checked as files (their contents are checked
	// by TestWorkbooksReadBack).
	openapi3filter.RegisterBodyDecoder("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", openapi3filter.FileBodyDecoder)
	router, err := gorillamux.NewRouter(doc)
	if err != nil {
		t.Fatal(err)
	}
	targets := []string{
		"/api/v1/stats",
		"/api/v1/stats/2025-05", "/api/v1/stats/2022-06", "/api/v1/stats/2023-11", "/api/v1/stats/2023-01",
		"/api/v1/stats/2023-11/by_nationality.csv", "/api/v1/stats/2025-05/by_destination.csv",
		"/api/v1/stats/1999-01",
		"/api/v1/stats/all.csv", "/api/v1/stats/all.csv-metadata.json", "/api/v1/stats/all-en.xlsx", "/api/v1/stats/all-nb.xlsx",
		"/api/v1/stats/2023-11/returns-nb.xlsx",
		"/api/v1/ask?lang=en&q=who+pays+for+the+ticket",
		"/api/v1/ask?lang=nb&q=hvem+betaler+billetten",
		"/api/v1/ask?lang=en&q=how+many+were+returned+in+may+2025",
		"/api/v1/ask?lang=nb&q=v%C3%A6ret+i+morgen",
		"/api/v1/ask?lang=en&q=" + strings.Repeat("x", 501),
	}
	for _, target := range targets {
		resp, body := get(t, app, target)
		req := httptest.NewRequest("GET", "http://returinfo.example"+target, nil)
		route, params, err := router.FindRoute(req)
		if err != nil {
			t.Errorf("%s: not in the document: %v", target, err)
			continue
		}
		reqInput := &openapi3filter.RequestValidationInput{Request: req, PathParams: params, Route: route,
			Options: &openapi3filter.Options{ExcludeRequestBody: true}}
		requestValid := openapi3filter.ValidateRequest(context.Background(), reqInput) == nil
		err = openapi3filter.ValidateResponse(context.Background(), &openapi3filter.ResponseValidationInput{
			RequestValidationInput: reqInput,
			Status:                 resp.StatusCode,
			Header:                 http.Header{"Content-Type": {strings.Split(resp.Header.Get("Content-Type"), ";")[0]}},
			Body:                   io.NopCloser(bytes.NewReader([]byte(body))),
			Options:                &openapi3filter.Options{IncludeResponseStatus: true},
		})
		if err != nil {
			t.Errorf("%s (%d): the response does not match the document: %v", target, resp.StatusCode, err)
		}
		if requestValid != (resp.StatusCode < 400 || resp.StatusCode == 404) {
			t.Errorf("%s: the document calls the request valid=%v, the server answered %d", target, requestValid, resp.StatusCode)
		}
	}
}

// The statistics API is public, read-only data: any site may read it, and
// caches may keep it and revalidate it with its ETag.
func TestStatisticsAPICachesAndCrossOrigin(t *testing.T) {
	app, _ := newTestApp(t)
	for _, target := range []string{"/api/v1/stats", "/api/v1/stats/2025-05", "/api/v1/stats/2025-05/by_nationality.csv"} {
		resp, _ := get(t, app, target)
		etag := resp.Header.Get("ETag")
		if resp.StatusCode != 200 || etag == "" || !strings.HasPrefix(resp.Header.Get("Cache-Control"), "public, max-age=") ||
			resp.Header.Get("Access-Control-Allow-Origin") != "*" {
			t.Errorf("%s: %d, ETag %q, Cache-Control %q, CORS %q", target, resp.StatusCode, etag,
				resp.Header.Get("Cache-Control"), resp.Header.Get("Access-Control-Allow-Origin"))
			continue
		}
		again, _ := get(t, app, target, "If-None-Match", etag)
		if again.StatusCode != 304 {
			t.Errorf("%s with If-None-Match: %d, want 304", target, again.StatusCode)
		}
	}
	// A reply to one person's question is never cached, nor offered to other sites.
	resp, _ := get(t, app, "/api/v1/ask?lang=en&q=who+pays")
	if resp.Header.Get("Cache-Control") != "no-store" || resp.Header.Get("Access-Control-Allow-Origin") != "" {
		t.Errorf("ask: Cache-Control %q, CORS %q", resp.Header.Get("Cache-Control"), resp.Header.Get("Access-Control-Allow-Origin"))
	}
}
