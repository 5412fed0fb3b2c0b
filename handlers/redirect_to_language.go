package handlers

import "github.com/gofiber/fiber/v2"

// redirectToLanguage sends / to the home page in the browser's language.
// The answer depends on Accept-Language, so caches must keep one per value.
func (s *Server) redirectToLanguage(c *fiber.Ctx) error {
	loc := s.Locales.Negotiate(c.Get(fiber.HeaderAcceptLanguage))
	c.Vary(fiber.HeaderAcceptLanguage)
	c.Set(fiber.HeaderCacheControl, "no-cache")
	return c.Redirect("/"+loc.Lang.Tag+"/", fiber.StatusFound)
}
