package handlers

import "github.com/gofiber/fiber/v2"

// statsRoutes registers the stats pages; lang is the /:lang group.
func (s *Server) statsRoutes(app *fiber.App, lang fiber.Router) {}
