package site

import (
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// The arrows point down: nothing under internal/ may import the HTTP layer
// or the views (handlers_test's TestViewsDoNotImportDomainPackages checks
// the views). A test, so that a change that bends an arrow fails.
func TestImportsPointDown(t *testing.T) {
	root := filepath.Join("..", "..")
	rules := []struct {
		dir       string
		forbidden func(path string) bool
	}{
		{"internal", func(p string) bool { return p == "returninfo/handlers" || p == "returninfo/views" }},
	}
	for _, r := range rules {
		err := filepath.WalkDir(filepath.Join(root, r.dir), func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
				return err
			}
			src, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			f, err := parser.ParseFile(token.NewFileSet(), path, src, parser.ImportsOnly)
			if err != nil {
				return err
			}
			for _, imp := range f.Imports {
				p, _ := strconv.Unquote(imp.Path.Value)
				if r.forbidden(p) {
					t.Errorf("%s imports %s: the arrow points up", strings.TrimPrefix(path, root+"/"), p)
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
}
