// Package content embeds the service's content (answers, topics, flow, statistics)
// so the binary needs nothing else at run time.
package content

import "embed"

// FS holds every content file. Loaders in internal/ read from it.
//
//go:embed languages.toml sources.toml topics.toml topics answers flow stats assistant
var FS embed.FS
