package views

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"io/fs"
	"path"
	"strings"
)

//go:embed assets
var assetFS embed.FS

// StaticAsset is a file served under /assets/ with its content hash in the
// name, so it can be cached for a year and still change with a release.
type StaticAsset struct {
	Name        string // site.css
	HashedPath  string // /assets/site.1a2b3c4d5e.css
	ContentType string
	Body        []byte
}

var assets = loadAssets()

func loadAssets() map[string]*StaticAsset {
	out := map[string]*StaticAsset{}
	entries, err := fs.ReadDir(assetFS, "assets")
	if err != nil {
		panic(err) // embedded at build time: cannot fail at run time
	}
	for _, e := range entries {
		b, err := assetFS.ReadFile("assets/" + e.Name())
		if err != nil {
			panic(err)
		}
		sum := sha256.Sum256(b)
		ext := path.Ext(e.Name())
		out[e.Name()] = &StaticAsset{
			Name:        e.Name(),
			HashedPath:  "/assets/" + strings.TrimSuffix(e.Name(), ext) + "." + hex.EncodeToString(sum[:5]) + ext,
			ContentType: contentTypes[ext],
			Body:        b,
		}
	}
	return out
}

var contentTypes = map[string]string{
	".css": "text/css; charset=utf-8",
	".js":  "text/javascript; charset=utf-8",
	".svg": "image/svg+xml",
	".ico": "image/x-icon",
}

// Asset returns the hashed path of an embedded asset.
func Asset(name string) string {
	if a, ok := assets[name]; ok {
		return a.HashedPath
	}
	return "/assets/" + name
}

// Assets lists every embedded asset, for the handler that serves them.
func Assets() []*StaticAsset {
	out := make([]*StaticAsset, 0, len(assets))
	for _, a := range assets {
		out = append(out, a)
	}
	return out
}
