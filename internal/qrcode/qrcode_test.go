package qrcode

import (
	"fmt"
	"strings"
	"testing"

	"rsc.io/qr"
)

// The drawn modules must be exactly the code's black modules: decode the
// path back into a grid and compare.
func TestSVGDrawsEveryBlackModule(t *testing.T) {
	const text = "https://example.org/nb/a/forced-return-costs"
	svg, err := SVG(text)
	if err != nil {
		t.Fatal(err)
	}
	code, _ := qr.Encode(text, qr.M)
	drawn := map[[2]int]bool{}
	d := svg[strings.Index(svg, ` d="`)+4:]
	d = d[:strings.Index(d, `"`)]
	for _, run := range strings.Split(strings.TrimSuffix(d, "z"), "z") {
		var x, y, w, w2 int
		if _, err := fmt.Sscanf(run, "M%d %dh%dv1h-%d", &x, &y, &w, &w2); err != nil {
			t.Fatalf("bad path segment %q: %v", run, err)
		}
		for i := 0; i < w; i++ {
			drawn[[2]int{x + i - quietZone, y - quietZone}] = true
		}
	}
	for y := 0; y < code.Size; y++ {
		for x := 0; x < code.Size; x++ {
			if code.Black(x, y) != drawn[[2]int{x, y}] {
				t.Fatalf("module (%d,%d): code says black=%v, SVG draws %v", x, y, code.Black(x, y), drawn[[2]int{x, y}])
			}
		}
	}
	if !strings.HasPrefix(svg, "<svg") || !strings.Contains(svg, `aria-hidden="true"`) {
		t.Errorf("not an inline, hidden-from-AT SVG: %.80s", svg)
	}
}
