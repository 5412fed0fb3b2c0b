package handlers

import (
	"sync"

	"github.com/gofiber/fiber/v2"
)

// statsRoutes registers the statistics pages; lang is the /:lang group.
func (s *Server) statsRoutes(lang fiber.Router) {
	if s.Stats == nil {
		return
	}
	lang.Get("/statistics", s.showStatisticsPage)
	lang.Get("/statistics/trends", s.showStatisticsTrendsPage) // before :period takes "trends"
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
	api := s.statsAPIOnce()
	app.Get("/api/v1/openapi.json", allowAnyOrigin, showOpenAPI)
	app.Get("/api/v1/stats", allowAnyOrigin, api.listMonths)
	// Files of every month, before /:period would take their names.
	for file := range api.all {
		app.Get("/api/v1/stats/"+file, allowAnyOrigin, api.downloadAll(file))
	}
	app.Get("/api/v1/stats/:period", allowAnyOrigin, api.showMonth)
	app.Get("/api/v1/stats/:period/:file", allowAnyOrigin, api.downloadCSV)
}

// statsAPIs keeps each store's serialized API: the workbooks take a while
// to write, and every app made for the same content serves the same bytes.
var statsAPIs sync.Map // *stats.Store → *statsAPI

func (s *Server) statsAPIOnce() *statsAPI {
	if api, ok := statsAPIs.Load(s.Stats); ok {
		return api.(*statsAPI)
	}
	api, err := s.newStatsAPI()
	if err != nil {
		// Checked data written to memory: only a defect in this program gets here.
		panic("statistics downloads: " + err.Error())
	}
	actual, _ := statsAPIs.LoadOrStore(s.Stats, api)
	return actual.(*statsAPI)
}
