package assistant

import (
	"fmt"
	"io/fs"
	"path"
	"strings"
	"unicode"
)

// otherLanguage is a language the service does not publish
// (content/assistant/languages.toml): how to tell it, and its notice.
type otherLanguage struct {
	Tag     string `toml:"tag"`
	Name    string `toml:"name"`
	Dir     string `toml:"dir"`
	Script  string `toml:"script"`
	Letters string `toml:"letters"`
	Words   string `toml:"words"`
	Notice  string `toml:"notice"`
	words   map[string]bool
	script  *unicode.RangeTable
}

type languagesFile struct {
	Language []*otherLanguage `toml:"language"`
}

func loadOtherLanguages(fsys fs.FS, published []string) ([]*otherLanguage, error) {
	var f languagesFile
	name := path.Join(Dir, "languages.toml")
	if err := readTOML(fsys, name, &f); err != nil {
		return nil, err
	}
	for i, l := range f.Language {
		l.script = unicode.Scripts[l.Script]
		switch {
		case l.Tag == "" || l.Notice == "" || l.script == nil:
			return nil, fmt.Errorf("content/%s: language %d needs tag, notice and a Unicode script name", name, i+1)
		case l.Dir != "" && l.Dir != "rtl" && l.Dir != "ltr":
			return nil, fmt.Errorf("content/%s: %s: dir is rtl or ltr", name, l.Tag)
		case l.script == unicode.Latin && len(strings.Fields(l.Words)) < 10:
			return nil, fmt.Errorf("content/%s: %s: a language in Latin script needs at least 10 words", name, l.Tag)
		}
		for _, p := range published {
			if p == l.Tag {
				return nil, fmt.Errorf("content/%s: %s is published: it needs no notice", name, l.Tag)
			}
		}
		l.words = map[string]bool{}
		for _, w := range strings.Fields(l.Words) {
			l.words[foldString(w)] = true
		}
	}
	return f.Language, nil
}

// knownWords is every word a published language's data has: a word of
// another language that is also one of these is no sign of it.
func (a *Assistant) dropSharedWords() {
	for _, l := range a.others {
		for w := range l.words {
			for _, li := range a.langs {
				if li.known[w] || li.qa.stop[w] {
					delete(l.words, w)
					break
				}
			}
		}
	}
}

// detectLanguage tells the language a question is written in: another
// language (its notice is the reply), or a published language, or "" when
// it cannot tell.
func (a *Assistant) detectLanguage(q, page string) (other *otherLanguage, published string) {
	scripts := map[*unicode.RangeTable]int{}
	letters := 0
	for _, r := range q {
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		for _, l := range a.others {
			if unicode.Is(l.script, r) {
				scripts[l.script]++
				break
			}
		}
	}
	if letters == 0 {
		return nil, ""
	}
	for _, l := range a.others {
		if l.script != unicode.Latin && scripts[l.script]*2 > letters {
			return a.byLetters(l.script, q), ""
		}
	}
	words := strings.FieldsFunc(strings.ToLower(q), func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' })
	known := map[string]int{}
	only := map[string]int{}
	for _, w := range words {
		f := foldString(w)
		var in []string
		if len([]rune(f)) < 3 {
			continue // "a", "la", "de": every language has them
		}
		for lang, li := range a.langs {
			if li.known[f] || li.qa.stop[w] || li.qa.stop[f] {
				known[lang]++
				in = append(in, lang)
			}
		}
		if len(in) == 1 {
			only[in[0]]++
		}
	}
	best, bestN := (*otherLanguage)(nil), 0
	for _, l := range a.others {
		if l.script != unicode.Latin {
			continue
		}
		n := 0
		for _, w := range words {
			if l.words[foldString(w)] {
				n++
			}
		}
		if n > bestN {
			best, bestN = l, n
		}
	}
	most := 0
	for _, n := range known {
		most = max(most, n)
	}
	if best != nil && bestN >= 2 && bestN > most {
		return best, ""
	}
	// Another published language: clearly more of its own words.
	for lang, n := range only {
		if lang != page && n >= 2 && n > 2*only[page] {
			return nil, lang
		}
	}
	return nil, ""
}

// byLetters picks, among the languages written in a script, the one whose
// own letters the question has, else the one that has none listed.
func (a *Assistant) byLetters(script *unicode.RangeTable, q string) *otherLanguage {
	var plain *otherLanguage
	for _, l := range a.others {
		if l.script != script {
			continue
		}
		if l.Letters == "" {
			if plain == nil {
				plain = l
			}
			continue
		}
		if strings.ContainsAny(q, l.Letters) {
			return l
		}
	}
	return plain
}
