package handlers

import (
	"errors"
	"strings"

	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/utils"

	"returninfo/internal/locale"
	"returninfo/views"
)

// handleError is Fiber's ErrorHandler: it maps an error to a status and a
// localized page (or a JSON error under /api/). The error's own text is only
// logged, never shown: it may say things about the server people need not see.
func (s *Server) handleError(c *fiber.Ctx, err error) error {
	status := fiber.StatusInternalServerError
	var fe *fiber.Error
	if errors.As(err, &fe) {
		status = fe.Code
	}
	if status >= 500 {
		s.Log.Error("request failed", "route", c.Route().Path, "err", err)
	}
	// Whatever a handler had set before failing is replaced.
	c.Response().ResetBody()
	c.Response().Header.Del(fiber.HeaderLocation)

	if strings.HasPrefix(c.Path(), "/api/") {
		body := fiber.Map{"error": apiErrorText(status)}
		if status == fiber.StatusTooManyRequests {
			// Said to the person, in the language they asked in.
			loc, ok := s.Locales.Get(c.Query("lang"))
			if !ok {
				loc = s.Locales.Default()
			}
			body["message"] = loc.T("TooManyText")
		}
		return c.Status(status).JSON(body)
	}
	loc := s.errorLocalizer(c)
	heading, text := errorTexts(status)
	page := s.page(c, loc, loc.T(heading), func(lang string) string { return "/" + lang + "/" })
	page.Canonical = "" // error pages are not to be indexed
	page.XDefault = s.absURL(c, "/")
	v := views.ErrorView{Page: page, Heading: loc.T(heading), Text: loc.T(text)}
	if rerr := render(c, status, views.ErrorPage(v)); rerr != nil {
		s.Log.Error("error page failed", "err", rerr)
		c.Set(fiber.HeaderContentType, "text/plain; charset=utf-8")
		return c.Status(status).SendString(utils.StatusMessage(status))
	}
	return nil
}

// errorLocalizer speaks the language of the URL prefix when there is one,
// otherwise the browser's.
func (s *Server) errorLocalizer(c *fiber.Ctx) *locale.Localizer {
	if loc, ok := c.Locals(localizerKey).(*locale.Localizer); ok {
		return loc
	}
	first, _, _ := strings.Cut(strings.TrimPrefix(c.Path(), "/"), "/")
	if loc, ok := s.Locales.Get(first); ok {
		return loc
	}
	c.Vary(fiber.HeaderAcceptLanguage)
	return s.Locales.Negotiate(c.Get(fiber.HeaderAcceptLanguage))
}

func errorTexts(status int) (heading, text string) {
	switch {
	case status == fiber.StatusNotFound:
		return "NotFoundTitle", "NotFoundText"
	case status == fiber.StatusMethodNotAllowed:
		return "MethodNotAllowedTitle", "BadRequestText"
	case status == fiber.StatusTooManyRequests:
		return "TooManyTitle", "TooManyText"
	case status >= 400 && status < 500:
		return "BadRequestTitle", "BadRequestText"
	default:
		return "ErrorTitle", "ErrorText"
	}
}

func apiErrorText(status int) string {
	switch status {
	case fiber.StatusNotFound:
		return "not found"
	case fiber.StatusTooManyRequests:
		return "too many requests"
	case fiber.StatusMethodNotAllowed:
		return "method not allowed"
	}
	if status >= 400 && status < 500 {
		return "bad request"
	}
	return "internal error"
}
