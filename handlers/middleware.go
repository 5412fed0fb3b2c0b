package handlers

import (
	"fmt"
	"log/slog"
	"time"

	"github.com/gofiber/fiber/v2"
)

// contentSecurityPolicy allows nothing from another host and no inline script.
const contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

// securityHeaders are set on every response; as bytes, once, because every
// request pays for them.
var securityHeaders = [][2][]byte{
	{[]byte("Content-Security-Policy"), []byte(contentSecurityPolicy)},
	{[]byte("X-Content-Type-Options"), []byte("nosniff")},
	{[]byte("Referrer-Policy"), []byte("no-referrer")},
	{[]byte("X-Frame-Options"), []byte("DENY")},
	{[]byte("Cross-Origin-Opener-Policy"), []byte("same-origin")},
	{[]byte("Cross-Origin-Resource-Policy"), []byte("same-origin")},
	{[]byte("Permissions-Policy"), []byte("camera=(), microphone=(), geolocation=(), interest-cohort=()")},
}

func setSecurityHeaders(c *fiber.Ctx) error {
	h := &c.Response().Header
	for _, kv := range securityHeaders {
		h.SetCanonical(kv[0], kv[1])
	}
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
	if !s.NoAccessLog {
		s.Log.LogAttrs(c.UserContext(), slog.LevelInfo, "request",
			slog.String("method", c.Method()),
			slog.String("route", route),
			slog.Int("status", status),
			slog.Float64("ms", float64(took.Microseconds())/1000),
		)
	}
	return nil
}

func (s *Server) logPanic(c *fiber.Ctx, e any) {
	s.Log.Error("panic", "route", c.Route().Path, "panic", fmt.Sprint(e))
}
