package assistant

import (
	"bytes"
	"encoding/binary"
	"io/fs"
	"math"
	"path"
	"testing"

	"returninfo/content"
)

// vectorsFile is a vectors.<lang>.bin holding the words and vectors; with
// dim 0 only the header (WriteVectors refuses it).
func vectorsFile(dim int, words []string, vecs [][]int8) []byte {
	var b bytes.Buffer
	if dim == 0 {
		b.WriteString(vectorsMagic)
		binary.Write(&b, binary.LittleEndian, uint32(0))
		binary.Write(&b, binary.LittleEndian, uint16(0))
		return b.Bytes()
	}
	if err := WriteVectors(&b, dim, words, vecs); err != nil {
		panic(err)
	}
	return b.Bytes()
}

func TestParseVectors(t *testing.T) {
	file := vectorsFile(2, []string{"deported", "removed"}, [][]int8{{127, 0}, {0, 127}})
	v, err := parseVectors(file)
	if err != nil {
		t.Fatal(err)
	}
	toks := []qtoken{{raw: "i"}, {raw: "was", stop: true}, {raw: "deported"}, {raw: "removed"}, {raw: "unknownword"}}
	m, ok := v.mean(toks)
	if !ok || len(m) != 2 || math.Abs(m[0]-math.Sqrt(0.5)) > 1e-9 || math.Abs(m[1]-math.Sqrt(0.5)) > 1e-9 {
		t.Errorf("mean of deported and removed = %v, %v; want both dimensions 0.707", m, ok)
	}
	if _, ok := v.mean([]qtoken{{raw: "unknownword"}, {raw: "deported", stop: true}}); ok {
		t.Error("a mean from no word with a vector (stop words do not count)")
	}
	if _, ok := (*wordVectors)(nil).mean(toks); ok {
		t.Error("a language without vectors gave a mean")
	}
	for name, bad := range map[string][]byte{
		"wrong magic": append([]byte("NOTVEC"), file[len(vectorsMagic):]...),
		"cut short":   file[:len(file)-1],
		"trailing":    append(append([]byte{}, file...), 0),
		"no dims":     vectorsFile(0, nil, nil),
		"empty word":  vectorsFile(2, []string{""}, [][]int8{{1, 2}}),
		"twice":       vectorsFile(2, []string{"ban", "ban"}, [][]int8{{1, 2}, {3, 4}}),
		// A header promising four billion words of 256 dimensions must be
		// refused before anything is allocated for them.
		"too many": append([]byte(vectorsMagic), 0xff, 0xff, 0xff, 0xff, 0, 1, 3, 'b', 'a', 'n'),
	} {
		if _, err := parseVectors(bad); err == nil {
			t.Errorf("%s: parsed", name)
		}
	}
}

// The published English vectors load, and the words people use for the
// service's subjects are in them.
func TestEnglishVectorsLoad(t *testing.T) {
	b, err := fs.ReadFile(content.FS, path.Join(Dir, "vectors.en.bin"))
	if err != nil {
		t.Fatal(err)
	}
	v, err := parseVectors(b)
	if err != nil {
		t.Fatal(err)
	}
	if len(v.index) < 25000 || v.dim != 100 {
		t.Errorf("%d words of %d dimensions, want at least 25000 of 100", len(v.index), v.dim)
	}
	for _, w := range []string{"deported", "expelled", "passport", "police", "children", "ticket"} {
		if _, ok := v.index[w]; !ok {
			t.Errorf("no vector for %q", w)
		}
	}
}

// The English classifier learns from the mean word vector, and it moves the
// probabilities; the Norwegian one, with no vectors file, does without.
func TestClassifierSeesWordVectors(t *testing.T) {
	a, _ := realAssistant(t)
	en := a.langs["en"]
	c := en.clf
	k := len(c.ids)
	for i := range c.vec.dim {
		row, ok := c.vocab[vectorFeature[i]]
		if !ok {
			t.Fatalf("the English classifier has no word-vector feature %d", i)
		}
		learnt := false
		for _, w := range c.w[row*k : (row+1)*k] {
			learnt = learnt || w != 0
		}
		if !learnt {
			t.Errorf("word-vector feature %d has no weight", i)
		}
	}
	_, _, toks := en.analyse("the police will deport me, who pays for the flight?")
	ev := en.phrases.find(toks)
	with := c.classify(toks, ev)
	vec := c.vec
	c.vec = nil
	without := c.classify(toks, ev)
	c.vec = vec
	moved := 0.0
	for j := range with.p {
		moved = max(moved, math.Abs(with.p[j]-without.p[j]))
	}
	if moved < 0.001 {
		t.Errorf("the word vectors move no probability (at most %.4f)", moved)
	}
	if _, ok := a.langs["nb"].clf.vocab[vectorFeature[0]]; ok {
		t.Error("the Norwegian classifier has a word-vector feature but Norwegian has no vectors")
	}
}

// No file, however damaged, makes parsing panic or run away with memory.
func FuzzParseVectors(f *testing.F) {
	f.Add(vectorsFile(2, []string{"deported", "removed"}, [][]int8{{127, 0}, {0, 127}}))
	f.Add([]byte(vectorsMagic))
	f.Fuzz(func(t *testing.T, b []byte) {
		v, err := parseVectors(b)
		if err == nil {
			v.mean([]qtoken{{raw: "deported"}})
		}
	})
}
