// Package views renders pages from view models. Components know nothing of
// HTTP or of the content files; handlers build the view models.
package views

import "returninfo/internal/locale"

// Page is what every page's layout needs.
type Page struct {
	L           *locale.Localizer
	Title       string // the page's own title; the site name is added
	Description string
	Canonical   string // absolute URL of this page
	Alternates  []Alternate
	XDefault    string // absolute URL for hreflang="x-default"
	Section     string // "home", "guide", "statistics": marks the current menu item

	Ask AskSettings // the question box (ask.templ): its limit and hints
}

// Alternate is this page in one language.
type Alternate struct {
	Lang    string // BCP 47 tag, for hreflang and lang
	Name    string // the language's name in itself
	URL     string // absolute
	Current bool
}

// Link is a titled link with an optional summary, as in lists of answers.
type Link struct {
	Title   string
	Summary string
	URL     string
}

// Home returns the path of the home page in the page's language.
func (p Page) Home() string { return "/" + p.L.Lang.Tag + "/" }

// Path returns a path under the page's language prefix.
func (p Page) Path(rest string) string { return "/" + p.L.Lang.Tag + "/" + rest }

// DocumentTitle is the <title>: the page first, so tabs stay readable.
func (p Page) DocumentTitle() string {
	site := p.L.T("SiteName")
	if p.Title == "" || p.Title == site {
		return site
	}
	return p.Title + " – " + site
}
