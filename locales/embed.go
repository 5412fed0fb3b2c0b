// Package locales embeds the UI strings: one go-i18n message file per area and
// language, named <area>.<lang>.toml.
package locales

import "embed"

// FS holds every message file.
//
//go:embed *.toml
var FS embed.FS
