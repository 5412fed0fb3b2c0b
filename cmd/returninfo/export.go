package main

import (
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
)

// runExport implements `returninfo export DIR`: every page that needs no
// server, written as plain files for a static host or CDN.
func runExport(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	fs.SetOutput(stderr)
	publicURL := fs.String("public-url", os.Getenv("RETURNINFO_PUBLIC_URL"), "the site's public address, for the links people copy and print")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(stderr, "usage: returninfo export [-public-url URL] DIR")
		return 2
	}
	srv, err := loadServer(slog.New(slog.NewJSONHandler(io.Discard, nil)))
	if err != nil {
		fmt.Fprintf(stderr, "export: %v\n", err)
		return 1
	}
	srv.PublicURL = *publicURL
	if srv.PublicURL == "" {
		srv.PublicURL = "http://localhost:8080"
	}
	n, err := srv.Export(fs.Arg(0))
	if err != nil {
		fmt.Fprintf(stderr, "export: %v\n", err)
		return 1
	}
	fmt.Fprintf(stdout, "wrote %d files to %s\n", n, fs.Arg(0))
	return 0
}
