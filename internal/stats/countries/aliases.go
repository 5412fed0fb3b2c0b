package countries

import (
	"fmt"
	"io/fs"

	"github.com/BurntSushi/toml"
)

// AliasesFile holds the names CLDR does not cover, and the uncertain ones,
// in the content FS: adding a spelling is a data change.
const AliasesFile = "stats/country_aliases.toml"

// aliases map names the reports print to codes; uncertainAliases are names
// that can mean more than one country. Both are read from AliasesFile.
var (
	aliases          map[string]string
	uncertainAliases map[string]uncertain
)

type uncertain struct {
	code       string
	candidates []string
	note       string
}

// readAliases parses AliasesFile and checks every code and candidate.
func readAliases(fsys fs.FS) (map[string]string, map[string]uncertain, error) {
	data, err := fs.ReadFile(fsys, AliasesFile)
	if err != nil {
		return nil, nil, err
	}
	var file struct {
		Aliases   map[string]string `toml:"aliases"`
		Uncertain map[string]struct {
			Code       string   `toml:"code"`
			Candidates []string `toml:"candidates"`
			Note       string   `toml:"note"`
		} `toml:"uncertain"`
	}
	md, err := toml.Decode(string(data), &file)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", AliasesFile, err)
	}
	if und := md.Undecoded(); len(und) > 0 {
		return nil, nil, fmt.Errorf("%s: unknown key %q", AliasesFile, und[0].String())
	}
	known := func(code string) bool { return Name(code, "en") != "" }
	for name, code := range file.Aliases {
		if !known(code) {
			return nil, nil, fmt.Errorf("%s: %q has the unknown code %q", AliasesFile, name, code)
		}
	}
	u := map[string]uncertain{}
	for name, e := range file.Uncertain {
		if !known(e.Code) || len(e.Candidates) < 2 || e.Candidates[0] != e.Code || e.Note == "" {
			return nil, nil, fmt.Errorf("%s: [uncertain.%s] needs a known code, at least two candidates starting with it, and a note arguing the reading", AliasesFile, name)
		}
		for _, c := range e.Candidates {
			if !known(c) {
				return nil, nil, fmt.Errorf("%s: [uncertain.%s] has the unknown candidate %q", AliasesFile, name, c)
			}
		}
		u[name] = uncertain{code: e.Code, candidates: e.Candidates, note: e.Note}
	}
	return file.Aliases, u, nil
}

// specialNames are the codes outside CLDR's territory list.
var specialNames = map[string]map[string]string{
	"YU":        {"en": "Yugoslavia", "nb": "Jugoslavia"},
	"stateless": {"en": "Stateless", "nb": "Statsløs"},
	"unknown":   {"en": "Unknown", "nb": "Ukjent"},
	// CS: Serbia and Montenegro (2003–2006), a code ISO 3166-1 has withdrawn.
	"CS": {"en": "Serbia and Montenegro", "nb": "Serbia og Montenegro"},
}

// demonyms are the nationality adjectives the English reports use for the
// most common nationalities among convicted offenders.
var demonyms = map[string]string{
	"romanian":   "RO",
	"polish":     "PL",
	"lithuanian": "LT",
}
