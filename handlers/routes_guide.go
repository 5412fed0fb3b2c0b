package handlers

import "github.com/gofiber/fiber/v2"

// guideRoutes registers the guide pages; lang is the /:lang group.
func (s *Server) guideRoutes(lang fiber.Router) {}
