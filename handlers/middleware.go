package handlers

import (
	"fmt"
	"time"

	"github.com/gofiber/fiber/v2"
)

// contentSecurityPolicy allows nothing from another host and no inline script.
const contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

func setSecurityHeaders(c *fiber.Ctx) error {
	h := &c.Response().Header
	h.Set("Content-Security-Policy", contentSecurityPolicy)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Cross-Origin-Opener-Policy", "same-origin")
	h.Set("Cross-Origin-Resource-Policy", "same-origin")
	h.Set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()")
	return c.Next()
}

// logAccess writes one line per request: method, route pattern, status and
// latency. Never the path as typed, the query string or the client address:
// they can say who someone is and what they asked.
func (s *Server) logAccess(c *fiber.Ctx) error {
	start := time.Now()
	if err := c.Next(); err != nil {
		if herr := s.handleError(c, err); herr != nil {
			_ = c.SendStatus(fiber.StatusInternalServerError)
		}
	}
	took := time.Since(start)
	route, status := c.Route().Path, c.Response().StatusCode()
	s.metrics.observe(c.Method(), route, status, took)
	s.Log.Info("request",
		"method", c.Method(),
		"route", route,
		"status", status,
		"ms", float64(took.Microseconds())/1000,
	)
	return nil
}

func (s *Server) logPanic(c *fiber.Ctx, e any) {
	s.Log.Error("panic", "route", c.Route().Path, "panic", fmt.Sprint(e))
}
