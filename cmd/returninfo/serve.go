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
	addr := fs.String("addr", envOr("RETURNINFO_ADDR", ":8080"), "address to listen on (env RETURNINFO_ADDR)")
	publicURL := fs.String("public-url", os.Getenv("RETURNINFO_PUBLIC_URL"), "the site's public address, for links people copy and print (env RETURNINFO_PUBLIC_URL)")
	metricsAddr := fs.String("metrics-addr", os.Getenv("RETURNINFO_METRICS_ADDR"), "separate address for Prometheus metrics at /metrics; empty: none (env RETURNINFO_METRICS_ADDR)")
	proxies := fs.String("trusted-proxies", os.Getenv("RETURNINFO_TRUSTED_PROXIES"), "comma-separated proxy addresses or CIDR ranges whose X-Forwarded-For is believed (env RETURNINFO_TRUSTED_PROXIES)")
	drain := fs.Duration("drain", envDuration("RETURNINFO_DRAIN", 0), "after SIGTERM, answer /readyz with 503 this long before closing (env RETURNINFO_DRAIN)")
	accessLog := fs.Bool("access-log", envBool("RETURNINFO_ACCESS_LOG", true), "log one line per request: method, route pattern, status, latency (env RETURNINFO_ACCESS_LOG)")
	askRate := fs.Int("ask-rate", envInt("RETURNINFO_ASK_RATE", 30), "questions a client may ask the assistant per minute; 0: no limit (env RETURNINFO_ASK_RATE)")
	logLevel := fs.String("log-level", envOr("RETURNINFO_LOG_LEVEL", "info"), "debug, info, warn or error (env RETURNINFO_LOG_LEVEL)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	var level slog.Level
	if err := level.UnmarshalText([]byte(*logLevel)); err != nil {
		fmt.Fprintf(stderr, "returninfo: -log-level: %v\n", err)
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
	app := srv.NewApp()

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
		go func() { _ = (&http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}).Serve(mln) }()
		log.Info("metrics", "addr", mln.Addr().String())
	}
	log.Info("listening", "addr", ln.Addr().String(), "startup_ms", time.Since(started).Milliseconds())

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	done := make(chan error, 1)
	go func() { done <- app.Listener(ln) }()
	select {
	case err := <-done:
		if err != nil {
			log.Error("server stopped", "err", err)
			return 1
		}
		return 0
	case <-ctx.Done():
	}
	// Tell the load balancer first, then stop taking connections; requests
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

func envBool(key string, fallback bool) bool {
	if b, err := strconv.ParseBool(os.Getenv(key)); err == nil {
		return b
	}
	return fallback
}

func envInt(key string, fallback int) int {
	if n, err := strconv.Atoi(os.Getenv(key)); err == nil {
		return n
	}
	return fallback
}

func envDuration(key string, fallback time.Duration) time.Duration {
	if d, err := time.ParseDuration(os.Getenv(key)); err == nil {
		return d
	}
	return fallback
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

func envOr(key, fallback string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return fallback
}
