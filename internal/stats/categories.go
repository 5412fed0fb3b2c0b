package stats

import (
	"fmt"
	"io/fs"
	"slices"
	"strings"

	"github.com/BurntSushi/toml"
)

// CategoriesFile is where the category definitions live in the content FS.
const CategoriesFile = "stats/categories.toml"

// Category is a return category with a stable ID.
type Category struct {
	ID string `toml:"id"`
	// Headers are the column headings reports print for it, in any language.
	Headers []string `toml:"headers"`
	// Label is the name shown on pages, per service language.
	Label map[string]string `toml:"label"`
}

// Categories are all known categories, the headings of the total column and
// the answer that explains them.
type Categories struct {
	Answer       string     `toml:"answer"`
	TotalHeaders []string   `toml:"total_headers"`
	List         []Category `toml:"category"`
}

// LoadCategories reads CategoriesFile from fsys (the content root).
func LoadCategories(fsys fs.FS) (*Categories, error) {
	data, err := fs.ReadFile(fsys, CategoriesFile)
	if err != nil {
		return nil, err
	}
	c, err := ParseCategories(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", CategoriesFile, err)
	}
	return c, nil
}

// ParseCategories decodes and checks category definitions.
func ParseCategories(data []byte) (*Categories, error) {
	var c Categories
	md, err := toml.Decode(string(data), &c)
	if err != nil {
		return nil, err
	}
	if und := md.Undecoded(); len(und) > 0 {
		return nil, fmt.Errorf("unknown key %q", und[0].String())
	}
	if c.Answer == "" || len(c.TotalHeaders) == 0 || len(c.List) == 0 {
		return nil, fmt.Errorf("answer, total_headers and at least one category are required")
	}
	seen := map[string]bool{}
	for _, cat := range c.List {
		if cat.ID == "" || seen[cat.ID] {
			return nil, fmt.Errorf("category id %q is empty or repeated", cat.ID)
		}
		seen[cat.ID] = true
		if len(cat.Headers) == 0 || len(cat.Label) == 0 {
			return nil, fmt.Errorf("category %q needs headers and labels", cat.ID)
		}
		for lang, l := range cat.Label {
			if strings.TrimSpace(l) == "" {
				return nil, fmt.Errorf("category %q has an empty %s label", cat.ID, lang)
			}
		}
	}
	return &c, nil
}

// Get returns the category with the given ID.
func (c *Categories) Get(id string) (Category, bool) {
	for _, cat := range c.List {
		if cat.ID == id {
			return cat, true
		}
	}
	return Category{}, false
}

// heading is one column heading pattern: a category ID, or "" for the total.
type heading struct {
	words []string // lower-case words
	id    string
}

// headings lists every heading, longest first so that "Granted
// international protection" wins over shorter ones.
func (c *Categories) headings() []heading {
	var hs []heading
	for _, h := range c.TotalHeaders {
		hs = append(hs, heading{strings.Fields(strings.ToLower(h)), ""})
	}
	for _, cat := range c.List {
		for _, h := range cat.Headers {
			hs = append(hs, heading{strings.Fields(strings.ToLower(h)), cat.ID})
		}
	}
	slices.SortStableFunc(hs, func(a, b heading) int { return len(b.words) - len(a.words) })
	return hs
}

// isTotal reports whether s is a total heading ("Total", "Sum").
func (c *Categories) isTotal(s string) bool {
	for _, h := range c.TotalHeaders {
		if strings.EqualFold(strings.TrimSpace(s), h) {
			return true
		}
	}
	return false
}
