// Package countries maps the country names the police reports print to stable
// codes: ISO 3166-1 alpha-2, plus XK (Kosovo), YU (former Yugoslavia) and the
// ids "stateless" and "unknown". Names come from CLDR (generated, cldr_gen.go)
// and a short alias list kept as data (content/stats/country_aliases.toml).
package countries

//go:generate go run ./gen -cldr /tmp/cldr/node_modules/cldr-localenames-modern -locales en,nb -out cldr_gen.go

import (
	"sort"
	"strings"
	"unicode"

	"returninfo/content"
)

// Match is the result of a name lookup.
type Match struct {
	Code string
	// Uncertain is set when the published name can mean more than one
	// country (English "Congo"); Code is then the likeliest reading and
	// Candidates lists every possible code.
	Uncertain  bool
	Candidates []string
	// Note argues the reading of an uncertain name (English).
	Note string
}

type entry struct {
	code      string
	uncertain bool
	u         *uncertain
}

var (
	byName    = map[string]map[string]entry{} // locale → normalised name → entry
	aliasKeys = map[string]entry{}            // normalised alias → entry
)

func init() {
	for loc, names := range cldrNames {
		byName[loc] = map[string]entry{}
		for code, name := range names {
			byName[loc][Normalize(name)] = entry{code: code}
		}
		for name, code := range cldrAltNames[loc] {
			byName[loc][Normalize(name)] = entry{code: code}
		}
	}
	for code, names := range specialNames {
		for loc, name := range names {
			if byName[loc] != nil {
				byName[loc][Normalize(name)] = entry{code: code}
			}
		}
	}
	var err error
	if aliases, uncertainAliases, err = readAliases(content.FS); err != nil {
		panic(err) // embedded data, checked by the tests
	}
	for name, code := range aliases {
		aliasKeys[Normalize(name)] = entry{code: code}
	}
	for name, u := range uncertainAliases {
		aliasKeys[Normalize(name)] = entry{code: u.code, uncertain: true, u: &u}
	}
}

// Lookup finds the code for a published country name. lang is the report's
// language, tried first; then the hand-written aliases, then every other
// language. Matching ignores case, repeated spaces, a leading "The" and
// "&" versus "and".
func Lookup(name, lang string) (Match, bool) {
	key := Normalize(name)
	if key == "" {
		return Match{}, false
	}
	if e, ok := byName[lang][key]; ok {
		return e.match(), true
	}
	if e, ok := aliasKeys[key]; ok {
		return e.match(), true
	}
	for _, loc := range Languages() {
		if e, ok := byName[loc][key]; ok {
			return e.match(), true
		}
	}
	return Match{}, false
}

func (e entry) match() Match {
	m := Match{Code: e.code, Uncertain: e.uncertain}
	if e.u != nil {
		m.Candidates = append([]string(nil), e.u.candidates...)
		m.Note = e.u.note
	}
	return m
}

// Known reports whether name resolves to a code in any language.
func Known(name string) bool {
	_, ok := Lookup(name, "")
	return ok
}

// Name is the display name of code in lang ("" if either is unknown).
func Name(code, lang string) string {
	if n, ok := specialNames[code][lang]; ok {
		return n
	}
	return cldrNames[lang][code]
}

// Languages lists the locales the table has names in, sorted.
func Languages() []string {
	locs := make([]string, 0, len(cldrNames))
	for loc := range cldrNames {
		locs = append(locs, loc)
	}
	sort.Strings(locs)
	return locs
}

// Codes lists every code the table knows, sorted.
func Codes() []string {
	seen := map[string]bool{}
	for _, names := range cldrNames {
		for code := range names {
			seen[code] = true
		}
	}
	for code := range specialNames {
		seen[code] = true
	}
	codes := make([]string, 0, len(seen))
	for c := range seen {
		codes = append(codes, c)
	}
	sort.Strings(codes)
	return codes
}

// Nationality resolves a nationality as the reports write it among convicted
// offenders: an English adjective ("Romanian") or a country name ("Polen").
func Nationality(word, lang string) (Match, bool) {
	if code, ok := demonyms[Normalize(word)]; ok {
		return Match{Code: code}, true
	}
	return Lookup(word, lang)
}

var folds = strings.NewReplacer("’", "'", " & ", " and ")

// Normalize folds a name for matching: lower case, single spaces, typographic
// apostrophes and "&" folded, a leading "the " and "st." for "saint" folded.
func Normalize(name string) string {
	name = strings.ToLower(strings.Join(strings.FieldsFunc(name, unicode.IsSpace), " "))
	name = folds.Replace(name)
	name = strings.TrimPrefix(name, "the ")
	if rest, ok := strings.CutPrefix(name, "st. "); ok {
		name = "saint " + rest
	}
	return name
}
