package handlers

import "github.com/gofiber/fiber/v2"

// showHealth answers 200 while the process can serve: content was checked
// before the server started listening.
func showHealth(c *fiber.Ctx) error {
	c.Set(fiber.HeaderCacheControl, "no-store")
	c.Set(fiber.HeaderContentType, "text/plain; charset=utf-8")
	return c.SendString("ok\n")
}
