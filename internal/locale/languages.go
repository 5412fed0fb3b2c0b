// Package locale knows the languages the service speaks: which one a browser
// asks for, the UI strings in each, and how numbers are written.
package locale

import (
	"fmt"
	"io/fs"
	"strings"

	"github.com/BurntSushi/toml"
	"golang.org/x/text/language"
)

// Language is one published language, as listed in content/languages.toml.
type Language struct {
	Tag  string   `toml:"tag"`
	Name string   `toml:"name"`
	Also []string `toml:"also"`
	Dir  string   `toml:"dir"` // "rtl" for Arabic and the like; empty means "ltr"
}

type languagesFile struct {
	Language []Language `toml:"language"`
}

// loadLanguages reads languages.toml. The first language is the fallback.
func loadLanguages(fsys fs.FS, name string) ([]Language, error) {
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	var f languagesFile
	if err := toml.Unmarshal(b, &f); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if len(f.Language) == 0 {
		return nil, fmt.Errorf("%s: no language listed", name)
	}
	seen := map[string]bool{}
	for i, l := range f.Language {
		if l.Tag == "" || l.Name == "" {
			return nil, fmt.Errorf("%s: language %d needs a tag and a name", name, i+1)
		}
		if l.Dir != "" && l.Dir != "ltr" && l.Dir != "rtl" {
			return nil, fmt.Errorf("%s: language %q: dir must be ltr or rtl", name, l.Tag)
		}
		if l.Tag != strings.ToLower(l.Tag) || strings.ContainsAny(l.Tag, "/ .") {
			return nil, fmt.Errorf("%s: tag %q must be lowercase and fit in a URL path", name, l.Tag)
		}
		for _, t := range append([]string{l.Tag}, l.Also...) {
			if _, err := language.Parse(t); err != nil {
				return nil, fmt.Errorf("%s: language %q: %q is not a BCP 47 tag", name, l.Tag, t)
			}
			if seen[t] {
				return nil, fmt.Errorf("%s: tag %q is listed twice", name, t)
			}
			seen[t] = true
		}
	}
	return f.Language, nil
}
