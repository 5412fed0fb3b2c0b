package handlers

import (
	"github.com/gofiber/fiber/v2"

	"returninfo/handlers/apidoc"
)

// openAPIDoc is the API's description, served as written.
var openAPIDoc = newCachedPage(jsonContentType, cacheMaxAge, apidoc.OpenAPI)

// showOpenAPI serves /api/v1/openapi.json, the OpenAPI 3 description of the
// statistics and assistant API; tests check live responses against it.
func showOpenAPI(c *fiber.Ctx) error { return sendCached(c, openAPIDoc) }
