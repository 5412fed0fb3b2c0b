package handlers_test

import (
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
)

// The static export must be a working site: every page in it, and every
// link and asset those pages use resolves to an exported file, except the
// steps that need the server (guide answers and assistant replies, which
// carry a query string).
func TestExportIsACompleteStaticSite(t *testing.T) {
	s, _ := newTestServer(t)
	dir := t.TempDir()
	n, err := s.Export(dir)
	if err != nil {
		t.Fatal(err)
	}
	exists := func(p string) bool {
		for _, f := range []string{filepath.FromSlash(p), filepath.Join(filepath.FromSlash(p), "index.html"), filepath.Join(filepath.FromSlash(p), "index.json")} {
			if st, err := os.Stat(filepath.Join(dir, f)); err == nil && !st.IsDir() {
				return true
			}
		}
		return false
	}
	for _, lang := range s.Answers.Languages() {
		for _, id := range s.Answers.IDs() {
			a, _ := s.Answers.Answer(lang, id)
			if !exists("/"+lang+"/a/"+id) || !exists(a.CanonicalPath()) {
				t.Errorf("answer %s/%s is not exported at its stable and canonical addresses", lang, id)
			}
		}
	}
	pages, links := 0, 0
	err = filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".html") {
			return err
		}
		pages++
		f, _ := os.Open(p)
		defer f.Close()
		doc, err := goquery.NewDocumentFromReader(f)
		if err != nil {
			return err
		}
		doc.Find("a[href^='/'], link[href^='/'], script[src^='/']").Each(func(_ int, sel *goquery.Selection) {
			href := sel.AttrOr("href", sel.AttrOr("src", ""))
			target, query, _ := strings.Cut(strings.SplitN(href, "#", 2)[0], "?")
			if query != "" && (strings.HasSuffix(target, "/guide") || strings.HasSuffix(target, "/ask")) {
				return // needs the server
			}
			if query != "" && strings.Contains(target, "/statistics/") {
				return // a sort order: the exported table is in the report's order
			}
			links++
			if target != "/" && !exists(path.Clean(target)) {
				t.Errorf("%s links %s, which the export lacks", strings.TrimPrefix(p, dir), href)
			}
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d files, %d pages, %d internal links checked", n, pages, links)
	if pages < 100 {
		t.Errorf("only %d pages exported", pages)
	}
}
