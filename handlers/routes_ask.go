package handlers

import "github.com/gofiber/fiber/v2"

// askRoutes registers the ask pages; lang is the /:lang group.
func (s *Server) askRoutes(app *fiber.App, lang fiber.Router) {}
