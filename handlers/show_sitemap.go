package handlers

import (
	"bytes"
	"encoding/xml"

	"github.com/gofiber/fiber/v2"
)

// showRobots lets every crawler in and says where the sitemap is. Replies
// to questions are marked noindex on the page itself, not here, so that a
// crawler can see that mark.
func (s *Server) showRobots(c *fiber.Ctx) error {
	c.Set(fiber.HeaderContentType, "text/plain; charset=utf-8")
	markCacheable(c, "")
	return c.SendString("User-agent: *\nAllow: /\nSitemap: " + s.absURL(c, "/sitemap.xml") + "\n")
}

// sitemapURLSet is the sitemap protocol's document, with the hreflang
// alternates search engines use to show each page in the searcher's
// language.
type sitemapURLSet struct {
	XMLName xml.Name     `xml:"urlset"`
	NS      string       `xml:"xmlns,attr"`
	XHTML   string       `xml:"xmlns:xhtml,attr"`
	URLs    []sitemapURL `xml:"url"`
}

type sitemapURL struct {
	Loc        string           `xml:"loc"`
	Alternates []sitemapAltLink `xml:"xhtml:link"`
}

type sitemapAltLink struct {
	Rel      string `xml:"rel,attr"`
	Hreflang string `xml:"hreflang,attr"`
	Href     string `xml:"href,attr"`
}

// showSitemap lists every public page (the same set the static export
// writes) in every language, each with its alternates and x-default.
func (s *Server) showSitemap(c *fiber.Ctx) error {
	set := sitemapURLSet{NS: "http://www.sitemaps.org/schemas/sitemap/0.9", XHTML: "http://www.w3.org/1999/xhtml"}
	first := s.Locales.Languages[0].Tag
	for _, page := range s.publicPages() {
		var alts []sitemapAltLink
		for _, l := range s.Locales.Languages {
			alts = append(alts, sitemapAltLink{Rel: "alternate", Hreflang: l.Tag, Href: s.absURL(c, page[l.Tag])})
		}
		xDefault, ok := page["x-default"]
		if !ok {
			xDefault = page[first]
		}
		alts = append(alts, sitemapAltLink{Rel: "alternate", Hreflang: "x-default", Href: s.absURL(c, xDefault)})
		for _, l := range s.Locales.Languages {
			set.URLs = append(set.URLs, sitemapURL{Loc: s.absURL(c, page[l.Tag]), Alternates: alts})
		}
	}
	var buf bytes.Buffer
	buf.WriteString(xml.Header)
	if err := xml.NewEncoder(&buf).Encode(set); err != nil {
		return err
	}
	c.Set(fiber.HeaderContentType, "application/xml; charset=utf-8")
	markCacheable(c, "")
	return c.Send(buf.Bytes())
}
