// Package handlers is the HTTP layer: it parses requests, asks the domain
// packages, and renders views. It holds no domain logic.
package handlers

import (
	"log/slog"
	"net/netip"
	"strings"
	"sync/atomic"
	"time"

	"github.com/gofiber/fiber/v2"

	"returninfo/internal/answers"
	"returninfo/internal/assistant"
	"returninfo/internal/guide"
	"returninfo/internal/locale"
	"returninfo/internal/site"
	"returninfo/internal/stats"
)

// Server holds what the handlers need; everything is loaded and checked
// before the server starts, and never changes while it runs.
type Server struct {
	Locales *locale.Set
	Answers *answers.Library
	Guide   *guide.Flow
	Stats   *stats.Store
	// Assistant answers free-text questions; nil: no /ask pages and API.
	Assistant *assistant.Assistant
	// StatsNotes are notes on single months (content/stats/notes.toml).
	StatsNotes stats.Notes
	// PublicURL is the service's address as people see it (https://example.org),
	// used for the links people copy and print. Empty: taken from the request.
	PublicURL string
	// TrustedProxies are the addresses (or CIDR ranges) of proxies whose
	// X-Forwarded-For is believed; from anyone else it is ignored.
	TrustedProxies []string
	Log            *slog.Logger
	// AskRate is how many questions a client may ask a minute; 0 is no limit.
	AskRate int
	// ConnsPerAddress caps open connections from one address (0: the
	// default); BusyConns is how many open connections make the server busy,
	// when idle ones get BusyIdle instead of the full idle timeout. See
	// Listener.
	ConnsPerAddress int
	BusyConns       int
	BusyIdle        time.Duration
	// CacheBytes bounds the page cache; 0: DefaultCacheBytes.
	CacheBytes int64
	// NoAccessLog turns off the line per request (metrics still count it).
	NoAccessLog bool

	trusted    []netip.Prefix
	connStats  atomic.Pointer[guardedListener]
	metrics    *metrics
	cache      *pageCache
	askLimiter fiber.Handler
	draining   atomic.Bool
}

// requestLimit is far more than any form here sends; bigger bodies are refused.
const requestLimit = 16 * 1024

// NewApp builds the Fiber application with every route and middleware.
func (s *Server) NewApp() *fiber.App {
	if s.Log == nil {
		s.Log = slog.Default()
	}
	s.PublicURL = strings.TrimRight(s.PublicURL, "/")
	s.metrics = newMetrics()
	s.cache = newPageCache(s.CacheBytes)
	if s.Answers != nil && s.Locales != nil {
		s.cache.knowSpellings(s.ExportPaths())
	}
	s.metrics.watchCache(s.cache)
	s.metrics.watchConns(s)
	s.askLimiter = s.limitAsk()
	config := fiber.Config{
		AppName:               "returninfo",
		DisableStartupMessage: true,
		ErrorHandler:          s.handleError,
		BodyLimit:             requestLimit,
		ReadTimeout:           10 * time.Second,
		WriteTimeout:          10 * time.Second,
		IdleTimeout:           60 * time.Second,
		// One spelling per address: /en/Accessibility and /en/accessibility/
		// are not the page, they redirect to it (see cache.go).
		StrictRouting: true,
		CaseSensitive: true,
		// A page fits in one write: the default 4 KB buffer split a 10 KB
		// answer page into three system calls.
		WriteBufferSize: 32 * 1024,
	}
	if len(s.TrustedProxies) > 0 {
		// Malformed entries are refused by serve before this; here they
		// would only be left out.
		s.trusted, _ = ParseTrustedProxies(s.TrustedProxies)
		// No ProxyHeader: Fiber's c.IP() would return the whole
		// X-Forwarded-For; clientAddress picks the right entry.
		config.EnableTrustedProxyCheck = true
		config.TrustedProxies = s.TrustedProxies
	}
	app := fiber.New(config)
	s.routes(app)
	s.cache.knowSpellings(s.routeSpellings(app))
	return app
}

// NewServer serves the loaded, checked content.
func NewServer(c *site.Content, log *slog.Logger) *Server {
	return &Server{
		Locales: c.Locales, Answers: c.Answers, Guide: c.Guide,
		Stats: c.Stats, StatsNotes: c.StatsNotes, Assistant: c.Assistant,
		Log: log,
	}
}
