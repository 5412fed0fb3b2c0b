package locale

import (
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"

	"github.com/BurntSushi/toml"
	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

// Set is every language with its UI strings, loaded once at start-up.
type Set struct {
	Languages  []Language
	negotiator negotiator
	byTag      map[string]*Localizer
	plural     map[string]bool // message IDs with plural forms
}

// Load reads languages.toml from contentFS and every <area>.<lang>.toml from
// localesFS. It fails when a language has no message file or when a message
// exists in one language and not in another.
func Load(contentFS fs.FS, localesFS fs.FS) (*Set, error) {
	langs, err := loadLanguages(contentFS, "languages.toml")
	if err != nil {
		return nil, err
	}
	bundle := i18n.NewBundle(language.MustParse(langs[0].Tag))
	bundle.RegisterUnmarshalFunc("toml", toml.Unmarshal)

	files, err := fs.Glob(localesFS, "*.toml")
	if err != nil {
		return nil, err
	}
	ids := map[string]map[string]bool{} // lang -> message IDs
	plural := map[string]bool{}
	for _, l := range langs {
		ids[l.Tag] = map[string]bool{}
	}
	for _, name := range files {
		lang := fileLanguage(name)
		if _, ok := ids[lang]; !ok {
			return nil, fmt.Errorf("locales/%s: language %q is not in languages.toml", name, lang)
		}
		b, err := fs.ReadFile(localesFS, name)
		if err != nil {
			return nil, err
		}
		mf, err := bundle.ParseMessageFileBytes(b, name)
		if err != nil {
			return nil, fmt.Errorf("locales/%s: %w", name, err)
		}
		for _, m := range mf.Messages {
			if ids[lang][m.ID] {
				return nil, fmt.Errorf("locales/%s: message %q is defined twice for %s", name, m.ID, lang)
			}
			ids[lang][m.ID] = true
			if m.Zero+m.One+m.Two+m.Few+m.Many != "" {
				plural[m.ID] = true
			}
		}
	}
	if err := checkParity(langs, ids); err != nil {
		return nil, err
	}

	s := &Set{Languages: langs, negotiator: newNegotiator(langs), byTag: map[string]*Localizer{}, plural: plural}
	for _, l := range langs {
		tag := language.MustParse(l.Tag)
		s.byTag[l.Tag] = &Localizer{
			Lang:    l,
			tag:     tag,
			l:       i18n.NewLocalizer(bundle, l.Tag),
			printer: message.NewPrinter(tag),
			ids:     sortedKeys(ids[l.Tag]),
		}
	}
	return s, nil
}

// fileLanguage returns "nb" for "common.nb.toml".
func fileLanguage(name string) string {
	base := strings.TrimSuffix(path.Base(name), ".toml")
	return base[strings.LastIndex(base, ".")+1:]
}

func checkParity(langs []Language, ids map[string]map[string]bool) error {
	all := map[string]bool{}
	for _, set := range ids {
		for id := range set {
			all[id] = true
		}
	}
	var missing []string
	for _, l := range langs {
		if len(ids[l.Tag]) == 0 {
			return fmt.Errorf("locales: no messages for language %q (add <area>.%s.toml files)", l.Tag, l.Tag)
		}
		for id := range all {
			if !ids[l.Tag][id] {
				missing = append(missing, l.Tag+": "+id)
			}
		}
	}
	if len(missing) > 0 {
		sort.Strings(missing)
		return fmt.Errorf("locales: messages missing in a language: %s", strings.Join(missing, ", "))
	}
	return nil
}

func sortedKeys(m map[string]bool) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// Get returns the localizer for a language tag used in URLs.
func (s *Set) Get(tag string) (*Localizer, bool) {
	l, ok := s.byTag[tag]
	return l, ok
}

// Default is the first language, for visitors who ask for none of ours.
func (s *Set) Default() *Localizer { return s.byTag[s.Languages[0].Tag] }

// Negotiate picks our language for an Accept-Language header.
func (s *Set) Negotiate(acceptLanguage string) *Localizer {
	return s.byTag[s.negotiator.negotiate(acceptLanguage)]
}

// IsPlural reports whether a message has plural forms (use TCount for it).
func (s *Set) IsPlural(id string) bool { return s.plural[id] }

// MessageIDs lists every UI message ID (the same in every language).
func (s *Set) MessageIDs(lang string) []string {
	return s.byTag[lang].ids
}
