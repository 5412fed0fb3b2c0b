package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"syscall"
	"time"

	"returninfo/content"
	"returninfo/handlers"
	"returninfo/internal/answers"
	"returninfo/internal/guide"
	"returninfo/internal/locale"
	"returninfo/locales"
)

func runServe(args []string, stderr io.Writer) int {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", envOr("RETURNINFO_ADDR", ":8080"), "address to listen on (env RETURNINFO_ADDR)")
	publicURL := fs.String("public-url", os.Getenv("RETURNINFO_PUBLIC_URL"), "the site's public address, for links people copy (env RETURNINFO_PUBLIC_URL)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	log := slog.New(slog.NewJSONHandler(stderr, nil))

	srv, err := loadServer(log)
	if err != nil {
		fmt.Fprintf(stderr, "returninfo: cannot start: %v\n", err)
		return 1
	}
	srv.PublicURL = *publicURL
	app := srv.NewApp()

	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintf(stderr, "returninfo: %v\n", err)
		return 1
	}
	log.Info("listening", "addr", ln.Addr().String())

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
	log.Info("shutting down")
	// Requests in flight finish; new connections are refused.
	if err := app.ShutdownWithTimeout(20 * time.Second); err != nil && !errors.Is(err, context.DeadlineExceeded) {
		log.Error("shutdown", "err", err)
		return 1
	}
	return 0
}

// loadServer loads and checks every piece of content. Anything invalid stops
// the start here, before a single request is served.
func loadServer(log *slog.Logger) (*handlers.Server, error) {
	locs, err := locale.Load(content.FS, locales.FS)
	if err != nil {
		return nil, err
	}
	lib, err := answers.Load(content.FS, languageTags(locs))
	if err != nil {
		return nil, err
	}
	flow, err := guide.Load(content.FS, languageTags(locs), lib.Exists)
	if err != nil {
		return nil, err
	}
	return &handlers.Server{Locales: locs, Answers: lib, Guide: flow, Log: log}, nil
}

func languageTags(s *locale.Set) []string {
	tags := make([]string, len(s.Languages))
	for i, l := range s.Languages {
		tags[i] = l.Tag
	}
	return tags
}

func envOr(key, fallback string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return fallback
}
