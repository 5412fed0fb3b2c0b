package handlers

import (
	"github.com/gofiber/fiber/v2"

	"returninfo/views"
)

// accessibilityUpdated is when the statement was last checked against the
// tests it describes.
var accessibilityUpdated = [3]int{2026, 11, 21}

func (s *Server) showAccessibilityPage(c *fiber.Ctx) error {
	loc := localizer(c)
	page := s.page(c, loc, loc.T("A11yTitle"), func(lang string) string { return "/" + lang + "/accessibility" })
	page.Description = loc.T("A11yIntro")
	v := views.AccessibilityView{Page: page, Updated: loc.Date(accessibilityUpdated[0], accessibilityUpdated[1], accessibilityUpdated[2])}
	markCacheable(c, "")
	return render(c, fiber.StatusOK, views.AccessibilityPage(v))
}
