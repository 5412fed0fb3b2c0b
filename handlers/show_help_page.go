package handlers

import (
	"github.com/gofiber/fiber/v2"

	"returninfo/views"
)

// showHelpPage says which authority does what, and what this service cannot do.
func (s *Server) showHelpPage(c *fiber.Ctx) error {
	loc := localizer(c)
	page := s.page(c, loc, loc.T("HelpTitle"), func(lang string) string { return "/" + lang + "/help" })
	page.Description = loc.T("HelpIntro")
	markCacheable(c, "")
	return render(c, fiber.StatusOK, views.HelpPage(views.HelpView{Page: page}))
}
