package handlers

import "github.com/gofiber/fiber/v2"

// statsRoutes registers the statistics pages; lang is the /:lang group.
func (s *Server) statsRoutes(lang fiber.Router) {
	if s.Stats == nil {
		return
	}
	lang.Get("/statistics", s.showStatisticsPage)
	lang.Get("/statistics/:period", s.showStatisticsMonthPage)
	lang.Get("/statistics/:period/:table", s.showStatisticsTablePage)
}

// statsAPIRoutes registers the JSON and CSV API under /api/v1/stats. It must
// be called before the /:lang group is created: that group's middleware
// answers every /api/… path with 404 otherwise. Everything it serves is
// serialized here, once.
func (s *Server) statsAPIRoutes(app *fiber.App) {
	if s.Stats == nil {
		return
	}
	api := newStatsAPI(s.Stats)
	app.Get("/api/v1/openapi.json", allowAnyOrigin, showOpenAPI)
	app.Get("/api/v1/stats", allowAnyOrigin, api.listMonths)
	app.Get("/api/v1/stats/:period", allowAnyOrigin, api.showMonth)
	app.Get("/api/v1/stats/:period/:file", allowAnyOrigin, api.downloadCSV)
}
