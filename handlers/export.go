package handlers

import (
	"errors"
	"fmt"
	"io"
	"net/http/httptest"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"returninfo/views"
)

// pageSet is one public page in every language: lang → path, and
// "x-default" where the page for an unknown language is not the first
// language's (the home page's is /, which picks by Accept-Language). The
// sitemap lists these with their alternates; the export writes them.
type pageSet map[string]string

// publicPages lists every public, indexable page that needs no server, each
// at its canonical path in every language.
func (s *Server) publicPages() []pageSet {
	var out []pageSet
	each := func(path func(lang string) string) {
		set := pageSet{}
		for _, l := range s.Locales.Languages {
			set[l.Tag] = path(l.Tag)
		}
		out = append(out, set)
	}
	for _, p := range []string{"/", "/accessibility", "/help", "/guide", "/ask", "/statistics"} {
		each(func(lang string) string { return "/" + lang + p })
	}
	out[0]["x-default"] = "/"
	first := s.Locales.Languages[0].Tag
	for _, t := range s.Answers.Topics(first) {
		each(func(lang string) string {
			if o, ok := s.Answers.Topic(lang, t.ID); ok {
				return o.CanonicalPath()
			}
			return "/" + lang + "/t/" + t.ID
		})
	}
	for _, id := range s.Answers.IDs() {
		each(func(lang string) string {
			a, _ := s.Answers.Answer(lang, id)
			return a.CanonicalPath()
		})
	}
	if s.Stats != nil {
		each(func(lang string) string { return "/" + lang + "/statistics/trends" })
		for _, r := range s.Stats.Reports() {
			for _, sub := range []string{"", "/nationality", "/destination"} {
				each(func(lang string) string { return "/" + lang + "/statistics/" + r.Period + sub })
			}
		}
	}
	return out
}

// ExportPaths lists every address that needs no server: what the static
// export writes. The guided flow's later steps and the assistant's replies
// depend on the query string, so only their first pages are in it; their
// forms need the live service.
func (s *Server) ExportPaths() []string {
	paths := []string{"/", "/robots.txt", "/sitemap.xml"}
	for _, set := range s.publicPages() {
		for _, l := range s.Locales.Languages {
			paths = append(paths, set[l.Tag])
		}
	}
	// Stable links: the addresses caseworkers paste, served without a hop.
	for _, l := range s.Locales.Languages {
		for _, t := range s.Answers.Topics(l.Tag) {
			paths = append(paths, "/"+l.Tag+"/t/"+t.ID)
		}
		for _, id := range s.Answers.IDs() {
			paths = append(paths, "/"+l.Tag+"/a/"+id)
		}
	}
	if s.Stats != nil {
		paths = append(paths, "/api/v1/openapi.json", "/api/v1/stats", "/api/v1/stats/all.csv", "/api/v1/stats/all.csv-metadata.json")
		for _, l := range s.Locales.Languages {
			paths = append(paths, "/api/v1/stats/all-"+l.Tag+".xlsx")
		}
		for _, r := range s.Stats.Reports() {
			p := "/api/v1/stats/" + r.Period
			paths = append(paths, p, p+"/by_nationality.csv", p+"/by_destination.csv")
			for _, l := range s.Locales.Languages {
				paths = append(paths, p+"/returns-"+l.Tag+".xlsx")
			}
		}
	}
	for _, a := range views.Assets() {
		paths = append(paths, a.HashedPath)
	}
	return slices.Compact(paths)
}

// Export writes every page of ExportPaths under dir, so the site can be
// mirrored on any static host or CDN: a page at /en/a/x becomes
// dir/en/a/x/index.html; a file with an extension keeps its name; / is the
// first language's home page. Pages are rendered by the real handlers.
func (s *Server) Export(dir string) (int, error) {
	app := s.NewApp()
	n := 0
	for _, p := range s.ExportPaths() {
		target := p
		if p == "/" {
			target = "/" + s.Locales.Languages[0].Tag + "/"
		}
		resp, err := app.Test(httptest.NewRequest("GET", target, nil), -1)
		if err != nil {
			return n, fmt.Errorf("%s: %w", p, err)
		}
		body, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		if err != nil {
			return n, err
		}
		if resp.StatusCode != 200 {
			return n, fmt.Errorf("%s: status %d", p, resp.StatusCode)
		}
		file := exportFile(dir, p, resp.Header.Get("Content-Type"))
		if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
			return n, err
		}
		if err := os.WriteFile(file, body, 0o644); err != nil {
			return n, err
		}
		n++
	}
	// The not-found page, for hosts that serve one.
	resp, err := app.Test(httptest.NewRequest("GET", "/"+s.Locales.Languages[0].Tag+"/404", nil), -1)
	if err != nil {
		return n, err
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 404 {
		return n, errors.New("the not-found page did not render")
	}
	return n + 1, os.WriteFile(filepath.Join(dir, "404.html"), body, 0o644)
}

// exportFile maps an address to a file: directories get index.html (or
// index.json for JSON), files with an extension keep their name.
func exportFile(dir, p, contentType string) string {
	if path.Ext(p) != "" {
		return filepath.Join(dir, filepath.FromSlash(p))
	}
	index := "index.html"
	if strings.HasPrefix(contentType, "application/json") {
		index = "index.json"
	}
	return filepath.Join(dir, filepath.FromSlash(strings.TrimSuffix(p, "/")), index)
}
