package handlers

import "github.com/gofiber/fiber/v2"

// askRoutes registers the ask pages; lang is the /:lang group.
func (s *Server) askRoutes(lang fiber.Router) {
	if s.Assistant == nil {
		return
	}
	lang.Get("/ask", s.askLimiter, s.showAskPage)
}

// askAPIRoutes registers the assistant's JSON API. Like the statistics API,
// it must come before the /:lang group, which would answer /api/… with 404.
func (s *Server) askAPIRoutes(app *fiber.App) {
	if s.Assistant == nil {
		return
	}
	app.Get("/api/v1/ask", s.askLimiter, s.apiAsk)
}
