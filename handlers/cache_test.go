package handlers_test

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/url"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"github.com/andybalholm/brotli"

	"returninfo/internal/guide"
)

func TestReleasePagesAreCachedWithETagAndRevalidate(t *testing.T) {
	app, _ := newTestApp(t)
	for _, path := range []string{"/en/", "/nb/a/expulsion", "/en/t/dublin", "/nb/statistics/2025-05", "/en/guide?situation=rejected"} {
		first, body := get(t, app, path)
		etag := first.Header.Get("ETag")
		if etag == "" || !strings.Contains(first.Header.Get("Cache-Control"), "public") {
			t.Errorf("%s: ETag %q, Cache-Control %q", path, etag, first.Header.Get("Cache-Control"))
			continue
		}
		second, body2 := get(t, app, path)
		if second.Header.Get("ETag") != etag || body2 != body {
			t.Errorf("%s: the second answer differs from the first", path)
		}
		revalidated, empty := get(t, app, path, "If-None-Match", etag)
		if revalidated.StatusCode != 304 || empty != "" {
			t.Errorf("%s: If-None-Match gives %d with %d bytes, want 304 and nothing", path, revalidated.StatusCode, len(empty))
		}
		if stale, _ := get(t, app, path, "If-None-Match", `"other"`); stale.StatusCode != 200 {
			t.Errorf("%s: a stale ETag gives %d, want 200", path, stale.StatusCode)
		}
	}
}

// Pages are sent compressed to clients that accept it, with the same content.
func TestPagesAreCompressedWithBrotliOrGzip(t *testing.T) {
	app, _ := newTestApp(t)
	_, plain := get(t, app, "/nb/a/forced-return-process")
	resp, br := get(t, app, "/nb/a/forced-return-process", "Accept-Encoding", "gzip, deflate, br")
	if resp.Header.Get("Content-Encoding") != "br" || !strings.Contains(resp.Header.Get("Vary"), "Accept-Encoding") {
		t.Fatalf("Content-Encoding %q, Vary %q", resp.Header.Get("Content-Encoding"), resp.Header.Get("Vary"))
	}
	if got, _ := io.ReadAll(brotli.NewReader(strings.NewReader(br))); string(got) != plain {
		t.Error("the brotli body is not the page")
	}
	resp, gz := get(t, app, "/nb/a/forced-return-process", "Accept-Encoding", "gzip")
	if resp.Header.Get("Content-Encoding") != "gzip" {
		t.Fatalf("Content-Encoding %q, want gzip", resp.Header.Get("Content-Encoding"))
	}
	r, err := gzip.NewReader(strings.NewReader(gz))
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := io.ReadAll(r); string(got) != plain {
		t.Error("the gzip body is not the page")
	}
	if resp, _ := get(t, app, "/nb/a/forced-return-process", "Accept-Encoding", "br;q=0, gzip;q=0"); resp.Header.Get("Content-Encoding") != "" {
		t.Errorf("q=0 refuses an encoding, got %q", resp.Header.Get("Content-Encoding"))
	}
	// Not cached, still compressed: a 404 page.
	if resp, _ := get(t, app, "/nb/nothing", "Accept-Encoding", "gzip"); resp.Header.Get("Content-Encoding") != "gzip" {
		t.Errorf("the 404 page is not compressed: %q", resp.Header.Get("Content-Encoding"))
	}
}

// Only canonical addresses are stored: varying a query string must not
// grow the cache or be served as a cached page.
func TestOtherSpellingsOfAnAddressAreNotCached(t *testing.T) {
	app, _ := newTestApp(t)
	for _, path := range []string{"/en/a/expulsion?utm=1", "/en/statistics/2023-11/nationality?sort=bogus", "/nb/guide?step=situation"} {
		resp, _ := get(t, app, path)
		if resp.Header.Get("ETag") != "" || strings.Contains(resp.Header.Get("Cache-Control"), "public") {
			t.Errorf("%s was cached (ETag %q, Cache-Control %q)", path, resp.Header.Get("ETag"), resp.Header.Get("Cache-Control"))
		}
	}
}

// gzipSize is what a page costs on the wire.
func gzipSize(b []byte) int {
	var buf bytes.Buffer
	w, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	_, _ = w.Write(b)
	_ = w.Close()
	return buf.Len()
}

// The budget: every page with its CSS and JavaScript at most 30 KB
// compressed, for people on slow, expensive connections.
func TestEveryPageFitsTheBudget(t *testing.T) {
	const budget = 30 * 1024
	s, _ := newTestServer(t)
	app := s.NewApp()
	var pages []string
	for _, lang := range s.Answers.Languages() {
		pages = append(pages, "/"+lang+"/", "/"+lang+"/accessibility", "/"+lang+"/guide", "/"+lang+"/statistics", "/"+lang+"/ask")
		for _, id := range s.Answers.IDs() {
			pages = append(pages, "/"+lang+"/a/"+id)
		}
		for _, topic := range s.Answers.Topics(lang) {
			pages = append(pages, "/"+lang+"/t/"+topic.ID)
		}
		for _, r := range s.Stats.Reports() {
			p := "/" + lang + "/statistics/" + r.Period
			pages = append(pages, p, p+"/nationality", p+"/destination")
		}
		pages = append(pages, guideStates(s.Guide, lang)...)
	}
	largest, largestPath := 0, ""
	for _, p := range pages {
		resp, body := get(t, app, p)
		if resp.StatusCode != 200 {
			t.Errorf("%s: %d", p, resp.StatusCode)
			continue
		}
		total := gzipSize([]byte(body))
		doc, _ := goquery.NewDocumentFromReader(strings.NewReader(body))
		doc.Find(`link[rel=stylesheet], script[src]`).Each(func(_ int, sel *goquery.Selection) {
			_, asset := get(t, app, sel.AttrOr("href", sel.AttrOr("src", "")))
			total += gzipSize([]byte(asset))
		})
		if total > budget {
			t.Errorf("%s: %d bytes compressed with its CSS and JavaScript, over the %d budget", p, total, budget)
		}
		if total > largest {
			largest, largestPath = total, p
		}
	}
	t.Logf("%d pages; the largest is %s at %d bytes compressed (budget %d)", len(pages), largestPath, largest, budget)
}

// guideStates lists the address of every question and outcome of the
// guided flow, walking its graph.
func guideStates(f *guide.Flow, lang string) []string {
	var out []string
	var walk func(v url.Values)
	walk = func(v url.Values) {
		st := f.Resolve(v)
		out = append(out, "/"+lang+"/guide?"+st.Query())
		if st.Outcome() != nil {
			return
		}
		q := st.Current()
		for _, o := range q.Options {
			next := url.Values{}
			for k, vals := range v {
				next[k] = vals
			}
			next.Set(q.ID, o.ID)
			walk(next)
		}
	}
	walk(url.Values{})
	return out
}
