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

// runImport implements `returninfo import [-out DIR] [-accept-unrecognised] FILE…`:
// every report is checked and, only if all pass, written as DIR/YYYY-MM.json.
// It prints every figure it read, so the operator can compare them with
// the report.
func runImport(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("import", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("out", filepath.Join("content", "stats"), "directory to write the monthly JSON files to")
	accept := fs.Bool("accept-unrecognised", false, "import a month even if a sentence its layout carries was not recognised; the figure is marked \"not read from the report\"")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: returninfo import [-out DIR] [-accept-unrecognised] FILE…")
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
	reports, err := stats.ImportWith(fs.Args(), *out, cats, stats.Options{AcceptUnrecognised: *accept})
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
		fmt.Fprintf(stdout, "%s (%s), read:\n", r.SourceFile, r.Period)
		for _, f := range r.Readings() {
			where := ""
			if f.Line > 0 {
				where = fmt.Sprintf(" (line %d)", f.Line)
			}
			fmt.Fprintf(stdout, "  %s: %s%s\n", f.Label, f.Value, where)
		}
		for _, key := range r.NotRecognised {
			fmt.Fprintf(stdout, "  %s: NOT READ (accepted with -accept-unrecognised; pages say \"not read from the report\")\n", stats.FigureLabel(key))
		}
		fmt.Fprintf(stdout, "%s: %s, %d so far this year, %d nationalities, %d destinations -> %s\n",
			r.Period, r.SourceFile, r.YTDTotal, len(r.ByNationality), len(r.ByDestination),
			filepath.Join(*out, stats.FileName(r.Period)))
	}
	return 0
}
