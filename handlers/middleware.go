package handlers

import (
	"bytes"
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
	if p, ok := c.Locals(cachedPageKey).(*cachedPage); ok && p.route != "" {
		route = p.route // served before routing: label it as its route
	}
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

// noRoute answers what no route took: 405 with Allow for methods this site
// does not take, 404 otherwise (servePages then redirects another spelling
// of a known address).
func (s *Server) noRoute(c *fiber.Ctx) error {
	if !c.Context().IsGet() && !c.Context().IsHead() {
		c.Set(fiber.HeaderAllow, "GET, HEAD")
		return fiber.ErrMethodNotAllowed
	}
	return fiber.ErrNotFound
}

// guardRequest refuses what the HTTP parser lets through but a proxy in
// front may read differently, and asks clients to leave while draining.
func (s *Server) guardRequest(c *fiber.Ctx) error {
	if s.draining.Load() {
		// Clients move to another copy before the listener closes, instead
		// of sending their next request into a closing connection.
		c.Response().SetConnectionClose()
	}
	h := &c.Request().Header
	if h.IsHTTP11() && len(h.Host()) == 0 {
		return fiber.NewError(fiber.StatusBadRequest, "HTTP/1.1 without Host")
	}
	if ambiguousFraming(h.RawHeaders()) {
		c.Response().SetConnectionClose()
		return fiber.NewError(fiber.StatusBadRequest, "ambiguous framing")
	}
	return c.Next()
}

var (
	contentLengthName    = []byte("content-length")
	transferEncodingName = []byte("transfer-encoding")
)

// ambiguousFraming reports an obs-folded header line (RFC 9112 5.2 allows
// refusing it) or Content-Length beside Transfer-Encoding (6.3): fasthttp
// reads them one way, a proxy in front may read them another.
func ambiguousFraming(raw []byte) bool {
	cl, te := false, false
	for line := range bytes.Lines(raw) {
		if line[0] == ' ' || line[0] == '\t' {
			return true
		}
		name, _, ok := bytes.Cut(line, []byte{':'})
		if !ok {
			continue
		}
		name = bytes.TrimSpace(name)
		cl = cl || bytes.EqualFold(name, contentLengthName)
		te = te || bytes.EqualFold(name, transferEncodingName)
	}
	return cl && te
}
