package stats

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/unicode/norm"
)

// decoded is a report's text ready to parse, and how it was read.
type decoded struct {
	text     string
	encoding string // "UTF-8", "UTF-8 with BOM", "UTF-16 LE with BOM", "Windows-1252"
	changes  []string
}

// decode turns a file's bytes into NFC text with "\n" line ends. It reads
// UTF-8 (with or without BOM), UTF-16 with a BOM and Windows-1252; it
// refuses, saying what to do, anything else: a PDF, an office document,
// UTF-16 without a BOM, text converted twice.
func decode(data []byte) (decoded, *Error) {
	var d decoded
	head := bytes.TrimLeft(bytes.TrimPrefix(data, []byte("\uFEFF")), " \t\r\n")
	switch {
	case len(bytes.TrimSpace(data)) == 0:
		return d, failf(0, "the file is empty: save the report's text into it")
	case bytes.HasPrefix(head, []byte("%PDF-")):
		return d, failf(0, "this is a PDF: copy the text of the police's web version of the report (or select all text in the PDF and paste it) into a plain text file saved as UTF-8")
	case bytes.HasPrefix(data, []byte("PK\x03\x04")):
		return d, failf(0, "this is a Word, Excel or other packed document, not text: save it as plain text (UTF-8) and import that")
	case bytes.HasPrefix(head, []byte(`{\rtf`)):
		return d, failf(0, "this is an RTF document: save it as plain text (UTF-8) and import that")
	}
	var text string
	switch {
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		order, name := unicode.LittleEndian, "UTF-16 LE with BOM"
		if data[0] == 0xFE {
			order, name = unicode.BigEndian, "UTF-16 BE with BOM"
		}
		out, err := unicode.UTF16(order, unicode.ExpectBOM).NewDecoder().Bytes(data)
		if err != nil || !utf8.Valid(out) || bytes.ContainsRune(out, utf8.RuneError) {
			return d, failf(0, "the file starts as UTF-16 but is not valid UTF-16: save the file as UTF-8")
		}
		text, d.encoding = string(out), name
	case bytes.IndexByte(data, 0) >= 0:
		line := bytes.Count(data[:bytes.IndexByte(data, 0)], []byte("\n")) + 1
		return d, failf(line, "the file holds zero bytes: if it is UTF-16 without a byte-order mark, or not text at all, save the file as UTF-8 text")
	case utf8.Valid(data):
		d.encoding = "UTF-8"
		if bytes.HasPrefix(data, []byte("\uFEFF")) {
			d.encoding = "UTF-8 with BOM"
		}
		text = strings.TrimPrefix(string(data), "\uFEFF")
	case hasUTF8Letters(data):
		// Mostly UTF-8 with a broken byte: reading it as Windows-1252 would
		// turn every æøå into two letters.
		i := invalidUTF8At(data)
		line := bytes.Count(data[:i], []byte("\n")) + 1
		return d, failf(line, "the file is UTF-8 with a broken byte on this line: save the file as UTF-8 again, or copy the report's text anew")
	default:
		// Not UTF-8: Windows-1252 is what Norwegian Windows saves as "ANSI".
		// Its five unassigned bytes and the C1 range mean some other encoding.
		for i, b := range data {
			if b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D {
				line := bytes.Count(data[:i], []byte("\n")) + 1
				return d, failf(line, "the file is neither UTF-8 nor Windows-1252: save the file as UTF-8")
			}
		}
		out, err := charmap.Windows1252.NewDecoder().Bytes(data)
		if err != nil {
			return d, failf(0, "the file is neither UTF-8 nor Windows-1252: save the file as UTF-8")
		}
		text, d.encoding = string(out), "Windows-1252 (not UTF-8)"
	}
	if i := strings.Index(text, "\uFEFF"); i >= 0 {
		text = text[:i] + text[i+len("\uFEFF"):] // a second BOM, from joining files
	}
	if bad := doubleEncoded(text); bad != "" {
		line := strings.Count(text[:strings.Index(text, bad)], "\n") + 1
		return d, failf(line, "%q looks like UTF-8 text that was converted a second time (Ã¸ for ø): save the original text as UTF-8", bad)
	}
	if strings.Contains(text, "\r") {
		text = strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n")
		d.changes = append(d.changes, "Windows or old Mac line ends read as new lines")
	}
	if invisible.MatchString(text) {
		text = invisible.Replace(text)
	}
	if !norm.NFC.IsNormalString(text) {
		text = norm.NFC.String(text)
		d.changes = append(d.changes, "letters written as base letter and accent joined (Unicode NFC)")
	}
	for i, r := range text {
		if r < 0x20 && r != '\t' && r != '\n' || r >= 0x7F && r < 0xA0 {
			line := strings.Count(text[:i], "\n") + 1
			return d, failf(line, "a control character (U+%04X) in the text: save the file as UTF-8 text", r)
		}
	}
	d.text = text
	return d, nil
}

// invisible are characters PDF tools leave in words: soft hyphen, zero-width
// space and joiners. Removing them changes no visible letter.
var invisible = replacerMatcher{strings.NewReplacer("\u00AD", "", "\u200B", "", "\u200C", "", "\u200D", "", "\u2060", ""), "\u00AD\u200B\u200C\u200D\u2060"}

type replacerMatcher struct {
	*strings.Replacer
	chars string
}

func (m replacerMatcher) MatchString(s string) bool { return strings.ContainsAny(s, m.chars) }

// doubleEncoded finds the marks of UTF-8 read as Windows-1252 and saved
// again: "Ã¸" for "ø", "â€“" for "–".
func doubleEncoded(text string) string {
	for _, s := range []string{"Ã¥", "Ã¸", "Ã¦", "Ã…", "Ã˜", "Ã†", "Ã©", "Ã¼", "Ã¶", "â€"} {
		if strings.Contains(text, s) {
			return s
		}
	}
	return ""
}

// hasUTF8Letters reports whether data holds a well-formed two-byte UTF-8
// sequence for a Latin letter (æøå, é, ü): Windows-1252 text has none in
// practice, since "Ã¸" is no Norwegian spelling.
func hasUTF8Letters(data []byte) bool {
	for i := 0; i+1 < len(data); i++ {
		if data[i] >= 0xC3 && data[i] <= 0xC5 && data[i+1] >= 0x80 && data[i+1] <= 0xBF {
			return true
		}
	}
	return false
}

func invalidUTF8At(data []byte) int {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return len(data)
}
