package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Clean normalises article text once, before anything points into it:
// it strips a leading byte-order mark (U+FEFF), turns "\r\n" and "\r" into "\n",
// trims white space at the end of every line, collapses three or more
// newlines into one blank line, and trims the whole text. Everything else
// (curly quotes, dashes, non-breaking spaces inside lines) is kept byte
// for byte, since later stages and the offsets they report rely on it.
// s must be valid UTF-8 (see repairUTF8).
func Clean(s string) string {
	s = strings.TrimPrefix(s, "\uFEFF")
	if strings.IndexByte(s, '\r') >= 0 {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	var b strings.Builder
	b.Grow(len(s))
	newlines := 0 // pending newlines, written before the next non-empty line
	for i, line := range strings.Split(s, "\n") {
		line = strings.TrimRightFunc(line, unicode.IsSpace)
		if i > 0 {
			newlines++
		}
		if line == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteString("\n\n"[:min(newlines, 2)])
		}
		newlines = 0
		b.WriteString(line)
	}
	// A BOM can follow leading blank lines (" \uFEFF..." from a careless
	// concatenation); trimming both together keeps Clean idempotent.
	return strings.TrimLeftFunc(b.String(), func(r rune) bool { return r == '\uFEFF' || unicode.IsSpace(r) })
}

// repairUTF8 replaces each byte that is not part of a valid UTF-8 sequence
// with U+FFFD and reports how many it replaced. Valid input is returned
// without copying.
func repairUTF8(b []byte) (string, int) {
	if utf8.Valid(b) {
		return string(b), 0
	}
	var sb strings.Builder
	sb.Grow(len(b) + 16)
	bad := 0
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		if r == utf8.RuneError && size == 1 {
			sb.WriteRune(utf8.RuneError)
			bad++
		} else {
			sb.Write(b[:size])
		}
		b = b[size:]
	}
	return sb.String(), bad
}

func isLetterOrDigit(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
