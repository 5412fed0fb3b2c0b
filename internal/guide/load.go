package guide

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"slices"
	"strings"

	"github.com/BurntSushi/toml"
)

// Dir is where the flow lives inside the content file system.
const Dir = "flow"

// GraphFile is the language-neutral graph; texts are in <lang>.toml beside it.
const GraphFile = "flow.toml"

// idPattern keeps IDs short, ASCII and safe in a query string: they appear in shared links.
var idPattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

const maxIDLen = 40

type graphFile struct {
	Start    string `toml:"start"`
	Question []struct {
		ID      string `toml:"id"`
		Options []struct {
			ID       string   `toml:"id"`
			Next     string   `toml:"next"`
			DontKnow bool     `toml:"dont_know"`
			RulesOut []string `toml:"rules_out"`
		} `toml:"options"`
	} `toml:"question"`
	Outcome []struct {
		ID      string   `toml:"id"`
		Action  string   `toml:"action"`
		Answers []string `toml:"answers"`
	} `toml:"outcome"`
}

type textFile struct {
	Subjects map[string]string `toml:"subjects"`
	Question map[string]struct {
		Title   string            `toml:"title"`
		Hint    string            `toml:"hint"`
		Error   string            `toml:"error"`
		Options map[string]string `toml:"options"`
	} `toml:"question"`
	Outcome map[string]struct {
		Title   string   `toml:"title"`
		Action  string   `toml:"action"`
		Applies []string `toml:"applies"`
		Next    []string `toml:"next"`
	} `toml:"outcome"`
}

// Load reads flow/flow.toml and flow/<lang>.toml for every language in langs from fsys,
// and checks the whole graph and every text. answerExists says whether an answer ID
// exists. The error lists every problem found, each naming the file and the node.
func Load(fsys fs.FS, langs []string, answerExists func(id string) bool) (*Flow, error) {
	if len(langs) == 0 {
		return nil, errors.New("guide: no languages given")
	}
	var p problems
	f, err := readGraph(fsys, &p)
	if err != nil {
		return nil, err
	}
	checkGraph(f, answerExists, &p)
	for _, lang := range langs {
		readTexts(fsys, f, lang, &p)
	}
	if len(p) > 0 {
		return nil, errors.Join(p...)
	}
	f.langs = append([]string(nil), langs...)
	return f, nil
}

// readGraph fails only when the file cannot be read or parsed; other faults go to p.
func readGraph(fsys fs.FS, p *problems) (*Flow, error) {
	file := path.Join(Dir, GraphFile)
	var g graphFile
	md, err := decode(fsys, file, &g)
	if err != nil {
		return nil, err
	}
	undecoded(file, md, p)
	f := &Flow{start: g.Start, question: map[string]*Question{}, outcome: map[string]*Outcome{}, subjects: map[string]map[string]string{}}
	seen := map[string]string{} // ID → what it names, so a question and an outcome cannot share one
	claim := func(kind, id string) bool {
		if !validID(id) {
			p.add(file, fmt.Sprintf("%s %q", kind, id), "the ID must be 1–%d characters of a-z, 0-9 and single '-'", maxIDLen)
			return false
		}
		if other, dup := seen[id]; dup {
			p.add(file, fmt.Sprintf("%s %q", kind, id), "the ID is already used by a %s", other)
			return false
		}
		seen[id] = kind
		return true
	}
	for _, gq := range g.Question {
		if !claim("question", gq.ID) {
			continue
		}
		q := &Question{ID: gq.ID, text: map[string]QuestionText{}}
		for _, opt := range gq.Options {
			node := fmt.Sprintf("question %q, option %q", q.ID, opt.ID)
			if !validID(opt.ID) {
				p.add(file, node, "the ID must be 1–%d characters of a-z, 0-9 and single '-'", maxIDLen)
				continue
			}
			if q.Option(opt.ID) != nil {
				p.add(file, node, "the option appears twice")
				continue
			}
			q.Options = append(q.Options, &Option{ID: opt.ID, Next: opt.Next, DontKnow: opt.DontKnow, RulesOut: opt.RulesOut})
		}
		f.questions = append(f.questions, q)
		f.question[q.ID] = q
	}
	for _, out := range g.Outcome {
		if !claim("outcome", out.ID) {
			continue
		}
		if !slices.Contains(ActionTargets, out.Action) {
			p.add(file, fmt.Sprintf("outcome %q", out.ID), "action %q must be one of %v: every outcome opens with something to do", out.Action, ActionTargets)
		}
		o := &Outcome{ID: out.ID, Action: out.Action, Answers: out.Answers, text: map[string]OutcomeText{}}
		f.outcomes = append(f.outcomes, o)
		f.outcome[o.ID] = o
	}
	return f, nil
}

func readTexts(fsys fs.FS, f *Flow, lang string, p *problems) {
	if strings.ContainsAny(lang, `/\.`) || lang == "" {
		p.add(Dir, fmt.Sprintf("language %q", lang), "not a language tag")
		return
	}
	file := path.Join(Dir, lang+".toml")
	var t textFile
	md, err := decode(fsys, file, &t)
	if err != nil {
		*p = append(*p, err)
		return
	}
	undecoded(file, md, p)
	for _, q := range f.questions {
		node := fmt.Sprintf("question %q", q.ID)
		tq, ok := t.Question[q.ID]
		if !ok {
			p.add(file, node, "no text (add [question.%s])", q.ID)
			continue
		}
		blank(file, node, "title", tq.Title, p)
		blank(file, node, "error", tq.Error, p)
		for _, o := range q.Options {
			blank(file, fmt.Sprintf("%s, option %q", node, o.ID), "label", tq.Options[o.ID], p)
		}
		for id := range tq.Options {
			if q.Option(id) == nil {
				p.add(file, fmt.Sprintf("%s, option %q", node, id), "no such option in %s", path.Join(Dir, GraphFile))
			}
		}
		q.text[lang] = QuestionText{Title: tq.Title, Hint: tq.Hint, Error: tq.Error, Labels: tq.Options}
	}
	for _, o := range f.outcomes {
		node := fmt.Sprintf("outcome %q", o.ID)
		to, ok := t.Outcome[o.ID]
		if !ok {
			p.add(file, node, "no text (add [outcome.%s])", o.ID)
			continue
		}
		blank(file, node, "title", to.Title, p)
		blank(file, node, "action", to.Action, p)
		count(file, node, "applies", to.Applies, 2, 7, p)
		count(file, node, "next", to.Next, 1, 4, p)
		o.text[lang] = OutcomeText{Title: to.Title, Action: to.Action, Applies: to.Applies, Next: to.Next}
	}
	for _, q := range f.questions {
		for _, o := range q.Options {
			for _, subj := range o.RulesOut {
				if strings.TrimSpace(t.Subjects[subj]) == "" {
					p.add(file, fmt.Sprintf("question %q, option %q", q.ID, o.ID), "rules out %q, which [subjects] does not name", subj)
				}
			}
		}
	}
	f.subjects[lang] = t.Subjects
	for id := range t.Question {
		if f.question[id] == nil {
			p.add(file, fmt.Sprintf("question %q", id), "no such question in %s", path.Join(Dir, GraphFile))
		}
	}
	for id := range t.Outcome {
		if f.outcome[id] == nil {
			p.add(file, fmt.Sprintf("outcome %q", id), "no such outcome in %s", path.Join(Dir, GraphFile))
		}
	}
}

func decode(fsys fs.FS, file string, v any) (toml.MetaData, error) {
	b, err := fs.ReadFile(fsys, file)
	if err != nil {
		return toml.MetaData{}, fmt.Errorf("content/%s: %w", file, err)
	}
	md, err := toml.Decode(string(b), v)
	if err != nil {
		return md, fmt.Errorf("content/%s: %w", file, err)
	}
	return md, nil
}

// undecoded reports keys the file has but the loader does not know: usually a typo.
func undecoded(file string, md toml.MetaData, p *problems) {
	for _, k := range md.Undecoded() {
		p.add(file, fmt.Sprintf("key %q", k.String()), "unknown key")
	}
}

func blank(file, node, field, s string, p *problems) {
	if strings.TrimSpace(s) == "" {
		p.add(file, node, "no %s", field)
	}
}

func count(file, node, field string, items []string, lo, hi int, p *problems) {
	if len(items) < lo || len(items) > hi {
		p.add(file, node, "%s has %d items, want %d to %d", field, len(items), lo, hi)
	}
	for i, s := range items {
		blank(file, node, fmt.Sprintf("text in %s item %d", field, i+1), s, p)
	}
}

func validID(id string) bool { return len(id) <= maxIDLen && idPattern.MatchString(id) }

// problems collects every fault in the content, so an editor sees them all at once.
type problems []error

func (p *problems) add(file, node, format string, args ...any) {
	*p = append(*p, fmt.Errorf("content/%s: %s: %s", file, node, fmt.Sprintf(format, args...)))
}
