package guide

import (
	"fmt"
	"path"
	"strings"
)

// MaxQuestions is the most questions any path may ask.
const MaxQuestions = 5

// checkGraph checks the whole graph at load time, so a broken branch stops the start
// instead of failing when someone reaches it.
func checkGraph(f *Flow, answerExists func(id string) bool, p *problems) {
	file := path.Join(Dir, GraphFile)
	if f.question[f.start] == nil {
		p.add(file, fmt.Sprintf("start %q", f.start), "no such question")
	}
	for _, q := range f.questions {
		if len(q.Options) < 2 {
			p.add(file, fmt.Sprintf("question %q", q.ID), "needs at least two options")
		}
		for _, o := range q.Options {
			if f.question[o.Next] == nil && f.outcome[o.Next] == nil {
				p.add(file, fmt.Sprintf("question %q, option %q", q.ID, o.ID), "next %q is neither a question nor an outcome", o.Next)
			}
		}
	}
	for _, o := range f.outcomes {
		node := fmt.Sprintf("outcome %q", o.ID)
		if len(o.Answers) == 0 {
			p.add(file, node, "names no answer")
		}
		seen := map[string]bool{}
		for _, a := range o.Answers {
			switch {
			case seen[a]:
				p.add(file, node, "answer %q is named twice", a)
			case answerExists == nil || !answerExists(a):
				p.add(file, node, "answer %q does not exist", a)
			}
			seen[a] = true
		}
	}
	if cycles(f, file, p) {
		return // reachability and path lengths assume a graph without cycles
	}
	reached := map[string]bool{}
	reach(f, f.start, reached)
	for _, q := range f.questions {
		if !reached[q.ID] {
			p.add(file, fmt.Sprintf("question %q", q.ID), "cannot be reached from the start %q", f.start)
		}
	}
	for _, o := range f.outcomes {
		if !reached[o.ID] {
			p.add(file, fmt.Sprintf("outcome %q", o.ID), "no path leads here")
		}
	}
	if f.question[f.start] != nil {
		if long := longest(f, f.start, map[string][]string{}); len(long) > MaxQuestions {
			p.add(file, fmt.Sprintf("question %q", f.start), "a path asks %d questions (%s), at most %d",
				len(long), strings.Join(long, " → "), MaxQuestions)
		}
	}
	f.below = map[string][]string{}
	for _, q := range f.questions {
		below(f, q.ID)
	}
}

// cycles reports every cycle once, by the question where the walk found it.
func cycles(f *Flow, file string, p *problems) bool {
	const (
		unseen = iota
		open
		done
	)
	mark := map[string]int{}
	var stack []string
	found := false
	var visit func(id string)
	visit = func(id string) {
		q := f.question[id]
		if q == nil {
			return
		}
		mark[id] = open
		stack = append(stack, id)
		for _, o := range q.Options {
			switch mark[o.Next] {
			case open:
				from := len(stack) - 1
				for stack[from] != o.Next {
					from--
				}
				loop := append(append([]string(nil), stack[from:]...), o.Next)
				p.add(file, fmt.Sprintf("question %q, option %q", id, o.ID), "makes a cycle: %s", strings.Join(loop, " → "))
				found = true
			case unseen:
				visit(o.Next)
			}
		}
		stack = stack[:len(stack)-1]
		mark[id] = done
	}
	for _, q := range f.questions {
		if mark[q.ID] == unseen {
			visit(q.ID)
		}
	}
	return found
}

func reach(f *Flow, id string, reached map[string]bool) {
	if reached[id] {
		return
	}
	reached[id] = true
	if q := f.question[id]; q != nil {
		for _, o := range q.Options {
			reach(f, o.Next, reached)
		}
	}
}

// longest is the longest run of questions from id to an outcome.
func longest(f *Flow, id string, memo map[string][]string) []string {
	q := f.question[id]
	if q == nil {
		return nil
	}
	if l, ok := memo[id]; ok {
		return l
	}
	var best []string
	for _, o := range q.Options {
		if l := longest(f, o.Next, memo); len(l) > len(best) {
			best = l
		}
	}
	l := append([]string{id}, best...)
	memo[id] = l
	return l
}

// below fills f.below[id]: the questions that can follow id, each once, nearest first.
func below(f *Flow, id string) []string {
	if l, ok := f.below[id]; ok {
		return l
	}
	var l []string
	seen := map[string]bool{}
	add := func(id string) {
		if !seen[id] {
			seen[id] = true
			l = append(l, id)
		}
	}
	q := f.question[id]
	for _, o := range q.Options {
		if f.question[o.Next] != nil {
			add(o.Next)
		}
	}
	for _, o := range q.Options {
		if f.question[o.Next] != nil {
			for _, b := range below(f, o.Next) {
				add(b)
			}
		}
	}
	f.below[id] = l
	return l
}
