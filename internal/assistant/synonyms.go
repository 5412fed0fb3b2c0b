package assistant

import (
	"fmt"
	"slices"

	"github.com/blevesearch/bleve/v2/analysis"

	"returninfo/internal/stats/countries"
)

// synonym is one group from synonyms.<lang>.toml, analysed like questions:
// phrases keep their stop words ("kicked out", "si fra") and are stemmed.
type synonym struct {
	say     [][]string
	addStem []string // what it adds, folded and stemmed
}

func compileSynonyms(li *langIndex, lex *lexicon) (synonyms, error) {
	file := fmt.Sprintf("content/%s/synonyms.%s.toml", Dir, lex.lang)
	compile := func(say []string, add string, what string) (synonym, error) {
		s := synonym{addStem: terms(li.fold, add)}
		if len(s.addStem) == 0 {
			return s, fmt.Errorf("%s: %s: %q has only stop words", file, what, add)
		}
		for _, p := range say {
			if t := terms(li.phrase, p); len(t) > 0 {
				s.say = append(s.say, t)
			}
		}
		return s, nil
	}
	out := make([]synonym, 0, len(lex.synonyms.Group)+1)
	for i, g := range lex.synonyms.Group {
		s, err := compile(g.Say, g.Add, fmt.Sprintf("group %d", i+1))
		if err != nil {
			return synonyms{}, err
		}
		out = append(out, s)
	}
	if lex.synonyms.Countries != "" {
		s, err := compile(countryNames(lex), lex.synonyms.Countries, "countries")
		if err != nil {
			return synonyms{}, err
		}
		out = append(out, s)
	}
	return indexSynonyms(out), nil
}

// countryNames are every country's name in every language the country
// table has, and this language's nationality words: people name their own
// country, the answers say "a country". Short names ("Man") and the
// country people are returned from are left out.
func countryNames(lex *lexicon) []string {
	ignore := map[string]bool{}
	for _, c := range lex.stats.IgnoreCountries {
		ignore[c] = true
	}
	var names []string
	for _, code := range countries.Codes() {
		if ignore[code] {
			continue
		}
		for _, loc := range countries.Languages() {
			if n := countries.Name(code, loc); len([]rune(n)) >= 4 {
				names = append(names, n)
			}
		}
		names = append(names, lex.stats.Demonyms[code]...)
	}
	return names
}

// synonyms are the groups, found by their phrases' first words.
type synonyms struct {
	groups  []synonym
	byFirst map[string][]phraseRef
}

type phraseRef struct {
	group  int
	phrase []string
}

func indexSynonyms(groups []synonym) synonyms {
	s := synonyms{groups: groups, byFirst: map[string][]phraseRef{}}
	for gi, g := range groups {
		for _, p := range g.say {
			s.byFirst[p[0]] = append(s.byFirst[p[0]], phraseRef{gi, p})
		}
	}
	return s
}

// expansion is what synonyms add to a question.
type expansion struct {
	byPosition map[int][]string // a word's position → stems its synonyms add
	addStem    []string
}

// expand finds the synonym phrases in a question (its tokens from the
// phrase analyzer, with positions).
func (s synonyms) expand(q analysis.TokenStream) expansion {
	e := expansion{byPosition: map[int][]string{}}
	words := make([]string, len(q))
	for i, t := range q {
		words[i] = string(t.Term)
	}
	type m struct{ at, n, group int }
	var ms []m
	for i, w := range words {
		for _, ref := range s.byFirst[w] {
			if i+len(ref.phrase) <= len(words) && slices.Equal(words[i:i+len(ref.phrase)], ref.phrase) {
				ms = append(ms, m{i, len(ref.phrase), ref.group})
			}
		}
	}
	// A longer phrase uses up its words: "in charge" does not also fire
	// "charge", "how much notice" not "how much".
	slices.SortStableFunc(ms, func(a, b m) int { return b.n - a.n })
	used := make([]int, len(words)) // length of the phrase that used a word
	var found []int
	for _, x := range ms {
		free := true
		for j := x.at; j < x.at+x.n; j++ {
			free = free && (used[j] == 0 || used[j] == x.n)
		}
		if !free {
			continue
		}
		g := s.groups[x.group]
		for j := x.at; j < x.at+x.n; j++ {
			used[j] = x.n
			e.byPosition[q[j].Position] = appendNew(e.byPosition[q[j].Position], g.addStem...)
		}
		if !slices.Contains(found, x.group) {
			found = append(found, x.group)
		}
	}
	slices.Sort(found) // the order of the data, whatever the order of the words
	for _, gi := range found {
		e.addStem = appendNew(e.addStem, s.groups[gi].addStem...)
	}
	return e
}

func appendNew(list []string, items ...string) []string {
	for _, it := range items {
		if !slices.Contains(list, it) {
			list = append(list, it)
		}
	}
	return list
}
