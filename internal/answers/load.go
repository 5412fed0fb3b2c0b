package answers

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/BurntSushi/toml"
)

// Library is every answer and topic in every language, checked and rendered.
type Library struct {
	langs   []string
	ids     []string                      // in topic order, then any others by ID
	answers map[string]map[string]*Answer // lang -> id -> answer
	topics  map[string][]*Topic           // lang -> topics in order
	files   map[string]map[string]bool    // lang -> IDs that have a file, valid or not
	sources map[string]*Source
}

var (
	idPattern   = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	slugPattern = idPattern
)

// problems collects every content error so an editor sees all of them at once.
type problems []error

func (p *problems) add(file, format string, args ...any) {
	*p = append(*p, fmt.Errorf("content/%s: %s", file, fmt.Sprintf(format, args...)))
}

// Load reads and checks the answers, topics and sources for the given
// languages. Any problem stops the load: the error names every file and what
// is wrong, and nothing is returned half-loaded.
func Load(fsys fs.FS, langs []string) (*Library, error) {
	var p problems
	lib := &Library{
		langs:   langs,
		answers: map[string]map[string]*Answer{},
		topics:  map[string][]*Topic{},
		files:   map[string]map[string]bool{},
	}
	lib.sources = loadSources(fsys, langs, &p)
	for _, lang := range langs {
		lib.answers[lang], lib.files[lang] = loadAnswers(fsys, lang, lib.sources, &p)
	}
	structure := loadTopicStructure(fsys, &p)
	for _, lang := range langs {
		lib.topics[lang] = loadTopics(fsys, lang, structure, &p)
	}
	lib.ids = orderIDs(structure, lib.files)
	checkCrossReferences(lib, structure, &p)
	if len(p) > 0 {
		return nil, errors.Join(p...)
	}
	return lib, nil
}

func loadSources(fsys fs.FS, langs []string, p *problems) map[string]*Source {
	const file = "sources.toml"
	sources := map[string]*Source{}
	b, err := fs.ReadFile(fsys, file)
	if err != nil {
		p.add(file, "cannot read: %v", err)
		return sources
	}
	if _, err := toml.Decode(string(b), &sources); err != nil {
		p.add(file, "%v", err)
		return sources
	}
	for id, s := range sources {
		s.ID = id
		for _, lang := range langs {
			if strings.TrimSpace(s.Title[lang]) == "" {
				p.add(file, "source %q has no title in %q", id, lang)
			}
		}
		if s.URL != "" && !officialHome(s.URL) {
			p.add(file, "source %q: url must be an official home page (udi.no, politiet.no, iom.int)", id)
		}
	}
	return sources
}

const frontMatterFence = "+++"

func loadAnswers(fsys fs.FS, lang string, sources map[string]*Source, p *problems) (map[string]*Answer, map[string]bool) {
	dir := path.Join("answers", lang)
	out := map[string]*Answer{}
	files := map[string]bool{}
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		p.add(dir, "cannot read the answers for language %q: %v", lang, err)
		return out, files
	}
	slugs := map[string]string{}
	for _, e := range entries {
		file := path.Join(dir, e.Name())
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".md") {
			p.add(file, "only <id>.md files belong here")
			continue
		}
		files[strings.TrimSuffix(e.Name(), ".md")] = true
		a, err := parseAnswer(fsys, file, lang)
		if err != nil {
			p.add(file, "%v", err)
			continue
		}
		before := len(*p)
		checkAnswer(a, sources, p)
		for _, s := range append([]string{a.Slug}, a.PreviousSlugs...) {
			if other, dup := slugs[s]; dup {
				p.add(file, "slug %q is already used by %q", s, other)
			}
			slugs[s] = a.ID
		}
		if len(*p) == before {
			out[a.ID] = a
		}
	}
	return out, files
}

func parseAnswer(fsys fs.FS, file, lang string) (*Answer, error) {
	b, err := fs.ReadFile(fsys, file)
	if err != nil {
		return nil, err
	}
	b = bytes.ReplaceAll(b, []byte("\r\n"), []byte("\n"))
	rest, ok := bytes.CutPrefix(b, []byte(frontMatterFence+"\n"))
	if !ok {
		return nil, fmt.Errorf("must start with a %s line (front matter)", frontMatterFence)
	}
	front, body, ok := bytes.Cut(rest, []byte("\n"+frontMatterFence+"\n"))
	if !ok {
		return nil, fmt.Errorf("front matter is not closed by a %s line", frontMatterFence)
	}
	a := &Answer{Lang: lang, File: "content/" + file, Body: strings.TrimSpace(string(body))}
	meta, err := toml.Decode(string(front), a)
	if err != nil {
		return nil, fmt.Errorf("front matter: %v", err)
	}
	if keys := meta.Undecoded(); len(keys) > 0 {
		return nil, fmt.Errorf("front matter: unknown field %q", keys[0].String())
	}
	return a, nil
}

func checkAnswer(a *Answer, sources map[string]*Source, p *problems) {
	file := strings.TrimPrefix(a.File, "content/")
	want := strings.TrimSuffix(path.Base(file), ".md")
	switch {
	case a.ID != want:
		p.add(file, "id %q must equal the file name %q", a.ID, want)
	case !idPattern.MatchString(a.ID):
		p.add(file, "id %q: use a-z, 0-9 and single hyphens", a.ID)
	}
	if !slugPattern.MatchString(a.Slug) {
		p.add(file, "slug %q: use a-z, 0-9 and single hyphens", a.Slug)
	}
	for _, s := range a.PreviousSlugs {
		if !slugPattern.MatchString(s) || s == a.Slug {
			p.add(file, "previous slug %q must be a valid slug other than the current one", s)
		}
	}
	if strings.TrimSpace(a.Title) == "" {
		p.add(file, "title is empty")
	}
	if strings.TrimSpace(a.Summary) == "" {
		p.add(file, "summary is empty")
	}
	if a.Body == "" {
		p.add(file, "body is empty")
	}
	if a.Reviewed.IsZero() {
		p.add(file, "reviewed date is missing")
	}
	if len(a.Sources) == 0 {
		p.add(file, "names no source")
	}
	for _, s := range a.Sources {
		if sources[s] == nil {
			p.add(file, "source %q is not in sources.toml", s)
		}
	}
	if a.Body != "" {
		if err := renderBody(a); err != nil {
			p.add(file, "%v", err)
		}
	}
}

type topicStructure struct {
	Topic []struct {
		ID      string   `toml:"id"`
		Answers []string `toml:"answers"` // answers whose home this topic is
		Also    []string `toml:"also"`    // listed here too, but at home elsewhere
	} `toml:"topic"`
}

func loadTopicStructure(fsys fs.FS, p *problems) topicStructure {
	const file = "topics.toml"
	var s topicStructure
	b, err := fs.ReadFile(fsys, file)
	if err != nil {
		p.add(file, "cannot read: %v", err)
		return s
	}
	if _, err := toml.Decode(string(b), &s); err != nil {
		p.add(file, "%v", err)
	}
	return s
}

func loadTopics(fsys fs.FS, lang string, s topicStructure, p *problems) []*Topic {
	file := path.Join("topics", lang+".toml")
	texts := map[string]*Topic{}
	b, err := fs.ReadFile(fsys, file)
	if err != nil {
		p.add(file, "cannot read the topics for language %q: %v", lang, err)
		return nil
	}
	if _, err := toml.Decode(string(b), &texts); err != nil {
		p.add(file, "%v", err)
		return nil
	}
	var out []*Topic
	slugs := map[string]bool{}
	for _, st := range s.Topic {
		t := texts[st.ID]
		if t == nil {
			p.add(file, "topic %q has no text", st.ID)
			continue
		}
		delete(texts, st.ID)
		t.ID, t.Lang, t.Home = st.ID, lang, len(st.Answers)
		t.Answers = append(append([]string{}, st.Answers...), st.Also...)
		if strings.TrimSpace(t.Title) == "" || strings.TrimSpace(t.Intro) == "" {
			p.add(file, "topic %q needs a title and an intro", st.ID)
		}
		if !slugPattern.MatchString(t.Slug) || slugs[t.Slug] {
			p.add(file, "topic %q: slug %q must be unique and use a-z, 0-9 and hyphens", st.ID, t.Slug)
		}
		slugs[t.Slug] = true
		out = append(out, t)
	}
	for id := range texts {
		p.add(file, "topic %q is not in topics.toml", id)
	}
	return out
}

// orderIDs lists answer IDs in the order topics list them, then the rest.
func orderIDs(s topicStructure, files map[string]map[string]bool) []string {
	seen := map[string]bool{}
	var ids []string
	for _, t := range s.Topic {
		for _, id := range t.Answers {
			if !seen[id] {
				seen[id] = true
				ids = append(ids, id)
			}
		}
	}
	var rest []string
	for _, byID := range files {
		for id := range byID {
			if !seen[id] {
				seen[id] = true
				rest = append(rest, id)
			}
		}
	}
	sort.Strings(rest)
	return append(ids, rest...)
}

// checkCrossReferences checks what spans files: every answer in every
// language, links to answers that exist, the same related answers and links
// in every language, every answer in a topic.
func checkCrossReferences(lib *Library, s topicStructure, p *problems) {
	inTopic := map[string]bool{}
	home := map[string]string{}
	for _, t := range s.Topic {
		if len(t.Answers) == 0 {
			p.add("topics.toml", "topic %q lists no answers", t.ID)
		}
		for _, id := range t.Answers {
			if h, ok := home[id]; ok {
				p.add("topics.toml", "answer %q has two home topics, %q and %q: list it under `also` in one of them", id, h, t.ID)
			}
			home[id] = t.ID
			inTopic[id] = true
		}
		for _, id := range t.Also {
			if slices.Contains(t.Answers, id) {
				p.add("topics.toml", "topic %q lists answer %q both as home and under `also`", t.ID, id)
			}
			inTopic[id] = true
		}
	}
	for _, id := range lib.ids {
		var first *Answer
		for _, lang := range lib.langs {
			a := lib.answers[lang][id]
			if a == nil {
				if !lib.files[lang][id] {
					p.add(path.Join("answers", lang, id+".md"), "answer %q is missing in %q", id, lang)
				}
				continue
			}
			for _, r := range append(append([]string{}, a.Related...), a.Links...) {
				if !lib.exists(r) {
					p.add(strings.TrimPrefix(a.File, "content/"), "links to answer %q, which does not exist", r)
				}
			}
			if slices.Contains(a.Related, a.ID) {
				p.add(strings.TrimPrefix(a.File, "content/"), "lists itself as related")
			}
			if first == nil {
				first = a
				continue
			}
			if !slices.Equal(sortedCopy(first.Related), sortedCopy(a.Related)) {
				p.add(strings.TrimPrefix(a.File, "content/"), "related answers %v differ from %s's %v", a.Related, first.Lang, first.Related)
			}
			if !slices.Equal(sortedCopy(first.Sources), sortedCopy(a.Sources)) {
				p.add(strings.TrimPrefix(a.File, "content/"), "sources %v differ from %s's %v", a.Sources, first.Lang, first.Sources)
			}
		}
		if home[id] == "" {
			p.add("topics.toml", "answer %q has no home topic (no topic lists it under `answers`)", id)
		}
	}
	for id := range inTopic {
		if !lib.exists(id) {
			p.add("topics.toml", "lists answer %q, which does not exist", id)
		}
	}
}

// exists reports whether an answer file exists in some language (a file that
// failed its own checks is reported there, not again as a dangling link).
func (lib *Library) exists(id string) bool {
	for _, lang := range lib.langs {
		if lib.files[lang][id] {
			return true
		}
	}
	return false
}

func sortedCopy(s []string) []string {
	c := slices.Clone(s)
	sort.Strings(c)
	return c
}
