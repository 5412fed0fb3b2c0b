package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/pprof"
	"net/url"
	"os"
	"os/signal"
	"runtime/debug"
	"strconv"
	"strings"
	"syscall"
	"time"

	"returninfo/handlers"
	"returninfo/internal/site"
)

func runServe(args []string, stderr io.Writer) int {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	env := &envReader{}
	addr := fs.String("addr", env.str("RETURNINFO_ADDR", ":8080"), "address to listen on (env RETURNINFO_ADDR)")
	publicURL := fs.String("public-url", env.str("RETURNINFO_PUBLIC_URL", ""), "the site's public address, for links people copy and print; without it no page is cached (env RETURNINFO_PUBLIC_URL)")
	metricsAddr := fs.String("metrics-addr", env.str("RETURNINFO_METRICS_ADDR", ""), "separate address for Prometheus metrics at /metrics; empty: none (env RETURNINFO_METRICS_ADDR)")
	proxies := fs.String("trusted-proxies", env.str("RETURNINFO_TRUSTED_PROXIES", ""), "comma-separated proxy addresses or CIDR ranges whose X-Forwarded-For is believed (env RETURNINFO_TRUSTED_PROXIES)")
	drain := fs.Duration("drain", env.duration("RETURNINFO_DRAIN", 0), "after SIGTERM, answer /readyz with 503 and every request with Connection: close this long before closing (env RETURNINFO_DRAIN)")
	accessLog := fs.Bool("access-log", env.boolean("RETURNINFO_ACCESS_LOG", true), "log one line per request: method, route pattern, status, latency (env RETURNINFO_ACCESS_LOG)")
	askRate := fs.Int("ask-rate", env.integer("RETURNINFO_ASK_RATE", 30), "questions a client may ask the assistant per minute; 0: no limit (env RETURNINFO_ASK_RATE)")
	connsPerAddress := fs.Int("conns-per-address", env.integer("RETURNINFO_CONNS_PER_ADDRESS", handlers.DefaultConnsPerAddress), "open connections one address may hold; trusted proxies are exempt (env RETURNINFO_CONNS_PER_ADDRESS)")
	logLevel := fs.String("log-level", env.str("RETURNINFO_LOG_LEVEL", "info"), "debug, info, warn or error (env RETURNINFO_LOG_LEVEL)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "returninfo: serve takes no arguments, got %q\n", fs.Args())
		return 2
	}
	// A setting that does not parse, or makes no sense, stops the start:
	// running on a silent default is worse than not running.
	problems := env.problems
	if *askRate < 0 {
		problems = append(problems, fmt.Sprintf("-ask-rate=%d: must be 0 (no limit) or more", *askRate))
	}
	if *drain < 0 {
		problems = append(problems, fmt.Sprintf("-drain=%s: must be 0 or more", *drain))
	}
	if *connsPerAddress < 1 {
		problems = append(problems, fmt.Sprintf("-conns-per-address=%d: must be 1 or more", *connsPerAddress))
	}
	if _, err := handlers.ParseTrustedProxies(splitList(*proxies)); err != nil {
		problems = append(problems, fmt.Sprintf("-trusted-proxies: %v", err))
	}
	if err := checkPublicURL(*publicURL); err != nil {
		problems = append(problems, fmt.Sprintf("-public-url=%q: %v", *publicURL, err))
	}
	var level slog.Level
	if err := level.UnmarshalText([]byte(*logLevel)); err != nil {
		problems = append(problems, fmt.Sprintf("-log-level=%q: %v", *logLevel, err))
	}
	if len(problems) > 0 {
		for _, p := range problems {
			fmt.Fprintf(stderr, "returninfo: invalid setting: %s\n", p)
		}
		return 2
	}
	logOut := newBufferedLog(stderr, 200*time.Millisecond)
	defer logOut.Close()
	log := slog.New(slog.NewJSONHandler(logOut, &slog.HandlerOptions{Level: level}))

	started := time.Now()
	srv, err := loadServer(log)
	if err != nil {
		fmt.Fprintf(stderr, "returninfo: cannot start: %v\n", err)
		return 1
	}
	// Loading builds indexes and throws away a lot on the way: give that
	// memory back before serving, so the resident size is what serving needs.
	debug.FreeOSMemory()
	srv.PublicURL = *publicURL
	srv.TrustedProxies = splitList(*proxies)
	srv.NoAccessLog = !*accessLog
	srv.AskRate = *askRate
	srv.ConnsPerAddress = *connsPerAddress
	app := srv.NewApp()
	if srv.PublicURL == "" {
		log.Warn("no -public-url: links are made from the Host header, so no page is cached; set it in production")
	}

	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintf(stderr, "returninfo: %v\n", err)
		return 1
	}
	if *metricsAddr != "" {
		mln, err := net.Listen("tcp", *metricsAddr)
		if err != nil {
			fmt.Fprintf(stderr, "returninfo: metrics: %v\n", err)
			return 1
		}
		mux := http.NewServeMux()
		mux.Handle("/metrics", srv.MetricsHandler())
		// Profiles of the running server, on the internal address only.
		mux.HandleFunc("/debug/pprof/", pprof.Index)
		mux.HandleFunc("/debug/pprof/profile", pprof.Profile)
		go func() { _ = (&http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}).Serve(mln) }()
		log.Info("metrics", "addr", mln.Addr().String())
	}
	log.Info("listening", "addr", ln.Addr().String(), "startup_ms", time.Since(started).Milliseconds())

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	done := make(chan error, 1)
	go func() { done <- app.Listener(srv.Listener(ln)) }()
	select {
	case err := <-done:
		if err != nil {
			log.Error("server stopped", "err", err)
			return 1
		}
		return 0
	case <-ctx.Done():
	}
	// Tell the load balancer first, and every client with a keep-alive
	// connection (Connection: close), then stop taking connections; requests
	// in flight finish.
	srv.Drain()
	log.Info("draining", "for", drain.String())
	time.Sleep(*drain)
	log.Info("shutting down")
	if err := app.ShutdownWithTimeout(20 * time.Second); err != nil && !errors.Is(err, context.DeadlineExceeded) {
		log.Error("shutdown", "err", err)
		return 1
	}
	return 0
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// envReader reads settings from the environment, keeping every value
// that does not parse, so the start can stop and name them all.
type envReader struct{ problems []string }

func (e *envReader) str(key, fallback string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return fallback
}

func (e *envReader) bad(key, v, want string) {
	e.problems = append(e.problems, fmt.Sprintf("%s=%q: not %s", key, v, want))
}

func (e *envReader) boolean(key string, fallback bool) bool {
	v := os.Getenv(key)
	if v == "" {
		return fallback
	}
	b, err := strconv.ParseBool(v)
	if err != nil {
		e.bad(key, v, "true or false")
		return fallback
	}
	return b
}

func (e *envReader) integer(key string, fallback int) int {
	v := os.Getenv(key)
	if v == "" {
		return fallback
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		e.bad(key, v, "a whole number")
		return fallback
	}
	return n
}

func (e *envReader) duration(key string, fallback time.Duration) time.Duration {
	v := os.Getenv(key)
	if v == "" {
		return fallback
	}
	d, err := time.ParseDuration(v)
	if err != nil {
		e.bad(key, v, "a duration such as 5s")
		return fallback
	}
	return d
}

// checkPublicURL accepts an absolute http(s) address with a host and no
// query or fragment: it is the start of every link people copy.
func checkPublicURL(s string) error {
	if s == "" {
		return nil
	}
	u, err := url.Parse(s)
	if err != nil {
		return err
	}
	if (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" || u.RawQuery != "" || u.Fragment != "" || u.User != nil {
		return errors.New("must be an absolute http(s) address such as https://example.org")
	}
	return nil
}

// loadServer loads and checks every piece of content. Anything invalid stops
// the start here, before a single request is served.
func loadServer(log *slog.Logger) (*handlers.Server, error) {
	c, err := site.Load()
	if err != nil {
		return nil, err
	}
	return handlers.NewServer(c, log), nil
}
