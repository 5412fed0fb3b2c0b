package assistant

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
)

// wordVectors are a language's word vectors (vectors.<lang>.bin, made by
// ./genvectors from published word embeddings): words used alike have
// vectors alike, so a question in words no training question used can still
// resemble the questions learnt. The classifier sees the mean vector of a
// question's words (vectorWeight). A language without the file does without.
type wordVectors struct {
	dim   int
	index map[string]int // folded word → its vector's offset in data
	data  []int8         // each vector of unit length, times 127
}

// vectorsMagic starts the file; the format is: magic, uint32 count, uint16
// dimensions, then per word a uint8 length, the word (UTF-8, folded as the
// assistant folds), and its dimensions as int8 (unit vector × 127).
const vectorsMagic = "RIVEC1"

// WriteVectors writes words and their vectors (each of dim int8s) in the
// format parseVectors reads; genvectors makes vectors.<lang>.bin with it.
func WriteVectors(w io.Writer, dim int, words []string, vecs [][]int8) error {
	if dim <= 0 || dim > len(vectorFeature) || len(words) != len(vecs) {
		return fmt.Errorf("%d words, %d vectors of %d dimensions", len(words), len(vecs), dim)
	}
	var b bytes.Buffer
	b.WriteString(vectorsMagic)
	binary.Write(&b, binary.LittleEndian, uint32(len(words)))
	binary.Write(&b, binary.LittleEndian, uint16(dim))
	for i, word := range words {
		if len(word) > 255 || len(vecs[i]) != dim {
			return fmt.Errorf("word %q: %d bytes, %d dimensions", word, len(word), len(vecs[i]))
		}
		b.WriteByte(byte(len(word)))
		b.WriteString(word)
		binary.Write(&b, binary.LittleEndian, vecs[i])
	}
	_, err := b.WriteTo(w)
	return err
}

func parseVectors(b []byte) (*wordVectors, error) {
	r := bytes.NewReader(b)
	magic := make([]byte, len(vectorsMagic))
	if _, err := io.ReadFull(r, magic); err != nil || string(magic) != vectorsMagic {
		return nil, errors.New("not a word vectors file")
	}
	var count uint32
	var dim uint16
	if err := binary.Read(r, binary.LittleEndian, &count); err != nil {
		return nil, err
	}
	if err := binary.Read(r, binary.LittleEndian, &dim); err != nil {
		return nil, err
	}
	if dim == 0 || int(dim) > len(vectorFeature) {
		return nil, fmt.Errorf("%d dimensions", dim)
	}
	// Each word takes at least its length byte, one letter and its
	// dimensions: a header promising more than the file holds is refused
	// before anything is allocated for it.
	if int64(count)*(2+int64(dim)) > int64(r.Len()) {
		return nil, fmt.Errorf("%d words of %d dimensions do not fit in %d bytes", count, dim, r.Len())
	}
	v := &wordVectors{dim: int(dim), index: make(map[string]int, count), data: make([]int8, 0, int(count)*int(dim))}
	word := make([]byte, 255)
	vec := make([]byte, dim)
	for i := range count {
		n, err := r.ReadByte()
		if err != nil {
			return nil, fmt.Errorf("word %d: %w", i, err)
		}
		if _, err := io.ReadFull(r, word[:n]); err != nil {
			return nil, fmt.Errorf("word %d: %w", i, err)
		}
		if _, err := io.ReadFull(r, vec); err != nil {
			return nil, fmt.Errorf("word %d: %w", i, err)
		}
		w := string(word[:n])
		if _, dup := v.index[w]; dup || n == 0 {
			return nil, fmt.Errorf("word %d: empty or given twice", i)
		}
		v.index[w] = len(v.data)
		for _, x := range vec {
			v.data = append(v.data, int8(x))
		}
	}
	if r.Len() != 0 {
		return nil, errors.New("trailing bytes")
	}
	return v, nil
}

// mean is the unit-length mean of the vectors of the question's words
// (stop words left out); false when it has no word with a vector.
func (v *wordVectors) mean(toks []qtoken) ([]float64, bool) {
	if v == nil {
		return nil, false
	}
	sum := make([]float64, v.dim)
	for _, t := range toks {
		if t.stop {
			continue
		}
		off, ok := v.index[t.raw]
		if !ok {
			continue
		}
		for i, x := range v.data[off : off+v.dim] {
			sum[i] += float64(x)
		}
	}
	norm := 0.0
	for _, x := range sum {
		norm += x * x
	}
	norm = math.Sqrt(norm)
	if norm == 0 { // no word with a vector
		return nil, false
	}
	for i := range sum {
		sum[i] /= norm
	}
	return sum, true
}
