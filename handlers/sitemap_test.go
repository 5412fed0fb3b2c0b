package handlers_test

import (
	"encoding/xml"
	"io"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
)

type sitemapDoc struct {
	URLs []struct {
		Loc   string `xml:"loc"`
		Links []struct {
			Rel      string `xml:"rel,attr"`
			Hreflang string `xml:"hreflang,attr"`
			Href     string `xml:"href,attr"`
		} `xml:"http://www.w3.org/1999/xhtml link"`
	} `xml:"url"`
}

// Every page the static export writes is in the sitemap, at its canonical
// address, with the same hreflang alternates the page itself declares; the
// export carries the sitemap and robots.txt too.
func TestSitemapListsEveryExportedPageWithAlternates(t *testing.T) {
	s, _ := newTestServer(t)
	dir := t.TempDir()
	if _, err := s.Export(dir); err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(filepath.Join(dir, "sitemap.xml"))
	if err != nil {
		t.Fatal("the export has no sitemap.xml:", err)
	}
	var sm sitemapDoc
	if err := xml.Unmarshal(raw, &sm); err != nil {
		t.Fatal("sitemap.xml is not valid XML:", err)
	}
	alternates := map[string][]string{}
	for _, u := range sm.URLs {
		if _, dup := alternates[u.Loc]; dup {
			t.Errorf("sitemap lists %s twice", u.Loc)
		}
		var alts []string
		for _, l := range u.Links {
			alts = append(alts, l.Hreflang+" "+l.Href)
		}
		slices.Sort(alts)
		alternates[u.Loc] = alts
	}
	robots, err := os.ReadFile(filepath.Join(dir, "robots.txt"))
	if err != nil || !strings.Contains(string(robots), "Sitemap: https://returinfo.example/sitemap.xml") {
		t.Errorf("robots.txt missing or without the sitemap: %q (%v)", robots, err)
	}
	pages := 0
	err = filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".html") || filepath.Base(p) == "404.html" {
			return err
		}
		f, _ := os.Open(p)
		defer f.Close()
		doc, err := goquery.NewDocumentFromReader(f)
		if err != nil {
			return err
		}
		canonical := doc.Find(`link[rel="canonical"]`).AttrOr("href", "")
		if canonical == "" {
			t.Errorf("%s: exported page without a canonical link", strings.TrimPrefix(p, dir))
			return nil
		}
		pages++
		if d := doc.Find(`meta[name="description"]`).AttrOr("content", ""); strings.TrimSpace(d) == "" {
			t.Errorf("%s: an indexed page without a meta description", strings.TrimPrefix(p, dir))
		}
		got, ok := alternates[canonical]
		if !ok {
			t.Errorf("%s: %s is not in the sitemap", strings.TrimPrefix(p, dir), canonical)
			return nil
		}
		var want []string
		doc.Find(`link[rel="alternate"][hreflang]`).Each(func(_ int, l *goquery.Selection) {
			want = append(want, l.AttrOr("hreflang", "")+" "+l.AttrOr("href", ""))
		})
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("%s: sitemap alternates %v, page declares %v", canonical, got, want)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if pages < 100 || len(sm.URLs) < pages/3 {
		t.Errorf("%d pages checked, %d sitemap entries: too few", pages, len(sm.URLs))
	}
	t.Logf("%d exported pages, %d sitemap entries", pages, len(sm.URLs))
}

// Browsers ask for /favicon.ico by habit: it leads to the icon, not a 404.
func TestFaviconIsServed(t *testing.T) {
	app, _ := newTestApp(t)
	resp, err := app.Test(httptest.NewRequest("GET", "/favicon.ico", nil), -1)
	if err != nil {
		t.Fatal(err)
	}
	loc := resp.Header.Get("Location")
	if resp.StatusCode != 301 || !strings.HasPrefix(loc, "/assets/favicon.") {
		t.Fatalf("/favicon.ico: %d to %q", resp.StatusCode, loc)
	}
	resp, err = app.Test(httptest.NewRequest("GET", loc, nil), -1)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != "image/svg+xml" || !strings.Contains(string(body), "<svg") {
		t.Errorf("icon: %d %s", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	_, page := get(t, app, "/en/")
	doc, _ := goquery.NewDocumentFromReader(strings.NewReader(page))
	if doc.Find(`link[rel="icon"][href="`+loc+`"]`).Length() != 1 {
		t.Error("pages do not name their icon")
	}
}
