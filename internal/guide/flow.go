// Package guide is the guided flow: a graph of questions that leads a person,
// one question at a time, to an outcome that links the answers that apply to them.
// The graph and its texts are data (content/flow/); this package loads and checks
// them, and turns a query string into the state of one person's walk.
package guide

// Flow is a loaded and checked guided flow. It is read-only and safe for concurrent use.
type Flow struct {
	start     string
	langs     []string
	questions []*Question // in file order
	outcomes  []*Outcome  // in file order
	question  map[string]*Question
	outcome   map[string]*Outcome
	// below[q] lists the questions that can follow q on some path.
	below map[string][]string
	// subjects[lang][id] is how a language names a subject an answer can rule out.
	subjects map[string]map[string]string
}

// Question is one step of the flow: the query parameter named ID holds its answer.
type Question struct {
	ID      string
	Options []*Option
	text    map[string]QuestionText
}

// Option is one possible answer to a question.
type Option struct {
	ID string
	// Next is the ID of the next question or of an outcome.
	Next string
	// DontKnow marks "I don't know" / "not sure" options, which pages may set apart.
	DontKnow bool
	// RulesOut names subjects this answer excludes ("not in the fast-track
	// procedure"): an outcome reached after it must not speak of them.
	RulesOut []string
}

// QuestionText is a question's wording in one language.
type QuestionText struct {
	Title  string            // the legend, a question to the person
	Hint   string            // optional
	Error  string            // shown when the form is sent without a choice
	Labels map[string]string // option ID → label
}

// Outcome is where a path ends: short text plus the answers that apply, in order.
type Outcome struct {
	ID      string
	Action  string // where the first, most important step leads: one of ActionTargets
	Answers []string
	text    map[string]OutcomeText
}

// OutcomeText is an outcome's wording in one language.
type OutcomeText struct {
	Title   string
	Action  string   // the link text of the first, most important step
	Applies []string // "what applies to you"
	Next    []string // "what you can do next"
}

// Subject is how a language names a subject an answer can rule out, as it
// appears in outcome texts.
func (f *Flow) Subject(lang, id string) string { return f.subjects[lang][id] }

// Start is the first question.
func (f *Flow) Start() *Question { return f.question[f.start] }

// Languages are the languages the flow was loaded and checked in.
func (f *Flow) Languages() []string { return append([]string(nil), f.langs...) }

// Questions lists every question in file order.
func (f *Flow) Questions() []*Question { return append([]*Question(nil), f.questions...) }

// Outcomes lists every outcome in file order.
func (f *Flow) Outcomes() []*Outcome { return append([]*Outcome(nil), f.outcomes...) }

// Question returns the question with this ID, or nil.
func (f *Flow) Question(id string) *Question { return f.question[id] }

// Outcome returns the outcome with this ID, or nil.
func (f *Flow) Outcome(id string) *Outcome { return f.outcome[id] }

// Option returns the option with this ID, or nil.
func (q *Question) Option(id string) *Option {
	for _, o := range q.Options {
		if o.ID == id {
			return o
		}
	}
	return nil
}

// Text is the question's wording in lang; the zero value for a language not loaded.
func (q *Question) Text(lang string) QuestionText { return q.text[lang] }

// Label is an option's label in lang.
func (q *Question) Label(lang, option string) string { return q.text[lang].Labels[option] }

// Text is the outcome's wording in lang; the zero value for a language not loaded.
func (o *Outcome) Text(lang string) OutcomeText { return o.text[lang] }

// ActionTargets are the places an outcome's action may lead: UDI's home page (where
// assisted return is applied for; the sources give no deeper address) or this
// service's help page.
var ActionTargets = []string{"udi", "help"}
