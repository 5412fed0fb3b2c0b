package main

import (
	"fmt"
	"io"
)

// runFlow is a stub until the guided flow lands.
func runFlow(args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "flow: not yet available")
	return 2
}
