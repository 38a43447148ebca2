package when

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestScanRef checks that scan splits every text as scanRef, the scanner
// without the fast paths for ASCII, does: the fuzz seeds, the benchmark
// texts and the same with capitals, letters outside ASCII and odd spaces.
func TestScanRef(t *testing.T) {
	texts := append([]string{benchText, newsText}, fuzzSeeds...)
	for _, s := range append([]string(nil), texts...) {
		texts = append(texts, strings.ToUpper(s), strings.ReplaceAll(s, "e", "é"), strings.ReplaceAll(s, " ", "\u00a0\t\v"),
			"\u212Aelvin İstanbul ÉTÉ uh UM erm NITE Tonite 1ST 2Nd 90S "+s)
	}
	for _, s := range texts {
		if err := checkScan(s); err != "" {
			t.Error(err)
		}
	}
}

// checkScan compares scan(s) with scanRef(s), which fills no rule masks,
// and with scanLowering(s), and checks every token's rule mask against its guards asked directly
// (ruleMask of the token itself); "" when all agree.
func checkScan(s string) string {
	got, want := scan(s, 0, len(s), nil), scanRef(s, 0, len(s), nil)
	var lows strings.Builder
	if lowered := scanLowering(s, 0, len(s), nil, &lows); !reflect.DeepEqual(lowered, got) {
		return fmt.Sprintf("scanLowering(%.60q) differs from scan", s)
	}
	for i := range got {
		t := got[i]
		t.rules = 0
		if t.kind == kPunct && t.low != "'" && t.low != "[" {
			continue // run tries no rule there
		}
		if w := ruleMask(&t); got[i].rules != w {
			return fmt.Sprintf("scan(%.60q): token %q has rules %b; its guards accept %b", s, t.text, got[i].rules, w)
		}
		got[i].rules = 0
	}
	if !reflect.DeepEqual(got, want) {
		return fmt.Sprintf("scan(%.60q) differs from the reference", s)
	}
	return ""
}

// scanRef is scan as it was before its fast paths for ASCII: the
// reference TestScanRef and FuzzTag compare it with.
func scanRef(text string, start, end int, out []token) []token {
	i := start
	prevEnd := -1
	for i < end {
		r, size := utf8.DecodeRuneInString(text[i:end])
		if unicode.IsSpace(r) {
			i += size
			continue
		}
		t := token{start: int32(i), num: -1, gap: prevEnd != i}
		switch {
		case unicode.IsLetter(r):
			j := i
			for j < end {
				r2, s2 := utf8.DecodeRuneInString(text[j:end])
				if !unicode.IsLetter(r2) {
					break
				}
				j += s2
			}
			t.end, t.kind = int32(j), kWord
			t.upper = unicode.IsUpper(r)
		case r >= '0' && r <= '9':
			j := i
			n := 0
			for j < end && text[j] >= '0' && text[j] <= '9' {
				if n < 1e8 {
					n = n*10 + int(text[j]-'0')
				}
				j++
			}
			t.num, t.digits, t.kind = n, j-i, kNum
			if j+2 <= end {
				suf := strings.ToLower(text[j : j+2])
				if (suf == "st" || suf == "nd" || suf == "rd" || suf == "th") && (j+2 == end || !isLetterAt(text, j+2, end)) {
					j += 2
					t.kind = kOrd
				}
			}
			if t.kind == kNum && j < end && text[j] == 's' && (j+1 == end || !isLetterAt(text, j+1, end)) {
				j++
				t.kind = kDecade
			}
			t.end = int32(j)
		default:
			t.end, t.kind = int32(i+size), kPunct
		}
		t.text = text[t.start:t.end]
		if t.kind == kWord && fillerFilter.mayHave(t.text) && fillers[t.text] {
			prevEnd = int(t.end)
			i = int(t.end)
			continue
		}
		t.low = fold(t.text)
		if t.kind == kWord && (len(t.low) == 4 || len(t.low) == 6) {
			t.low = respell(t.low)
		}
		if tableFilter.mayHave(t.low) {
			t.lex = tableBits[t.low]
		}
		out = append(out, t)
		prevEnd = int(t.end)
		i = int(t.end)
	}
	return out
}
