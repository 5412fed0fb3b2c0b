package handlers

import "github.com/gofiber/fiber/v2"

// guideRoutes registers the guided flow and the help page its outcomes link;
// lang is the /:lang group.
func (s *Server) guideRoutes(lang fiber.Router) {
	lang.Get("/guide", s.showGuidePage)
	lang.Get("/help", s.showHelpPage)
}
