package handlers

import (
	"github.com/gofiber/fiber/v2"

	"returninfo/views"
)

// immutable is for files whose name changes whenever their content does.
const immutable = "public, max-age=31536000, immutable"

// serveAssets serves the CSS and JavaScript under content-hashed names: a
// new release gets new names, so browsers may keep each file for a year.
// They are compressed once, here.
func (s *Server) serveAssets(app *fiber.App) {
	for _, a := range views.Assets() {
		page := newCachedPage(a.ContentType, immutable, a.Body)
		app.Get(a.HashedPath, func(c *fiber.Ctx) error { return sendCached(c, page) })
	}
}

// showFavicon sends clients that ask for /favicon.ico by habit (pages name
// their icon) to the icon, so no page load logs a 404.
func showFavicon(c *fiber.Ctx) error {
	c.Set(fiber.HeaderCacheControl, "public, max-age=86400")
	return c.Redirect(views.Asset("favicon.svg"), fiber.StatusMovedPermanently)
}
