package guide

import (
	"fmt"
	"io"
	"strings"
)

// wrapAt keeps long labels readable in a drawing.
const wrapAt = 40

// notation is how one graph format writes nodes and edges; labels come unescaped.
type notation struct {
	head, foot string
	question   func(id, label string) string
	outcome    func(id, label string) string
	edge       func(from, to, label string, dontKnow bool) string
}

// WriteDOT writes the graph as Graphviz DOT, with texts in lang.
func (f *Flow) WriteDOT(w io.Writer, lang string) error {
	esc := strings.NewReplacer(`\`, `\\`, `"`, `\"`)
	q := func(s string) string { return `"` + escapeLines(s, esc, `\n`) + `"` }
	return f.draw(w, lang, notation{
		head: "digraph flow {\n\tnode [fontname=\"sans-serif\"];\n\tedge [fontname=\"sans-serif\", fontsize=10];\n",
		foot: "}\n",
		question: func(id, label string) string {
			return fmt.Sprintf("\t%s [shape=box, style=rounded, label=%s];\n", q(id), q(label))
		},
		outcome: func(id, label string) string {
			return fmt.Sprintf("\t%s [shape=note, style=filled, fillcolor=\"#e8f0fe\", label=%s];\n", q(id), q(label))
		},
		edge: func(from, to, label string, dontKnow bool) string {
			style := ""
			if dontKnow {
				style = ", style=dashed"
			}
			return fmt.Sprintf("\t%s -> %s [label=%s%s];\n", q(from), q(to), q(label), style)
		},
	})
}

// WriteMermaid writes the graph as a Mermaid flowchart, with texts in lang.
func (f *Flow) WriteMermaid(w io.Writer, lang string) error {
	esc := strings.NewReplacer(`&`, `#amp;`, `"`, `#quot;`, `<`, `#lt;`, `>`, `#gt;`)
	q := func(s string) string { return `"` + escapeLines(s, esc, `<br/>`) + `"` }
	node := func(id string) string { return "n_" + strings.ReplaceAll(id, "-", "_") }
	return f.draw(w, lang, notation{
		head:     "flowchart TD\n",
		question: func(id, label string) string { return fmt.Sprintf("\t%s(%s)\n", node(id), q(label)) },
		outcome:  func(id, label string) string { return fmt.Sprintf("\t%s[[%s]]\n", node(id), q(label)) },
		edge: func(from, to, label string, dontKnow bool) string {
			arrow := "-->"
			if dontKnow {
				arrow = "-.->"
			}
			return fmt.Sprintf("\t%s %s|%s| %s\n", node(from), arrow, q(label), node(to))
		},
	})
}

func (f *Flow) draw(w io.Writer, lang string, n notation) error {
	var b strings.Builder
	b.WriteString(n.head)
	for _, q := range f.questions {
		b.WriteString(n.question(q.ID, q.ID+": "+q.Text(lang).Title))
	}
	for _, o := range f.outcomes {
		b.WriteString(n.outcome(o.ID, o.ID+": "+o.Text(lang).Title+"\n["+strings.Join(o.Answers, ", ")+"]"))
	}
	for _, q := range f.questions {
		for _, o := range q.Options {
			b.WriteString(n.edge(q.ID, o.Next, o.ID+": "+q.Label(lang, o.ID), o.DontKnow))
		}
	}
	b.WriteString(n.foot)
	_, err := io.WriteString(w, b.String())
	return err
}

// escapeLines wraps s, escapes each line and joins them with the format's line break.
func escapeLines(s string, esc *strings.Replacer, br string) string {
	lines := wrap(s)
	for i, l := range lines {
		lines[i] = esc.Replace(l)
	}
	return strings.Join(lines, br)
}

// wrap splits s into lines of about wrapAt runes at spaces, keeping its own line breaks.
func wrap(s string) []string {
	var lines []string
	for _, para := range strings.Split(s, "\n") {
		line := ""
		for _, word := range strings.Fields(para) {
			if line != "" && len([]rune(line))+1+len([]rune(word)) > wrapAt {
				lines = append(lines, line)
				line = word
				continue
			}
			if line != "" {
				line += " "
			}
			line += word
		}
		lines = append(lines, line)
	}
	return lines
}
