package actor

import (
	"math/rand/v2"
	"testing"
	"unicode"
	"unicode/utf8"
)

// foldByRunes is appendFold as it was written before its ASCII short path:
// the reference the fast one must agree with.
func foldByRunes(buf []byte, s string) []byte {
	start := len(buf)
	space := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			space = true
			continue
		case r == '’' || r == '‘' || r == 'ʼ' || r == '`' || r == '´':
			r = '\''
		case r == '‐' || r == '‑' || r == '–':
			r = '-'
		}
		if space && len(buf) > start {
			buf = append(buf, ' ')
		}
		space = false
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			buf = append(buf, byte(r))
			continue
		}
		r = unicode.ToLower(r)
		if f, ok := foldTable[r]; ok {
			buf = append(buf, f...)
			continue
		}
		buf = utf8.AppendRune(buf, r)
	}
	return buf
}

// foldPieces are the pieces the tests build texts from: ASCII of every
// class, white space of every kind, apostrophes and dashes, letters the
// fold table maps, and broken UTF-8.
var foldPieces = []string{"a", "Z", "q", "7", ".", " ", "  ", "\t", "\n", "\v", "\f", "\r", "`", "'", "-",
	"’", "‘", "ʼ", "´", "‐", "‑", "–", "—", "\u0085", "\u00a0", "\u2003", "É", "é", "ß", "İ", "Ø", "Türkiye", "Côte",
	"\xe2", "\x80", "\xe2\x80", "\xff", "U.S.", "d'Ivoire", "Guinea-Bissau"}

func randomFoldText(rng *rand.Rand) string {
	s := ""
	for range rng.IntN(12) {
		s += foldPieces[rng.IntN(len(foldPieces))]
	}
	return s
}

func TestAppendFoldAgreesWithRunes(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		s := randomFoldText(rng)
		prefix := []byte("x ")
		got := string(appendFold(append([]byte(nil), prefix...), s))
		want := string(foldByRunes(append([]byte(nil), prefix...), s))
		if got != want {
			t.Fatalf("appendFold(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestFoldChain checks that folding token after token gives, at each
// token, the fold of the text up to it, as matchHits needs.
func TestFoldChain(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for range 5000 {
		var toks []string
		for range 1 + rng.IntN(5) {
			toks = append(toks, randomFoldText(rng))
		}
		text := ""
		var ends []int
		for _, tok := range toks {
			text += tok
			ends = append(ends, len(text))
		}
		var buf []byte
		space := false
		start := 0
		for k, end := range ends {
			if end < len(text) && !utf8.RuneStart(text[end]) {
				break // foldChain gives up there
			}
			buf, space = appendFoldFrom(buf, 0, text[start:end], space)
			if want := string(foldByRunes(nil, text[:end])); string(buf) != want {
				t.Fatalf("pieces %q: fold after %d is %q, want %q", toks, k+1, buf, want)
			}
			start = end
		}
	}
}

// TestFirstWordASCIIPath checks firstWord's ASCII path against the rune
// loop it shortcuts.
func TestFirstWordASCIIPath(t *testing.T) {
	plain := func(s string) string {
		for i, r := range s {
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				return s[:i]
			}
		}
		return s
	}
	for _, s := range []string{"", "u.s.", "us", "new york", "côte d'ivoire", "são", "x\u0301y z", "2024-05", "abc\xff", "ÉTÉ", "a_b", "ab@c", "über", "東京 x", "a\u00a0b"} {
		if got, want := firstWord(s), plain(s); got != want {
			t.Errorf("firstWord(%q) = %q, want %q", s, got, want)
		}
	}
}
