package main

import (
	"fmt"
	"io"
)

// runImport is a stub until the statistics importer lands.
func runImport(args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "import: not yet available")
	return 2
}
