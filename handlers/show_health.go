package handlers

import "github.com/gofiber/fiber/v2"

// showHealth answers 200 while the process can serve: content was checked
// before the server started listening.
func showHealth(c *fiber.Ctx) error {
	c.Set(fiber.HeaderCacheControl, "no-store")
	c.Set(fiber.HeaderContentType, "text/plain; charset=utf-8")
	return c.SendString("ok\n")
}

// showReadiness answers 200 while this copy wants new requests, and 503
// once it is draining before shutdown, so a load balancer moves traffic
// elsewhere before the listener closes.
func (s *Server) showReadiness(c *fiber.Ctx) error {
	c.Set(fiber.HeaderCacheControl, "no-store")
	c.Set(fiber.HeaderContentType, "text/plain; charset=utf-8")
	if s.draining.Load() {
		return c.Status(fiber.StatusServiceUnavailable).SendString("draining\n")
	}
	return c.SendString("ready\n")
}

// Drain marks this copy as going away: /readyz starts to answer 503.
func (s *Server) Drain() { s.draining.Store(true) }
