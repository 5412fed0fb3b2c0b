package handlers

import (
	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/recover"
)

func (s *Server) routes(app *fiber.App) {
	app.Use(s.logAccess)
	app.Use(s.guardRequest)
	app.Use(recover.New(recover.Config{EnableStackTrace: true, StackTraceHandler: s.logPanic}))
	app.Use(setSecurityHeaders)
	app.Use(s.servePages)

	app.Get("/healthz", showHealth)
	app.Get("/readyz", s.showReadiness)
	s.serveAssets(app)
	app.Get("/", s.redirectToLanguage)
	app.Get("/robots.txt", s.showRobots)
	app.Get("/sitemap.xml", s.showSitemap)
	app.Get("/favicon.ico", showFavicon)

	// The API comes before the /:lang group, whose middleware would take
	// /api/… for a language and answer 404.
	s.statsAPIRoutes(app)
	s.askAPIRoutes(app)

	lang := app.Group("/:lang", s.requireLanguage)
	lang.Get("/", s.showHomePage)
	lang.Get("/t/:id", s.showTopicPage)
	lang.Get("/t/:id/:slug", s.showTopicPage)
	lang.Get("/a/:id", s.showAnswerPage)
	lang.Get("/a/:id/:slug", s.showAnswerPage)
	lang.Get("/accessibility", s.showAccessibilityPage)

	// Each feature registers its own routes in its own file.
	s.guideRoutes(lang)
	s.statsRoutes(lang)
	s.askRoutes(lang)

	app.Use(s.noRoute)
}
