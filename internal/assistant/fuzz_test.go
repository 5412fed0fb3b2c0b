package assistant

import (
	"context"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"
)

// Whatever a person types, the assistant answers, falls back or refuses the
// input with one of its own errors: it never panics, never returns more than
// three items, and never writes the question into its reply (a question can
// carry personal data).
func FuzzAsk(f *testing.F) {
	for _, seed := range []string{
		"who pays for my ticket", "hvor mange ble uttransportert i mai 2025?", "how many Poles in 2023",
		"12345678901", "ring meg på +47 99 99 99 99", "a@b.no", "\xff\xfe", "", strings.Repeat("ø", 600),
		"hvor mange til Kongo i 1999", "returned in 2023-13", "<script>alert(1)</script> Dublin",
	} {
		f.Add("en", seed)
		f.Add("nb", seed)
	}
	a, _ := realAssistant(f)
	f.Fuzz(func(t *testing.T, lang, q string) {
		r, err := a.Ask(context.Background(), lang, q)
		if err != nil {
			if !errors.Is(err, ErrEmpty) && !errors.Is(err, ErrTooLong) && !errors.Is(err, ErrUnknownLanguage) {
				t.Fatalf("unexpected error %v", err)
			}
			return
		}
		if len(r.Items) > 3 {
			t.Fatalf("%d items", len(r.Items))
		}
		if !utf8.ValidString(r.Text) {
			t.Fatalf("invalid UTF-8 in the reply")
		}
		if trimmed := strings.TrimSpace(q); len(trimmed) > 12 && strings.Contains(r.Text, trimmed) {
			t.Fatalf("the reply repeats the question: %q", r.Text)
		}
	})
}
