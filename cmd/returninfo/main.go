// Command returninfo serves the return information service and runs its
// content tools.
//
//	returninfo                      serve on :8080
//	returninfo serve -addr :9000    serve on another address
//	returninfo import FILE…         import police monthly reports
//	returninfo flow graph           print the guided flow as a graph
//	returninfo export DIR           write the static pages to DIR
package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		return runServe(nil, stderr)
	}
	switch args[0] {
	case "serve":
		return runServe(args[1:], stderr)
	case "import":
		return runImport(args[1:], stdout, stderr)
	case "flow":
		return runFlow(args[1:], stdout, stderr)
	case "export":
		return runExport(args[1:], stdout, stderr)
	case "-h", "-help", "--help", "help":
		fmt.Fprint(stdout, usage)
		return 0
	default:
		if strings.HasPrefix(args[0], "-") {
			// Serve is the default command, flags and all, as the usage says.
			return runServe(args, stderr)
		}
		fmt.Fprintf(stderr, "returninfo: unknown command %q\n\n%s", args[0], usage)
		return 2
	}
}

const usage = `Usage:
  returninfo [serve] [-addr HOST:PORT] [-public-url URL]   serve the site (default :8080)
  returninfo import [-out DIR] FILE…                       import police monthly reports
  returninfo flow graph [-format dot|mermaid] [-lang L]    print the guided flow as a graph
  returninfo export [-public-url URL] DIR                  write every page that needs no server as files
`
