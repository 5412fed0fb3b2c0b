package handlers

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"sync"

	"github.com/andybalholm/brotli"
	"github.com/gofiber/fiber/v2"
	"github.com/klauspost/compress/gzip"
)

// Pages whose content changes only with a release are rendered once, then
// served from memory, precompressed, with an ETag; a CDN in front may keep
// them for cacheMaxAge and revalidate with the ETag after that.
const (
	cacheMaxAge     = "public, max-age=300, s-maxage=3600, stale-while-revalidate=60"
	cacheLimit      = 4096 // entries; a full cache stops adding, it never grows unbounded
	compressMinimum = 512  // bytes; smaller bodies are not worth the CPU
	cacheableKey    = "cacheable"
)

type cachedPage struct {
	contentType  string
	cacheControl string
	etag         string
	identity     []byte
	gzip         []byte
	brotli       []byte
}

type pageCache struct {
	mu      sync.RWMutex
	entries map[string]*cachedPage
}

func newPageCache() *pageCache { return &pageCache{entries: map[string]*cachedPage{}} }

// markCacheable says this response may be served to anyone asking for the
// same address until the next release. Only when the address is in its
// canonical form (canonicalQuery, often ""): other spellings are not stored,
// so nobody can fill the cache by varying a query string.
func markCacheable(c *fiber.Ctx, canonicalQuery string) {
	if string(c.Request().URI().QueryString()) == canonicalQuery {
		c.Locals(cacheableKey, true)
	}
}

// servePages answers from the cache, or runs the handler and then stores a
// response it marked cacheable. Every other response is compressed here on
// the fly when the client accepts it.
func (s *Server) servePages(c *fiber.Ctx) error {
	if !c.Context().IsGet() && !c.Context().IsHead() {
		return c.Next()
	}
	key := s.cacheKey(c)
	s.cache.mu.RLock()
	page := s.cache.entries[key]
	s.cache.mu.RUnlock()
	if page != nil {
		return sendCached(c, page)
	}
	if err := c.Next(); err != nil {
		// Render the error page here, so it is compressed like any page.
		if herr := s.handleError(c, err); herr != nil {
			return herr
		}
	}
	resp := c.Response()
	if cacheable, _ := c.Locals(cacheableKey).(bool); cacheable && resp.StatusCode() == fiber.StatusOK {
		page = newCachedPage(string(resp.Header.ContentType()), cacheMaxAge, resp.Body())
		s.cache.mu.Lock()
		if len(s.cache.entries) < cacheLimit {
			s.cache.entries[key] = page
		}
		s.cache.mu.Unlock()
		return sendCached(c, page)
	}
	compressResponse(c)
	return nil
}

// cacheKey is the address as asked for. Without a configured public URL,
// pages carry links made from the Host header, so the host is part of it.
func (s *Server) cacheKey(c *fiber.Ctx) string {
	uri := string(c.Request().URI().RequestURI())
	if s.PublicURL == "" {
		return c.Hostname() + uri
	}
	return uri
}

func newCachedPage(contentType, cacheControl string, body []byte) *cachedPage {
	sum := sha256.Sum256(body)
	p := &cachedPage{
		contentType:  contentType,
		cacheControl: cacheControl,
		etag:         `"` + hex.EncodeToString(sum[:12]) + `"`,
		identity:     bytes.Clone(body),
	}
	if len(body) >= compressMinimum {
		p.gzip = gzipBytes(body, gzip.BestCompression)
		// Quality 10: 10 % smaller than 9 and an eighth of its memory (4 MB, not
		// 34 MB a page); 11 takes three times as long for 2 % less.
		p.brotli = brotliBytes(body, 10)
	}
	return p
}

func sendCached(c *fiber.Ctx, p *cachedPage) error {
	c.Set(fiber.HeaderContentType, p.contentType)
	c.Set(fiber.HeaderCacheControl, p.cacheControl)
	c.Set(fiber.HeaderETag, p.etag)
	c.Set(fiber.HeaderVary, fiber.HeaderAcceptEncoding)
	if match := c.Get(fiber.HeaderIfNoneMatch); match != "" && etagMatches(match, p.etag) {
		c.Context().ResetBody()
		return c.SendStatus(fiber.StatusNotModified)
	}
	body := p.identity
	switch encoding := acceptedEncoding(c); {
	case encoding == "br" && p.brotli != nil:
		body = p.brotli
		c.Set(fiber.HeaderContentEncoding, "br")
	case encoding == "gzip" && p.gzip != nil:
		body = p.gzip
		c.Set(fiber.HeaderContentEncoding, "gzip")
	}
	c.Status(fiber.StatusOK)
	// The cached bytes are shared and never changed: no copy needed.
	c.Response().SetBodyRaw(body)
	return nil
}

func etagMatches(header, etag string) bool {
	for _, candidate := range strings.Split(header, ",") {
		candidate = strings.TrimPrefix(strings.TrimSpace(candidate), "W/")
		if candidate == etag || candidate == "*" {
			return true
		}
	}
	return false
}

// acceptedEncoding picks br, then gzip, if the client accepts it.
func acceptedEncoding(c *fiber.Ctx) string {
	accept := c.Get(fiber.HeaderAcceptEncoding)
	for _, enc := range []string{"br", "gzip"} {
		for _, part := range strings.Split(accept, ",") {
			name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
			if strings.TrimSpace(name) == enc && !strings.Contains(strings.ReplaceAll(params, " ", ""), "q=0") {
				return enc
			}
		}
	}
	return ""
}

var compressibleTypes = []string{"text/", "application/json", "image/svg+xml"}

// compressResponse compresses a response that is not cached (assistant
// replies, error pages) at a fast level.
func compressResponse(c *fiber.Ctx) {
	resp := c.Response()
	if len(resp.Body()) < compressMinimum || len(resp.Header.ContentEncoding()) > 0 {
		return
	}
	ct := string(resp.Header.ContentType())
	ok := false
	for _, t := range compressibleTypes {
		ok = ok || strings.HasPrefix(ct, t)
	}
	if !ok {
		return
	}
	c.Vary(fiber.HeaderAcceptEncoding)
	switch acceptedEncoding(c) {
	case "br":
		resp.SetBodyRaw(brotliBytes(resp.Body(), dynamicBrotliLevel))
		c.Set(fiber.HeaderContentEncoding, "br")
	case "gzip":
		resp.SetBodyRaw(gzipBytes(resp.Body(), gzip.DefaultCompression))
		c.Set(fiber.HeaderContentEncoding, "gzip")
	}
}

// Compressors keep large internal state; dynamic responses reuse them.
var (
	gzipWriters   = sync.Pool{New: func() any { w, _ := gzip.NewWriterLevel(nil, gzip.DefaultCompression); return w }}
	brotliWriters = sync.Pool{New: func() any { return brotli.NewWriterLevel(nil, dynamicBrotliLevel) }}
)

const dynamicBrotliLevel = 4

func gzipBytes(b []byte, level int) []byte {
	var buf bytes.Buffer
	if level != gzip.DefaultCompression {
		w, _ := gzip.NewWriterLevel(&buf, level)
		_, _ = w.Write(b)
		_ = w.Close()
		return buf.Bytes()
	}
	w := gzipWriters.Get().(*gzip.Writer)
	w.Reset(&buf)
	_, _ = w.Write(b)
	_ = w.Close()
	gzipWriters.Put(w)
	return buf.Bytes()
}

func brotliBytes(b []byte, level int) []byte {
	var buf bytes.Buffer
	if level != dynamicBrotliLevel {
		// A 256 KB window holds any page whole; the default 4 MB only costs memory.
		w := brotli.NewWriterOptions(&buf, brotli.WriterOptions{Quality: level, LGWin: 18})
		_, _ = w.Write(b)
		_ = w.Close()
		return buf.Bytes()
	}
	w := brotliWriters.Get().(*brotli.Writer)
	w.Reset(&buf)
	_, _ = w.Write(b)
	_ = w.Close()
	brotliWriters.Put(w)
	return buf.Bytes()
}
