package handlers

import (
	"regexp"

	"github.com/gofiber/fiber/v2"

	"returninfo/internal/locale"
	"returninfo/views"
)

const localizerKey = "localizer"

// requireLanguage accepts only our language prefixes; the prefix is the one
// and only source of a page's language.
func (s *Server) requireLanguage(c *fiber.Ctx) error {
	loc, ok := s.Locales.Get(c.Params("lang"))
	if !ok {
		return fiber.ErrNotFound
	}
	c.Locals(localizerKey, loc)
	return c.Next()
}

func localizer(c *fiber.Ctx) *locale.Localizer {
	return c.Locals(localizerKey).(*locale.Localizer)
}

// page builds the layout's view model. pathIn gives this same page's path in
// any language, for hreflang and the language switch.
func (s *Server) page(c *fiber.Ctx, loc *locale.Localizer, title string, pathIn func(lang string) string) views.Page {
	p := views.Page{L: loc, Title: title, Canonical: s.absURL(c, pathIn(loc.Lang.Tag))}
	p.Ask = s.askSettings()
	for _, l := range s.Locales.Languages {
		p.Alternates = append(p.Alternates, views.Alternate{
			Lang: l.Tag, Name: l.Name, URL: s.absURL(c, pathIn(l.Tag)), Current: l.Tag == loc.Lang.Tag,
		})
	}
	p.XDefault = s.absURL(c, pathIn(s.Locales.Languages[0].Tag))
	return p
}

// hostPattern is what a Host header may look like before we put it in a
// link: a name or address and a port, nothing else.
var hostPattern = regexp.MustCompile(`^[A-Za-z0-9.-]+(:[0-9]{1,5})?$|^\[[0-9A-Fa-f:.]+\](:[0-9]{1,5})?$`)

// absURL makes an absolute URL for links people copy, print or share.
func (s *Server) absURL(c *fiber.Ctx, path string) string {
	if s.PublicURL != "" {
		return s.PublicURL + path
	}
	host := c.Hostname()
	if !hostPattern.MatchString(host) {
		host = "localhost"
	}
	return c.Protocol() + "://" + host + path
}
