package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"path/filepath"

	"returninfo/content"
	"returninfo/internal/stats"
)

// runImport implements `returninfo import [-out DIR] FILE…`: every report is
// checked and, only if all pass, written as DIR/YYYY-MM.json.
func runImport(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("import", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("out", filepath.Join("content", "stats"), "directory to write the monthly JSON files to")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: returninfo import [-out DIR] FILE…")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return 2
	}
	cats, err := stats.LoadCategories(content.FS)
	if err != nil {
		fmt.Fprintln(stderr, "import:", err)
		return 1
	}
	reports, err := stats.Import(fs.Args(), *out, cats)
	if err != nil {
		var joined interface{ Unwrap() []error }
		if errors.As(err, &joined) {
			for _, e := range joined.Unwrap() {
				fmt.Fprintln(stderr, e)
			}
		} else {
			fmt.Fprintln(stderr, err)
		}
		fmt.Fprintln(stderr, "import: nothing written")
		return 1
	}
	for _, r := range reports {
		fmt.Fprintf(stdout, "%s: %s, %d so far this year, %d nationalities, %d destinations -> %s\n",
			r.Period, r.SourceFile, r.YTDTotal, len(r.ByNationality), len(r.ByDestination),
			filepath.Join(*out, stats.FileName(r.Period)))
	}
	return 0
}
