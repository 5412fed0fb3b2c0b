// Package views renders pages from view models. Components know nothing of
// HTTP or of the content files; handlers build the view models.
package views

import (
	"html"
	"net/url"
	"regexp"
	"strings"

	"returninfo/internal/locale"
)

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

// OfficialSite is the police's home page, where the texts this service is
// built from are published; OfficialSiteName is how it is shown.
const (
	OfficialSite     = "https://www.politiet.no/"
	OfficialSiteName = "politiet.no"
)

// SiteName is the short name of an official home page: www.udi.no → udi.no.
func SiteName(home string) string {
	u, err := url.Parse(home)
	if err != nil || u.Host == "" {
		return home
	}
	return strings.TrimPrefix(u.Host, "www.")
}

// internalHref finds links to this site's own pages in rendered answer HTML.
var internalHref = regexp.MustCompile(`<a href="(/[^"]*)"`)

// PrintURLs gives each link to a page of this site a data-print-url with
// its full address, which the print style sheet prints after the link: a
// reader of a printed page cannot follow a bare path. html is checked,
// rendered content, never user input.
func PrintURLs(body, site string) string {
	if site == "" {
		return body
	}
	return internalHref.ReplaceAllString(body, `<a href="$1" data-print-url="`+strings.ReplaceAll(html.EscapeString(site), "$", "$$")+`$1"`)
}
