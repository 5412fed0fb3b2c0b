package handlers

import "github.com/gofiber/fiber/v2"

// guideRoutes registers the guided flow; lang is the /:lang group.
func (s *Server) guideRoutes(lang fiber.Router) {
	lang.Get("/guide", s.showGuidePage)
}
