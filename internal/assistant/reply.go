package assistant

import (
	"math"
)

// Kind is what sort of reply the assistant gives.
type Kind string

// The kinds of reply.
const (
	KindAnswer    Kind = "answer"    // sure: one of the curated answers
	KindChoice    Kind = "choice"    // torn between two or three answers: the person chooses
	KindReferral  Kind = "referral"  // a known subject this service does not cover: where to turn
	KindStatistic Kind = "statistic" // a figure from the statistics, or what is and is not published
	KindFallback  Kind = "fallback"  // nothing understood: the topics to choose from
	KindLanguage  Kind = "language"  // written in a language the service does not publish
)

// Kinds lists every kind, in the order the API documents them.
var Kinds = []Kind{KindAnswer, KindChoice, KindReferral, KindStatistic, KindFallback, KindLanguage}

// ItemType says what an Item links to.
type ItemType string

// The things a reply links to.
const (
	ItemAnswer     ItemType = "answer"
	ItemTopic      ItemType = "topic"
	ItemStatistics ItemType = "statistics" // a month's statistics page
	ItemSite       ItemType = "site"       // an official site's home page (udi.no, politiet.no, iom.int)
	ItemPage       ItemType = "page"       // another page of this service, such as where to get help
)

// Reply is the assistant's reply to one question. It holds nothing of the
// question itself.
type Reply struct {
	Lang string
	Kind Kind
	// Title names what the reply answers, so that Text is never read as
	// the answer to another question: the answer's title (the question it
	// answers), the referral's subject, or the choice's prompt.
	Title string
	// TextLang is the language of Title and Text when it is not Lang: a
	// notice in the language the question was written in (KindLanguage).
	TextLang string
	// TextDir is "rtl" when TextLang is written right to left, else "".
	TextDir string
	// SuggestLang is a published language the question seems written in
	// when it is not Lang ("ask in English"), or "".
	SuggestLang string
	// Text is the reply shown to the person: the best answer's summary, the
	// sentence with the figure, or the honest "no answer".
	Text string
	// Items are best first, at most maxItems: the answers (the best, then
	// alternatives), the statistics page, or the topics to choose from.
	Items []Item
	// Warning is set when the question looked like it held personal data.
	Warning string
	// Confidence is how sure the match is (0..1); 1 for a statistic.
	Confidence float64
	// Statistic is the figure, for KindStatistic; nil otherwise.
	Statistic *Statistic
}

// Item is one link in a reply. URLs are paths in the reply's language.
type Item struct {
	Type    ItemType
	ID      string // answer ID, topic ID, statistics period (YYYY-MM) or site ID
	Title   string
	Summary string  // the answer's summary, for a choice; "" otherwise
	URL     string  // a path on this service, or an official site's home page
	Score   float64 // 0..1
}

const maxItems = 3

// An alternative is shown beside an answer when it comes close to the best
// answer's score, or has at least half of the question and is not far
// behind.
const (
	minAlternativeRel      = 0.35
	minAlternativeCoverage = 0.5
	minAlternativeFloor    = 0.1
)

func round3(f float64) float64 { return math.Round(f*1000) / 1000 }
