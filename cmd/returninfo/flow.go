package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"slices"

	"returninfo/internal/site"
)

const flowUsage = "usage: returninfo flow graph [-format dot|mermaid] [-lang L]\n"

// runFlow prints the guided flow as a graph, so editors and caseworkers can review it.
func runFlow(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] != "graph" {
		fmt.Fprint(stderr, flowUsage)
		return 2
	}
	flags := flag.NewFlagSet("flow graph", flag.ContinueOnError)
	flags.SetOutput(stderr)
	format := flags.String("format", "dot", "dot (Graphviz) or mermaid")
	lang := flags.String("lang", "", "language of the labels (default: the first in content/languages.toml)")
	if err := flags.Parse(args[1:]); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if flags.NArg() > 0 || (*format != "dot" && *format != "mermaid") {
		fmt.Fprint(stderr, flowUsage)
		return 2
	}
	flow, locs, err := site.LoadGuide()
	if err != nil {
		fmt.Fprintf(stderr, "flow: %v\n", err)
		return 1
	}
	langs := site.Languages(locs)
	if *lang == "" {
		*lang = langs[0]
	}
	if !slices.Contains(langs, *lang) {
		fmt.Fprintf(stderr, "flow: unknown language %q (have %v)\n", *lang, langs)
		return 2
	}
	write := flow.WriteDOT
	if *format == "mermaid" {
		write = flow.WriteMermaid
	}
	if err := write(stdout, *lang); err != nil {
		fmt.Fprintf(stderr, "flow: %v\n", err)
		return 1
	}
	return 0
}
