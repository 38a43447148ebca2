package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// normalize maps the ways news text writes the same token to the form the
// CoNLL-2003 training text uses: curly and guillemet quotes and “ ” to
// straight ones, ’s to 's, dashes to a hyphen. Our tokenizer (internal/text)
// keeps curly quotes, so without this raw text would see unknown words.
func normalize(w string) string {
	ascii := true
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		if w == "``" || w == "''" {
			return `"`
		}
		return w
	}
	return strings.Map(func(r rune) rune {
		switch r {
		case '\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb':
			return '"'
		case '\u2018', '\u2019', '\u201a', '\u2032':
			return '\''
		case '\u2013', '\u2014', '\u2212':
			return '-'
		case '\u00a0':
			return ' '
		}
		return r
	}, w)
}

// lowerNorm returns the normalised, lowercased word with every digit
// replaced by 0, so that scores and years share features.
func lowerNorm(w string) string { return string(appendLowerNorm(nil, w)) }

// appendLowerNorm appends lowerNorm(w) to dst.
func appendLowerNorm(dst []byte, w string) []byte {
	w = normalize(w)
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			return append(dst, strings.Map(func(r rune) rune {
				if unicode.IsDigit(r) {
					return '0'
				}
				return unicode.ToLower(r)
			}, w)...)
		}
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		case '0' <= c && c <= '9':
			c = '0'
		}
		dst = append(dst, c)
	}
	return dst
}

// digitNorm returns the normalised word with digits replaced by 0 and case
// kept.
func digitNorm(w string) string {
	w = normalize(w)
	if !strings.ContainsAny(w, "0123456789") {
		return w
	}
	b := []byte(w)
	for i, c := range b {
		if '0' <= c && c <= '9' {
			b[i] = '0'
		}
	}
	return string(b)
}

// Capitalisation classes.
const (
	capLower = iota // starts with a lower-case letter
	capInit         // upper-case first letter, then lower case or mixed
	capAll          // letters all upper case (two or more letters)
	capOne          // a single upper-case letter, alone or with dots: "J", "J."
	capNone         // no letters
)

// shapes returns the word shape with runs capped at four ("Xxxx", "dd-dd")
// and the short shape with runs collapsed ("Xx", "d-d"), plus the
// capitalisation class and whether the word has a digit, hyphen or period.
func shapes(w string) (long, short string, capClass uint8) {
	var lb, sb [32]byte
	l, s := lb[:0], sb[:0]
	var prev byte
	run := 0
	upper, lower, letters := 0, 0, 0
	firstUpper, firstLetterSeen := false, false
	for _, r := range w {
		var c byte
		switch {
		case unicode.IsUpper(r):
			c = 'X'
			upper++
		case unicode.IsLower(r):
			c = 'x'
			lower++
		case unicode.IsLetter(r):
			c = 'x'
			lower++
		case unicode.IsDigit(r):
			c = 'd'
		case r < utf8.RuneSelf:
			c = byte(r)
		default:
			c = '*'
		}
		if c == 'X' || c == 'x' {
			letters++
			if !firstLetterSeen {
				firstLetterSeen = true
				firstUpper = c == 'X'
			}
		}
		if c == prev {
			run++
		} else {
			run = 1
		}
		if run <= 4 && len(l) < cap(lb) {
			l = append(l, c)
		}
		if run == 1 && len(s) < cap(sb) {
			s = append(s, c)
		}
		prev = c
	}
	switch {
	case letters == 0:
		capClass = capNone
	case !firstUpper:
		capClass = capLower
	case letters == 1:
		capClass = capOne
	case lower == 0:
		capClass = capAll
	default:
		capClass = capInit
	}
	return string(l), string(s), capClass
}
