package assistant

import (
	"fmt"
	"io/fs"
	"path"
	"strings"
	"unicode"

	"github.com/abadojack/whatlanggo"
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
	// ReadAsPublished are languages close enough to a published one to be
	// read as it (Danish, Swedish and Nynorsk as Norwegian): never a notice.
	ReadAsPublished []string         `toml:"read_as_published"`
	Language        []*otherLanguage `toml:"language"`
}

// unlisted is a language or script languages.toml does not list: the
// notice is said in the page's language (AskLanguageNotice).
var unlisted = &otherLanguage{}

// trigrams tells a Latin-script question's language among those
// languages.toml lists, the published ones and those read as them.
type trigrams struct {
	options whatlanggo.Options
	read    map[string]bool // ISO 639-1 codes read as a published language
}

func loadOtherLanguages(fsys fs.FS, published []string) ([]*otherLanguage, *trigrams, error) {
	var f languagesFile
	name := path.Join(Dir, "languages.toml")
	if err := readTOML(fsys, name, &f); err != nil {
		return nil, nil, err
	}
	tg := &trigrams{options: whatlanggo.Options{Whitelist: map[whatlanggo.Lang]bool{}}, read: map[string]bool{}}
	for _, t := range append(append([]string{}, published...), f.ReadAsPublished...) {
		tg.read[t] = true
	}
	for _, l := range f.Language {
		tg.read[l.Tag] = false
	}
	for wl := range whatlanggo.Langs {
		if _, ok := tg.read[wl.Iso6391()]; ok {
			tg.options.Whitelist[wl] = true
		}
	}
	for i, l := range f.Language {
		l.script = unicode.Scripts[l.Script]
		switch {
		case l.Tag == "" || l.Notice == "" || l.script == nil:
			return nil, nil, fmt.Errorf("content/%s: language %d needs tag, notice and a Unicode script name", name, i+1)
		case l.Dir != "" && l.Dir != "rtl" && l.Dir != "ltr":
			return nil, nil, fmt.Errorf("content/%s: %s: dir is rtl or ltr", name, l.Tag)
		case l.script == unicode.Latin && len(strings.Fields(l.Words)) < 10:
			return nil, nil, fmt.Errorf("content/%s: %s: a language in Latin script needs at least 10 words", name, l.Tag)
		}
		for _, p := range published {
			if p == l.Tag {
				return nil, nil, fmt.Errorf("content/%s: %s is published: it needs no notice", name, l.Tag)
			}
		}
		l.words = map[string]bool{}
		for _, w := range strings.Fields(l.Words) {
			l.words[foldString(w)] = true
		}
	}
	return f.Language, tg, nil
}

// dropSharedWords drops from each other language's common words those a
// published language's vocabulary has (answers, concepts, referrals, stop
// words; not words only a caution names): such a word is no sign of it.
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
// language (its notice is the reply; unlisted for one languages.toml does
// not list), or a published language, or "" when it cannot tell.
func (a *Assistant) detectLanguage(q, page string) (other *otherLanguage, published string) {
	scripts := map[*unicode.RangeTable]int{}
	letters, foreign := 0, 0
	for _, r := range q {
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		if !unicode.Is(unicode.Latin, r) {
			foreign++
		}
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
	split := func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }
	words := strings.FieldsFunc(strings.ToLower(q), split)
	// A capitalised word after the first is a name ("Mogadishu", "Nguyễn"):
	// it tells nothing of the language the question is written in.
	orig := strings.FieldsFunc(q, split)
	name := func(i int) bool { return len(orig) == len(words) && i > 0 && startsUpper(orig[i]) }
	folded := make([]string, len(words))
	for i, w := range words {
		folded[i] = foldString(w)
	}
	for _, l := range a.others {
		if l.script != unicode.Latin && scripts[l.script]*2 > letters {
			return a.byLetters(l.script, q, folded), ""
		}
	}
	if foreign*2 > letters {
		return unlisted, "" // a script no language listed has (Korean, Thai…)
	}
	known := map[string]int{}
	only := map[string]int{}
	long, anyKnown := 0, 0
	var unknown []string // words no published language's data has
	for i, w := range words {
		f := folded[i]
		var in []string
		if len([]rune(f)) < 3 || name(i) {
			continue // "a", "la", "de": every language has them
		}
		long++
		for lang, li := range a.langs {
			if li.known[f] || li.qa.stop[w] || li.qa.stop[f] {
				known[lang]++
				in = append(in, lang)
			}
		}
		if len(in) == 1 {
			only[in[0]]++
		}
		if len(in) > 0 {
			anyKnown++
		} else {
			unknown = append(unknown, f)
		}
	}
	// Dictionaries and typos matter only when few words are known: the
	// letters and trigram rules below need at most half of them known.
	if anyKnown*2 <= long {
		for _, f := range unknown {
			if a.anyDictionary(f) || a.typoOfKnown(f) {
				anyKnown++
			}
		}
	}
	// A Latin-script language with letters of its own (Vietnamese ư ơ đ
	// ạ…): two of them tell it.
	var plain strings.Builder // the words that are not names
	for i, w := range words {
		if !name(i) {
			plain.WriteString(w)
		}
	}
	for _, l := range a.others {
		if l.script == unicode.Latin && l.Letters != "" && anyKnown*2 <= long && countAny(plain.String(), l.Letters) >= 2 {
			return l, ""
		}
	}
	best, bestN := (*otherLanguage)(nil), 0
	for _, l := range a.others {
		if l.script != unicode.Latin {
			continue
		}
		if n := l.wordsIn(folded); n > bestN {
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
	if l := a.byTrigrams(q, long, anyKnown); l != nil {
		return l, ""
	}
	// Another published language: clearly more of its own words.
	for lang, n := range only {
		if lang != page && n >= 2 && n > 2*only[page] {
			return nil, lang
		}
	}
	return nil, ""
}

// byTrigrams is the last resort for a Latin-script question of at least
// three words of which the published languages (their answers, stop words
// and dictionaries) know at most three in ten: whatlanggo's guess among
// the languages listed. A guess it is unsure of gets the notice in the
// page's language, never a guessed language's.
func (a *Assistant) byTrigrams(q string, long, known int) *otherLanguage {
	if a.trigrams == nil || long < 3 || known*10 > long*3 {
		return nil
	}
	info := whatlanggo.DetectWithOptions(q, a.trigrams.options)
	tag := info.Lang.Iso6391()
	if a.trigrams.read[tag] {
		return nil
	}
	if info.Confidence < 0.3 && known*100 > long*20 {
		return nil // few words unknown, and an unsure guess: a typo-ridden question
	}
	if info.Confidence >= 0.5 {
		for _, l := range a.others {
			if l.Tag == tag {
				return l
			}
		}
	}
	return unlisted
}

// anyDictionary: a word of five letters or more in a published language's
// dictionary (shorter ones are too often words of other languages too).
func (a *Assistant) anyDictionary(folded string) bool {
	if len([]rune(folded)) < 5 {
		return false
	}
	for _, li := range a.langs {
		if li.dictionary(folded) {
			return true
		}
	}
	return false
}

// typoOfKnown: the word is one typo away from a word a published
// language's answers, concepts or referrals have ("pasport", "deportd");
// words only a caution names do not count (index.go).
func (a *Assistant) typoOfKnown(folded string) bool {
	if len([]rune(folded)) < 4 {
		return false
	}
	for _, li := range a.langs {
		if len(li.neighbours.of(folded)) > 0 || len(li.phrases.nearWhole.of(folded)) > 0 {
			return true
		}
	}
	return false
}

// countAny counts the runes of s that are in set.
func countAny(s, set string) int {
	n := 0
	for _, r := range s {
		if strings.ContainsRune(set, r) {
			n++
		}
	}
	return n
}

// wordsIn counts the language's common words among folded words.
func (l *otherLanguage) wordsIn(folded []string) int {
	n := 0
	for _, w := range folded {
		if l.words[w] {
			n++
		}
	}
	return n
}

// byLetters picks, among the languages written in a script, the one whose
// own letters the question has, else the one with most of its words in
// it, else the first that has no letters listed.
func (a *Assistant) byLetters(script *unicode.RangeTable, q string, folded []string) *otherLanguage {
	var plain, byWords *otherLanguage
	bestN := 0
	for _, l := range a.others {
		if l.script != script {
			continue
		}
		if l.Letters != "" && strings.ContainsAny(q, l.Letters) {
			return l
		}
		if n := l.wordsIn(folded); n > bestN {
			byWords, bestN = l, n
		}
		if l.Letters == "" && plain == nil {
			plain = l
		}
	}
	if byWords != nil {
		return byWords
	}
	return plain
}
