package handlers

import (
	"github.com/gofiber/fiber/v2"

	"returninfo/views"
)

// serveAssets serves the CSS and JavaScript under content-hashed names: a
// new release gets new names, so browsers may keep each file for a year.
func (s *Server) serveAssets(app *fiber.App) {
	for _, a := range views.Assets() {
		a := a
		app.Get(a.HashedPath, func(c *fiber.Ctx) error {
			c.Set(fiber.HeaderContentType, a.ContentType)
			c.Set(fiber.HeaderCacheControl, "public, max-age=31536000, immutable")
			return c.Send(a.Body)
		})
	}
}
