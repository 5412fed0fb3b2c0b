// Package apidoc holds the OpenAPI 3 description of the public API.
package apidoc

import _ "embed"

// OpenAPI is the document served at /api/v1/openapi.json.
//
//go:embed openapi.json
var OpenAPI []byte
