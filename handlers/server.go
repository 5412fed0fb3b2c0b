// Package handlers is the HTTP layer: it parses requests, asks the domain
// packages, and renders views. It holds no domain logic.
package handlers

import (
	"log/slog"
	"strings"
	"time"

	"github.com/gofiber/fiber/v2"

	"returninfo/internal/answers"
	"returninfo/internal/guide"
	"returninfo/internal/locale"
)

// Server holds what the handlers need; everything is loaded and checked
// before the server starts, and never changes while it runs.
type Server struct {
	Locales *locale.Set
	Answers *answers.Library
	Guide   *guide.Flow
	// PublicURL is the service's address as people see it (https://example.org),
	// used for the links people copy and print. Empty: taken from the request.
	PublicURL string
	Log       *slog.Logger
}

// requestLimit is far more than any form here sends; bigger bodies are refused.
const requestLimit = 16 * 1024

// NewApp builds the Fiber application with every route and middleware.
func (s *Server) NewApp() *fiber.App {
	if s.Log == nil {
		s.Log = slog.Default()
	}
	s.PublicURL = strings.TrimRight(s.PublicURL, "/")
	app := fiber.New(fiber.Config{
		AppName:               "returninfo",
		DisableStartupMessage: true,
		ErrorHandler:          s.handleError,
		BodyLimit:             requestLimit,
		ReadTimeout:           10 * time.Second,
		WriteTimeout:          10 * time.Second,
		IdleTimeout:           60 * time.Second,
	})
	s.routes(app)
	return app
}
