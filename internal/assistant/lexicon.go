package assistant

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"

	"github.com/BurntSushi/toml"
)

// Dir is where the assistant's language data lives in the content FS.
const Dir = "assistant"

// lexicon is the language data for one language (content/assistant/*.<lang>.toml).
type lexicon struct {
	lang       string
	analysis   analysisFile
	synonyms   synonymsFile
	outOfScope outOfScopeFile
	stats      statsFile
	concepts   map[string][]string // answer ID → its concepts
	cautions   map[string][]string // answer ID → what stops it being given alone
	situations map[string][]string // a person's situation → how it is said ("@name" in cautions)
	// dictionary is the language's word list (dictionary.<lang>.txt,
	// generated from hunspell; optional): stems, sorted.
	dictionary []string
	// vectors are the language's word vectors (vectors.<lang>.bin;
	// optional).
	vectors   *wordVectors
	referrals referralsFile
}

type referralsFile struct {
	ChoiceTitle string `toml:"choice_title"`
	HelpTitle   string `toml:"help_title"`
	Site        map[string]struct {
		Title string `toml:"title"`
		URL   string `toml:"url"`
	} `toml:"site"`
	Referral []struct {
		ID    string   `toml:"id"`
		Title string   `toml:"title"`
		Text  string   `toml:"text"`
		Sites []string `toml:"sites"`
		Say   []string `toml:"say"`
	} `toml:"referral"`
}

type analysisFile struct {
	Filters       []string `toml:"filters"`
	Stemmer       string   `toml:"stemmer"`
	StopWords     string   `toml:"stop_words"`
	Compounds     bool     `toml:"compounds"`
	CompoundLinks []string `toml:"compound_links"`
	Negations     []string `toml:"negations"`
	Subjects      []string `toml:"subjects"`
	Background    []string `toml:"background"`
	Asking        []string `toml:"asking_after_background"`
}

type synonymsFile struct {
	// Countries is added when a question names a country ("country").
	Countries string `toml:"countries"`
	Group     []struct {
		Say []string `toml:"say"`
		Add string   `toml:"add"`
	} `toml:"group"`
}

type outOfScopeFile struct {
	Subject []struct {
		Name     string   `toml:"name"`
		Examples []string `toml:"examples"`
		Keywords []string `toml:"keywords"`
	} `toml:"subject"`
}

type statsFile struct {
	Cues              []string            `toml:"cues"`
	ReturnWords       []string            `toml:"return_words"`
	NotCounted        []string            `toml:"not_counted"`
	Definition        []string            `toml:"definition"`
	SoFar             []string            `toml:"so_far"`
	ThisYear          []string            `toml:"this_year"`
	LastYear          []string            `toml:"last_year"`
	Months            [][]string          `toml:"months"`
	MonthBefore       []string            `toml:"month_before"`
	ExplainedBy       string              `toml:"explained_by"`
	DestinationBefore []string            `toml:"destination_before"`
	NationalityBefore []string            `toml:"nationality_before"`
	DestinationWords  []string            `toml:"destination_words"`
	NationalityWords  []string            `toml:"nationality_words"`
	Minors            []string            `toml:"minors"`
	Convicted         []string            `toml:"convicted"`
	IgnoreCountries   []string            `toml:"ignore_countries"`
	Demonyms          map[string][]string `toml:"demonyms"`
	InSentence        map[string]string   `toml:"in_sentence"` // a country's name inside a sentence, where it differs: "the United Kingdom"
	// Without a cue ("how many"), a question is about figures only when it
	// names returns and a period, a country or a category, and is not about
	// the asker ("I was deported in 2019…").
	Personal []string `toml:"personal"`
	// Without a cue, a question that asks something else of returns ("who
	// pays for deportation to Iraq") is not about figures either.
	AsksOther []string `toml:"asks_other"`
	// Nor one whose first word asks yes or no ("Are people … returned
	// under the Dublin Regulation?").
	AsksFirst     []string            `toml:"asks_first"`
	UpTo          []string            `toml:"up_to"`             // "up to", "til og med": the year so far to the month named
	Previous      []string            `toml:"previous"`          // "same period last year": the figure the report compares with
	Compare       []string            `toml:"compare"`           // "up or down", "increase": both figures and the change, as printed
	Comparative   []string            `toml:"comparative"`       // "more", "fewer": with a previous-year phrase, a comparison
	Assisted      []string            `toml:"assisted"`          // assisted return: not in the police's statistics
	WholeYear     []string            `toml:"whole_year"`        // "the whole of 2022": no report gives a full year
	Unaccompanied []string            `toml:"unaccompanied"`     // unaccompanied minors
	Accompanied   []string            `toml:"accompanied"`       // minors with their parents or family
	Categories    map[string][]string `toml:"categories"`        // category ID → words
	FirstMonths   map[string]int      `toml:"first_months"`      // "first half" → 6: the year so far to that month
	Charter       []string            `toml:"charter"`           // chartered return flights
	Share         []string            `toml:"share"`             // "percentage", "andel": with convicted offenders, their share of the month's returns
	FirstWords    []string            `toml:"first"`             // "first": "the first five months"
	NumberWords   []string            `toml:"numbers"`           // one … twelve, in order
	MonthWords    []string            `toml:"month_words"`       // "months", "måneder"
	People        []string            `toml:"people"`            // "people", "personer": after "how many", a count even beside a definition word
	MonthOnly     []string            `toml:"month_only"`        // "that month alone", «ikke hittil i år»: the month, not the year so far
	Breakdowns    []string            `toml:"breakdowns"`        // "police district", "gender": splits no report prints
	OtherCategory []string            `toml:"other_category"`    // the category "Other", defined but never printed
	Passengers    []string            `toml:"passengers"`        // with charter: people on the flights, which no report counts
	Ranking       []string            `toml:"ranking"`           // "most common", "which nationality": a ranking, which the reports print for convicted offenders only
	Average       []string            `toml:"average"`           // "average per month": no report prints an average
	Flights       []string            `toml:"flights"`           // "how many flights": only chartered flights are counted
	CountCues     []string            `toml:"count_cues"`        // "how many": with a country and a period, a count even beside "category"
	TermWords     []string            `toml:"term_words"`        // "category", "column": a term, unless a country and a period are named
	WeakReturns   []string            `toml:"weak_return_words"` // "transfers": a return word only in a question about no one's own case
	ReportWords   []string            `toml:"report_words"`      // "the January 2023 report … for January 2022": the year before these names the report, not the period
	ShortYears    bool                `toml:"short_years"`       // a month name before two digits is a year («jan 23»), not a day
}

func loadLexicon(fsys fs.FS, lang string) (*lexicon, error) {
	lex := &lexicon{lang: lang}
	files := []struct {
		kind string
		v    any
	}{
		{"analysis", &lex.analysis},
		{"synonyms", &lex.synonyms},
		{"out-of-scope", &lex.outOfScope},
		{"statistics", &lex.stats},
		{"concepts", &lex.concepts},
		{"cautions", &lex.cautions},
		{"situations", &lex.situations},
		{"referrals", &lex.referrals},
	}
	for _, f := range files {
		if err := readTOML(fsys, path.Join(Dir, f.kind+"."+lang+".toml"), f.v); err != nil {
			return nil, err
		}
	}
	if b, err := fs.ReadFile(fsys, path.Join(Dir, "dictionary."+lang+".txt")); err == nil {
		lex.dictionary = strings.Split(strings.TrimSpace(string(b)), "\n")
		if !slices.IsSorted(lex.dictionary) {
			return nil, fmt.Errorf("content/%s/dictionary.%s.txt: not sorted (run internal/assistant/gen)", Dir, lang)
		}
	}
	switch b, err := fs.ReadFile(fsys, path.Join(Dir, "vectors."+lang+".bin")); {
	case errors.Is(err, fs.ErrNotExist): // optional: the language does without
	case err != nil:
		return nil, err
	default:
		if lex.vectors, err = parseVectors(b); err != nil {
			return nil, fmt.Errorf("content/%s/vectors.%s.bin: %w (run internal/assistant/genvectors)", Dir, lang, err)
		}
	}
	if err := lex.check(); err != nil {
		return nil, fmt.Errorf("content/%s/*.%s.toml: %w", Dir, lang, err)
	}
	return lex, nil
}

func readTOML(fsys fs.FS, name string, v any) error {
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		return fmt.Errorf("content/%s: %w", name, err)
	}
	md, err := toml.Decode(string(b), v)
	if err != nil {
		return fmt.Errorf("content/%s: %w", name, err)
	}
	if und := md.Undecoded(); len(und) > 0 {
		return fmt.Errorf("content/%s: unknown key %q", name, und[0].String())
	}
	return nil
}

func (lex *lexicon) check() error {
	if lex.analysis.Stemmer == "" {
		return fmt.Errorf("analysis: stemmer is missing")
	}
	for i, g := range lex.synonyms.Group {
		if len(g.Say) == 0 || strings.TrimSpace(g.Add) == "" {
			return fmt.Errorf("synonyms: group %d needs say and add", i+1)
		}
	}
	if len(lex.outOfScope.Subject) == 0 {
		return fmt.Errorf("out-of-scope: no subject")
	}
	for i, sub := range lex.outOfScope.Subject {
		if len(sub.Examples)+len(sub.Keywords) == 0 {
			return fmt.Errorf("out-of-scope: subject %d has no examples or keywords", i+1)
		}
	}
	if err := lex.checkReferrals(); err != nil {
		return err
	}
	s := lex.stats
	if len(s.Cues) == 0 || len(s.ReturnWords) == 0 {
		return fmt.Errorf("statistics: cues and return_words are required")
	}
	if len(s.Months) != 12 {
		return fmt.Errorf("statistics: months must list 12 months, not %d", len(s.Months))
	}
	for i, names := range s.Months {
		if len(names) == 0 {
			return fmt.Errorf("statistics: month %d has no name", i+1)
		}
	}
	return nil
}

// stopWords are the language's stop words, each also as people write it
// without æ, ø and å ("paa", "naar" for "på", "når"): a stop word is told
// before letters are folded, so its spellings must be listed.
func (lex *lexicon) stopWords() []string {
	words := strings.Fields(lex.analysis.StopWords)
	spell := strings.NewReplacer("å", "aa", "ø", "oe", "æ", "ae")
	for _, w := range words {
		if v := spell.Replace(w); v != w && !slices.Contains(words, v) {
			words = append(words, v)
		}
	}
	return words
}

func (lex *lexicon) checkReferrals() error {
	rf := lex.referrals
	if rf.ChoiceTitle == "" || rf.HelpTitle == "" {
		return fmt.Errorf("referrals: choice_title and help_title are required")
	}
	for name, s := range rf.Site {
		if s.Title == "" || !strings.HasPrefix(s.URL, "https://") || strings.Count(s.URL, "/") != 3 {
			return fmt.Errorf("referrals: site %q needs a title and a home page URL (https://host/)", name)
		}
	}
	seen := map[string]bool{}
	for i, r := range rf.Referral {
		if r.ID == "" || r.Title == "" || r.Text == "" || len(r.Say) == 0 || seen[r.ID] {
			return fmt.Errorf("referrals: referral %d needs a unique id, title, text and say", i+1)
		}
		seen[r.ID] = true
		if len(r.Sites) > maxItems-1 {
			return fmt.Errorf("referrals: %s: at most %d sites", r.ID, maxItems-1)
		}
		for _, s := range r.Sites {
			if _, ok := rf.Site[s]; !ok {
				return fmt.Errorf("referrals: %s: no site %q", r.ID, s)
			}
		}
	}
	return nil
}
