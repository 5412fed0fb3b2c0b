package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"path"
	"slices"

	"github.com/BurntSushi/toml"

	"returninfo/content"
	"returninfo/internal/guide"
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
	langs, err := publishedLanguages(content.FS)
	if err != nil {
		fmt.Fprintf(stderr, "flow: %v\n", err)
		return 1
	}
	if *lang == "" {
		*lang = langs[0]
	}
	if !slices.Contains(langs, *lang) {
		fmt.Fprintf(stderr, "flow: unknown language %q (have %v)\n", *lang, langs)
		return 2
	}
	flow, err := guide.Load(content.FS, langs, answerFileExists(content.FS, langs))
	if err != nil {
		fmt.Fprintf(stderr, "flow: %v\n", err)
		return 1
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

// publishedLanguages lists the language tags in languages.toml, fallback first.
func publishedLanguages(fsys fs.FS) ([]string, error) {
	var doc struct {
		Language []struct {
			Tag string `toml:"tag"`
		} `toml:"language"`
	}
	if _, err := toml.DecodeFS(fsys, "languages.toml", &doc); err != nil {
		return nil, fmt.Errorf("languages.toml: %w", err)
	}
	var tags []string
	for _, l := range doc.Language {
		tags = append(tags, l.Tag)
	}
	if len(tags) == 0 {
		return nil, errors.New("languages.toml: no language listed")
	}
	return tags, nil
}

// answerFileExists says whether answers/<lang>/<id>.md exists in every language.
// The one place to swap for the answer library's own check.
func answerFileExists(fsys fs.FS, langs []string) func(id string) bool {
	return func(id string) bool {
		for _, l := range langs {
			if _, err := fs.Stat(fsys, path.Join("answers", l, id+".md")); err != nil {
				return false
			}
		}
		return true
	}
}
