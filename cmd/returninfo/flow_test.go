package main

import (
	"strings"
	"testing"
)

func runFlowArgs(args ...string) (code int, stdout, stderr string) {
	var out, errOut strings.Builder
	code = runFlow(args, &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestFlowGraph(t *testing.T) {
	cases := []struct {
		args []string
		want []string
	}{
		{[]string{"graph"}, []string{"digraph flow {", `"situation" -> "deadline"`, "What is your situation?", `"dublin-assisted-return" [shape=note`}},
		{[]string{"graph", "-lang", "nb"}, []string{"digraph flow {", "Hva er situasjonen din?"}},
		{[]string{"graph", "-format", "mermaid", "-lang", "en"}, []string{"flowchart TD", "n_situation -->", "What is your situation?"}},
	}
	for _, c := range cases {
		code, out, errOut := runFlowArgs(c.args...)
		if code != 0 {
			t.Fatalf("%v: exit %d, stderr %s", c.args, code, errOut)
		}
		for _, w := range c.want {
			if !strings.Contains(out, w) {
				t.Errorf("%v: output lacks %q", c.args, w)
			}
		}
	}
}

func TestFlowGraphRejectsBadArguments(t *testing.T) {
	for _, args := range [][]string{
		nil,
		{"draw"},
		{"graph", "-format", "png"},
		{"graph", "-lang", "xx"},
		{"graph", "extra"},
	} {
		code, out, errOut := runFlowArgs(args...)
		if code != 2 || out != "" || errOut == "" {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want 2, nothing, a message", args, code, out, errOut)
		}
	}
}
