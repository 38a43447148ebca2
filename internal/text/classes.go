package text

import (
	"unicode"
	"unicode/utf8"
)

// Byte classes for the ASCII fast path. Bytes >= 0x80 start a multi-byte
// rune and are classified by decoding it.
const (
	cSpace uint8 = 1 << iota
	cLower
	cUpper
	cDigit
)

const cLetter = cLower | cUpper
const cAlnum = cLetter | cDigit

// ascii is a read-only class table for the first 128 bytes.
var ascii = func() (t [128]uint8) {
	for _, c := range " \t\n\r\f\v" {
		t[c] = cSpace
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] = cLower
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = cUpper
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = cDigit
	}
	return t
}()

// classAt returns the class bits of the rune starting at s[i] and its byte
// length. Letters are cLower or cUpper (titlecase and uncased letters count
// as lower, combining marks as lower so that they stay inside words), digits
// cDigit, white space cSpace; everything else (punctuation, symbols, invalid
// bytes) is 0.
func classAt(s string, i int) (uint8, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return ascii[c], 1
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	switch {
	case r == utf8.RuneError && n <= 1:
		return 0, 1
	case unicode.IsUpper(r):
		return cUpper, n
	case unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r):
		return cLower, n
	case unicode.IsDigit(r):
		return cDigit, n
	case unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff':
		return cSpace, n
	}
	return 0, n
}

// apostropheAt returns the byte length of an apostrophe (' or ’) at s[i],
// or 0.
func apostropheAt(s string, i int) int {
	if i >= len(s) {
		return 0
	}
	if s[i] == '\'' {
		return 1
	}
	if s[i] == 0xe2 && i+2 < len(s) && s[i+1] == 0x80 && s[i+2] == 0x99 {
		return 3
	}
	return 0
}

// isAlnumAt reports whether a letter or digit starts at s[i].
func isAlnumAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	c, _ := classAt(s, i)
	return c&cAlnum != 0
}

// lastClass returns the class of the rune ending just before s[i].
func lastClass(s string, i int) uint8 {
	if i <= 0 {
		return 0
	}
	if s[i-1] < utf8.RuneSelf {
		return ascii[s[i-1]]
	}
	_, n := utf8.DecodeLastRuneInString(s[:i])
	c, _ := classAt(s, i-n)
	return c
}
