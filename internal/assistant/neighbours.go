package assistant

// fuzzyMinRunes: shorter words are matched exactly; one wrong letter in a
// short word too often makes another word ("pay" / "may").
const fuzzyMinRunes = 5

// neighbours finds known terms one typo away (a letter wrong, missing, added
// or two swapped) through shared one-letter deletions, so a lookup costs a
// few map reads instead of a scan of the vocabulary.
type neighbours map[string][]string

func newNeighbours(docs map[string]map[string]bool) neighbours {
	n := neighbours{}
	for _, words := range docs {
		for t := range words {
			if runeCount(t) < fuzzyMinRunes-1 {
				continue
			}
			for _, v := range deletions(t, true) {
				n[v] = appendNew(n[v], t)
			}
		}
	}
	return n
}

// of returns the known terms near w, w itself included if known.
func (n neighbours) of(w string) []string {
	if runeCount(w) < fuzzyMinRunes {
		return nil
	}
	var out []string
	for _, v := range deletions(w, true) {
		out = appendNew(out, n[v]...)
	}
	return out
}

// deletions lists s with each one letter removed, and s itself if self.
func deletions(s string, self bool) []string {
	r := []rune(s)
	out := make([]string, 0, len(r)+1)
	if self {
		out = append(out, s)
	}
	for i := range r {
		out = append(out, string(r[:i])+string(r[i+1:]))
	}
	return out
}

func runeCount(s string) int {
	n := 0
	for range s {
		n++
	}
	return n
}
