package handlers

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/andybalholm/brotli"
	"github.com/gofiber/fiber/v2"
	"github.com/klauspost/compress/gzip"

	"returninfo/internal/locale"
)

// Pages whose content changes only with a release are rendered once, then
// served from memory, precompressed, with an ETag; a CDN in front may keep
// them for cacheMaxAge and revalidate with the ETag after that.
//
// Release pages are a finite set, so nobody can fill the cache:
//   - the router is case-sensitive and strict about trailing slashes, and
//     handlers mark a page cacheable only at its canonical address, so the
//     key is the canonical route, never another spelling of it;
//   - other spellings of a known address get a 301 (redirectSpelling) or a
//     404 from a page rendered once per language: neither renders a page;
//   - the Host header never reaches a cached page: without a public URL
//     (-public-url) pages carry links made from the Host header, so nothing
//     is cached at all;
//   - the cache is bounded in bytes; when full it stops adding.
const (
	cacheMaxAge = "public, max-age=300, s-maxage=3600, stale-while-revalidate=60"
	// DefaultCacheBytes holds every release page with its compressed copies
	// several times over (all 266, every flow step included, took 3.5 MB).
	DefaultCacheBytes = 32 << 20
	compressMinimum   = 512 // bytes; smaller bodies are not worth the CPU
	cacheableKey      = "cacheable"
	cachedPageKey     = "cachedPage"
)

type cachedPage struct {
	route        string // the route pattern, for metrics
	status       int    // 0: 200; otherwise an error page, sent without ETag
	contentType  string
	cacheControl string
	etag         string
	// The same as bytes, for setting headers without a conversion.
	contentTypeB, cacheControlB, etagB []byte
	identity                           []byte
	gzip                               []byte
	brotli                             []byte
}

func (p *cachedPage) size() int64 {
	return int64(len(p.identity)+len(p.gzip)+len(p.brotli)+len(p.etag)+len(p.contentType)) + 200
}

type pageCache struct {
	mu      sync.RWMutex
	entries map[string]*cachedPage // canonical request URI -> page
	// spellings maps a folded path (lower case, no trailing slash) to the
	// canonical path, for redirecting other spellings.
	spellings map[string]string
	// notFound holds the not-found page by language: a finite set, so an
	// address nobody has asked for before costs no render either.
	notFound map[string]*cachedPage
	bytes    atomic.Int64
	limit    int64
}

func newPageCache(limit int64) *pageCache {
	if limit <= 0 {
		limit = DefaultCacheBytes
	}
	return &pageCache{entries: map[string]*cachedPage{}, spellings: map[string]string{}, notFound: map[string]*cachedPage{}, limit: limit}
}

// store keeps a page unless it is there already or the cache is full.
func (pc *pageCache) store(key string, p *cachedPage) *cachedPage {
	pc.mu.Lock()
	defer pc.mu.Unlock()
	if old := pc.entries[key]; old != nil {
		return old
	}
	if pc.bytes.Load()+p.size() > pc.limit {
		return p
	}
	pc.entries[key] = p
	pc.bytes.Add(p.size())
	path, _, _ := strings.Cut(key, "?")
	if _, ok := pc.spellings[foldPath(path)]; !ok {
		pc.spellings[foldPath(path)] = path
	}
	return p
}

// renders counts pages rendered by render(), for the metrics and for tests
// that check a request was answered without one.
var renders atomic.Int64

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
	if s.PublicURL != "" {
		// Indexing with string(bytes) does not allocate.
		s.cache.mu.RLock()
		page := s.cache.entries[string(c.Request().RequestURI())]
		s.cache.mu.RUnlock()
		if page != nil {
			c.Locals(cachedPageKey, page)
			return sendCached(c, page)
		}
	}
	if err := c.Next(); err != nil {
		var fe *fiber.Error
		if errors.As(err, &fe) && fe.Code == fiber.StatusNotFound {
			if s.redirectSpelling(c) {
				return nil
			}
			if s.PublicURL != "" && !strings.HasPrefix(c.Path(), "/api/") {
				return s.sendNotFound(c, err)
			}
		}
		// Render the error page here, so it is compressed like any page.
		if herr := s.handleError(c, err); herr != nil {
			return herr
		}
	}
	resp := c.Response()
	if cacheable, _ := c.Locals(cacheableKey).(bool); cacheable && s.PublicURL != "" && resp.StatusCode() == fiber.StatusOK {
		page := newCachedPage(string(resp.Header.ContentType()), cacheMaxAge, resp.Body())
		page.route = c.Route().Path
		return sendCached(c, s.cache.store(string(c.Request().RequestURI()), page))
	}
	compressResponse(c)
	return nil
}

// foldPath is how a path looks with letter case and trailing slashes
// ignored: two spellings of one address fold alike.
func foldPath(p string) string {
	return strings.TrimRight(strings.ToLower(p), "/")
}

// redirectSpelling answers another spelling of a known address (letter
// case, trailing slash) with a permanent redirect to the canonical one,
// without rendering anything. It reports whether it did.
func (s *Server) redirectSpelling(c *fiber.Ctx) bool {
	if !c.Context().IsGet() && !c.Context().IsHead() {
		return false
	}
	path := c.Path()
	s.cache.mu.RLock()
	canonical, ok := s.cache.spellings[foldPath(path)]
	s.cache.mu.RUnlock()
	if !ok || canonical == path {
		return false
	}
	target := canonical
	if q := c.Request().URI().QueryString(); len(q) > 0 {
		target += "?" + string(q)
	}
	c.Set(fiber.HeaderCacheControl, cacheMaxAge)
	_ = c.Redirect(target, fiber.StatusMovedPermanently)
	return true
}

// knowSpellings records the canonical paths of pages known without a
// request (those of the static export), so their other spellings redirect
// from the first request on.
func (pc *pageCache) knowSpellings(paths []string) {
	pc.mu.Lock()
	defer pc.mu.Unlock()
	for _, p := range paths {
		if _, ok := pc.spellings[foldPath(p)]; !ok && p != "/" {
			pc.spellings[foldPath(p)] = p
		}
	}
}

// routeSpellings lists the paths of GET routes with no parameter but the
// language, in every language, so a page added in any feature's routes file
// has its other spellings redirected too.
func (s *Server) routeSpellings(app *fiber.App) []string {
	var out []string
	for _, r := range app.GetRoutes(true) {
		if r.Method != fiber.MethodGet {
			continue
		}
		rest, ok := strings.CutPrefix(r.Path, "/:lang")
		switch {
		case !strings.Contains(r.Path, ":"):
			out = append(out, r.Path)
		case ok && !strings.Contains(rest, ":") && s.Locales != nil:
			for _, l := range s.Locales.Languages {
				out = append(out, "/"+l.Tag+rest)
			}
		}
	}
	return out
}

func newCachedPage(contentType, cacheControl string, body []byte) *cachedPage {
	sum := sha256.Sum256(body)
	p := &cachedPage{
		contentType:  contentType,
		cacheControl: cacheControl,
		etag:         `"` + hex.EncodeToString(sum[:12]) + `"`,
		identity:     bytes.Clone(body),
	}
	p.contentTypeB, p.cacheControlB, p.etagB = []byte(p.contentType), []byte(p.cacheControl), []byte(p.etag)
	if len(body) >= compressMinimum && compressible(contentType) {
		p.gzip = gzipBytes(body, gzip.BestCompression)
		// Quality 10: 10 % smaller than 9 and an eighth of its memory (4 MB, not
		// 34 MB a page); 11 takes three times as long for 2 % less.
		p.brotli = brotliBytes(body, 10)
	}
	return p
}

// Header names and values as bytes, made once: every cached hit sets them.
var (
	hCacheControl    = []byte(fiber.HeaderCacheControl)
	hETag            = []byte("Etag") // fasthttp's canonical spelling
	hVary            = []byte(fiber.HeaderVary)
	hContentEncoding = []byte(fiber.HeaderContentEncoding)
	vAcceptEncoding  = []byte(fiber.HeaderAcceptEncoding)
	vBr              = []byte("br")
	vGzip            = []byte("gzip")
)

// sendNotFound answers 404 with the not-found page in the language
// handleError would choose, rendered once per language and kept.
func (s *Server) sendNotFound(c *fiber.Ctx, err error) error {
	lang, vary := "", false
	if loc, ok := c.Locals(localizerKey).(*locale.Localizer); ok {
		lang = loc.Lang.Tag
	} else {
		first, _, _ := strings.Cut(strings.TrimPrefix(c.Path(), "/"), "/")
		if loc, ok := s.Locales.Get(first); ok {
			lang = loc.Lang.Tag
		} else {
			lang, vary = s.Locales.Negotiate(c.Get(fiber.HeaderAcceptLanguage)).Lang.Tag, true
		}
	}
	key := lang
	if vary {
		key += "|vary"
	}
	s.cache.mu.RLock()
	page := s.cache.notFound[key]
	s.cache.mu.RUnlock()
	if page == nil {
		if herr := s.handleError(c, err); herr != nil {
			return herr
		}
		resp := c.Response()
		if resp.StatusCode() != fiber.StatusNotFound {
			compressResponse(c)
			return nil
		}
		page = newCachedPage(string(resp.Header.ContentType()), "", resp.Body())
		page.status = fiber.StatusNotFound
		s.cache.mu.Lock()
		if old := s.cache.notFound[key]; old != nil {
			page = old
		} else {
			s.cache.notFound[key] = page
		}
		s.cache.mu.Unlock()
	} else if vary {
		c.Vary(fiber.HeaderAcceptLanguage)
	}
	c.Locals(cachedPageKey, page)
	return sendCached(c, page)
}

func sendCached(c *fiber.Ctx, p *cachedPage) error {
	h := &c.Response().Header
	if p.status != 0 {
		// An error page: no validator, no shared caching.
		c.Response().ResetBody()
		h.SetContentTypeBytes(p.contentTypeB)
		c.Vary(fiber.HeaderAcceptEncoding)
		body := p.identity
		switch encoding := acceptedEncoding(c.Request().Header.Peek(fiber.HeaderAcceptEncoding)); {
		case encoding == "br" && p.brotli != nil:
			body = p.brotli
			h.SetCanonical(hContentEncoding, vBr)
		case encoding == "gzip" && p.gzip != nil:
			body = p.gzip
			h.SetCanonical(hContentEncoding, vGzip)
		}
		c.Response().SetStatusCode(p.status)
		c.Response().SetBodyRaw(body)
		return nil
	}
	h.SetContentTypeBytes(p.contentTypeB)
	h.SetCanonical(hCacheControl, p.cacheControlB)
	h.SetCanonical(hETag, p.etagB)
	h.SetCanonical(hVary, vAcceptEncoding)
	if match := c.Request().Header.Peek(fiber.HeaderIfNoneMatch); len(match) > 0 && etagMatches(string(match), p.etag) {
		c.Context().ResetBody()
		return c.SendStatus(fiber.StatusNotModified)
	}
	body := p.identity
	switch encoding := acceptedEncoding(c.Request().Header.Peek(fiber.HeaderAcceptEncoding)); {
	case encoding == "br" && p.brotli != nil:
		body = p.brotli
		h.SetCanonical(hContentEncoding, vBr)
	case encoding == "gzip" && p.gzip != nil:
		body = p.gzip
		h.SetCanonical(hContentEncoding, vGzip)
	}
	c.Response().SetStatusCode(fiber.StatusOK)
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

// acceptedEncoding picks the coding to send for an Accept-Encoding header:
// br or gzip, whichever has the higher q-value (br on a tie), or "" for
// identity. q=0 means "not acceptable"; a coding not named is acceptable
// only through "*"; identity named with a higher q-value than both wins.
// It allocates nothing: it runs on every request.
func acceptedEncoding(header []byte) string {
	qBr, qGzip, qIdentity, qStar := -1, -1, -1, -1
	for len(header) > 0 {
		var part []byte
		if i := bytes.IndexByte(header, ','); i >= 0 {
			part, header = header[:i], header[i+1:]
		} else {
			part, header = header, nil
		}
		name, params, _ := bytes.Cut(part, []byte{';'})
		name = bytes.TrimSpace(name)
		q := 1000
		for len(params) > 0 {
			var param []byte
			if i := bytes.IndexByte(params, ';'); i >= 0 {
				param, params = params[:i], params[i+1:]
			} else {
				param, params = params, nil
			}
			k, v, _ := bytes.Cut(param, []byte{'='})
			if len(bytes.TrimSpace(k)) == 1 && (bytes.TrimSpace(k)[0]|0x20) == 'q' {
				q = parseQ(bytes.TrimSpace(v))
			}
		}
		switch {
		case bytes.EqualFold(name, []byte("br")):
			qBr = q
		case bytes.EqualFold(name, []byte("gzip")), bytes.EqualFold(name, []byte("x-gzip")):
			qGzip = max(qGzip, q)
		case bytes.EqualFold(name, []byte("identity")):
			qIdentity = q
		case len(name) == 1 && name[0] == '*':
			qStar = q
		}
	}
	if qBr < 0 {
		qBr = max(qStar, 0)
	}
	if qGzip < 0 {
		qGzip = max(qStar, 0)
	}
	best, enc := 0, ""
	if qBr > best {
		best, enc = qBr, "br"
	}
	if qGzip > best {
		best, enc = qGzip, "gzip"
	}
	if qIdentity > best {
		return ""
	}
	return enc
}

// parseQ reads a q-value (0, 0.5, 1.000) as thousandths; anything else is 0,
// so a malformed weight never selects a coding.
func parseQ(v []byte) int {
	if len(v) == 0 || len(v) > 5 {
		return 0
	}
	if v[0] == '1' {
		for _, c := range v[1:] {
			if c != '.' && c != '0' {
				return 0
			}
		}
		return 1000
	}
	if v[0] != '0' {
		return 0
	}
	if len(v) == 1 {
		return 0
	}
	if v[1] != '.' {
		return 0
	}
	q, scale := 0, 100
	for _, c := range v[2:] {
		if c < '0' || c > '9' {
			return 0
		}
		q += int(c-'0') * scale
		scale /= 10
	}
	return q
}

var compressibleTypes = []string{"text/", "application/json", "application/csvm+json", "application/xml", "image/svg+xml"}

// compressible reports whether a body of this type gets smaller when
// compressed (a workbook is a zip file already).
func compressible(contentType string) bool {
	for _, t := range compressibleTypes {
		if strings.HasPrefix(contentType, t) {
			return true
		}
	}
	return false
}

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
	switch acceptedEncoding(c.Request().Header.Peek(fiber.HeaderAcceptEncoding)) {
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
