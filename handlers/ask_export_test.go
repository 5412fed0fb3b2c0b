package handlers

import (
	"github.com/gofiber/fiber/v2"

	"returninfo/internal/assistant"
)

// AskReplyApp serves /{lang}/ask with a fixed reply through the reply
// page's own rendering, for the kinds of reply the engine cannot be made to
// give on purpose. The question q is masked as the real page masks it.
func (s *Server) AskReplyApp(r *assistant.Reply, q string) *fiber.App {
	app := fiber.New(fiber.Config{ErrorHandler: s.handleError})
	app.Get("/:lang/ask", s.requireLanguage, func(c *fiber.Ctx) error {
		return s.renderAskPage(c, localizer(c), fiber.StatusOK, askPage{
			question: q, reply: r, pathIn: func(other string) string { return replyPathIn(r, other) },
		})
	})
	return app
}

// AskAPIApp serves /api/v1/ask with a fixed reply through the API's own
// mapping to JSON.
func (s *Server) AskAPIApp(r *assistant.Reply) *fiber.App {
	app := fiber.New(fiber.Config{ErrorHandler: s.handleError})
	app.Get("/api/v1/ask", func(c *fiber.Ctx) error { return s.sendAskReply(c, r) })
	return app
}
