package handlers

import (
	"errors"
	"fmt"
	"io"
	"net/http/httptest"
	"os"
	"path"
	"path/filepath"
	"strings"

	"returninfo/views"
)

// ExportPaths lists every address that needs no server: what the static
// export writes. The guided flow's later steps and the assistant's replies
// depend on the query string, so only their first pages are in it; their
// forms need the live service.
func (s *Server) ExportPaths() []string {
	paths := []string{"/"}
	for _, l := range s.Locales.Languages {
		lang := l.Tag
		paths = append(paths, "/"+lang+"/", "/"+lang+"/accessibility", "/"+lang+"/help", "/"+lang+"/guide", "/"+lang+"/statistics")
		for _, t := range s.Answers.Topics(lang) {
			paths = append(paths, "/"+lang+"/t/"+t.ID, t.CanonicalPath())
		}
		for _, id := range s.Answers.IDs() {
			a, _ := s.Answers.Answer(lang, id)
			paths = append(paths, "/"+lang+"/a/"+id, a.CanonicalPath())
		}
		if s.Stats != nil {
			for _, r := range s.Stats.Reports() {
				p := "/" + lang + "/statistics/" + r.Period
				paths = append(paths, p, p+"/nationality", p+"/destination")
			}
		}
	}
	if s.Stats != nil {
		paths = append(paths, "/api/v1/stats")
		for _, r := range s.Stats.Reports() {
			p := "/api/v1/stats/" + r.Period
			paths = append(paths, p, p+"/by_nationality.csv", p+"/by_destination.csv")
		}
	}
	for _, a := range views.Assets() {
		paths = append(paths, a.HashedPath)
	}
	return paths
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
