// Package answers loads the curated guidance answers and topics from the
// content files, checks them, and renders their Markdown once at start-up.
package answers

import "time"

// Answer is one guidance answer in one language.
type Answer struct {
	ID            string    `toml:"id"`
	Lang          string    `toml:"-"`
	Slug          string    `toml:"slug"`
	PreviousSlugs []string  `toml:"previous_slugs"`
	Title         string    `toml:"title"`
	Summary       string    `toml:"summary"`
	Related       []string  `toml:"related"`
	Sources       []string  `toml:"sources"`
	Reviewed      time.Time `toml:"reviewed"`
	Examples      []string  `toml:"examples"`
	Keywords      []string  `toml:"keywords"`

	Body  string   `toml:"-"` // Markdown as written
	HTML  string   `toml:"-"` // rendered, safe: raw HTML is refused at load
	Links []string `toml:"-"` // answer IDs linked from the body, in order
	File  string   `toml:"-"` // path in the content tree, for error messages
}

// Topic is a group of answers on the home page, in one language.
type Topic struct {
	ID      string
	Lang    string
	Slug    string   `toml:"slug"`
	Title   string   `toml:"title"`
	Intro   string   `toml:"intro"`
	Answers []string // home answers first, then those at home elsewhere
	Home    int      // Answers[:Home] have this topic as their home
}

// Source is an official text that answers are based on.
type Source struct {
	ID    string
	File  string            `toml:"file"`
	URL   string            `toml:"url"` // the publisher's home page
	Title map[string]string `toml:"title"`
}
