package when

import (
	"chronicle/internal/doc"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token kinds of the light scanner.
const (
	kWord   = 'w' // a run of letters
	kNum    = 'd' // a run of digits
	kOrd    = 'o' // digits with an ordinal suffix: 3rd, 21st
	kDecade = 's' // digits with a plural s: 1990s, 90s
	kPunct  = 'p' // any other single rune
)

// token is one scanned word, number or punctuation rune. Offsets are bytes
// into the text; low is the lower-cased form with typographic apostrophes
// and dashes folded to ASCII.
type token struct {
	start, end int32
	text       string
	low        string
	kind       byte
	num        int    // numeric value for kNum, kOrd, kDecade; -1 otherwise
	digits     int    // number of digits for numeric kinds
	gap        bool   // whitespace (or start of text) before the token
	upper      bool   // first rune is upper case
	tag        string // Penn Treebank tag of the document token under it, "" when untagged
	lex        uint32 // the word tables that hold low (lexbits.go)
	// rules holds bit r when rules[r]'s guard may accept the token (see
	// ruleMask); 0 when no rule can begin at it.
	rules uint64
}

// fillers are the filled pauses of transcribed speech. scan drops them, so
// that "last uh August" reads as "last August" (its span still covers the
// pause, as GUM marks it). Only the lower-case forms count: "UM" may be a
// name.
var fillers = map[string]bool{"uh": true, "um": true, "uhm": true, "umm": true, "erm": true}

// scan splits text[start:end] into tokens, leaving out filled pauses.
func scan(text string, start, end int, out []token) []token {
	return scanLowering(text, start, end, out, nil)
}

// scanLowering is scan that writes the low forms of ASCII words with
// capitals into lows, which it only appends to, so that a text's
// capitalised words cost one growing buffer instead of one string each
// (strings.Builder never changes the bytes a String it gave covers). nil
// lowers each word on its own.
func scanLowering(text string, start, end int, out []token, lows *strings.Builder) []token {
	i := start
	prevEnd := -1
	for i < end {
		var r rune
		size := 1
		if c := text[i]; c < utf8.RuneSelf {
			if asciiSpace[c] {
				i++
				continue
			}
			r = rune(c)
		} else if r, size = utf8.DecodeRuneInString(text[i:end]); unicode.IsSpace(r) {
			i += size
			continue
		}
		t := token{start: int32(i), num: -1, gap: prevEnd != i}
		lower := true // the word is ASCII without capitals: its own low form
		ascii := true // the word is ASCII
		switch {
		case r < utf8.RuneSelf && asciiLetter(byte(r)) || r >= utf8.RuneSelf && unicode.IsLetter(r):
			j := i
			for j < end {
				if c := text[j]; c < utf8.RuneSelf {
					if !asciiLetter(c) {
						break
					}
					if c <= 'Z' {
						lower = false
					}
					j++
					continue
				}
				r2, s2 := utf8.DecodeRuneInString(text[j:end])
				if !unicode.IsLetter(r2) {
					break
				}
				lower, ascii = false, false
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
		switch {
		case t.kind == kWord && lower:
			t.low = t.text // fold would return it as it is
		case t.kind == kWord && ascii && lows != nil:
			t.low = lowerASCII(lows, t.text) // what fold would return, without its own allocation
		default:
			t.low = fold(t.text)
		}
		if t.kind == kWord && (len(t.low) == 4 || len(t.low) == 6) {
			t.low = respell(t.low)
		}
		if tableFilter.mayHave(t.low) {
			if e, ok := tableEntries[t.low]; ok {
				t.lex, t.rules = e.lex, e.rules[0]
				if t.upper {
					t.rules = e.rules[1]
				}
			}
		}
		if t.lex == 0 {
			t.rules = kindRules(&t)
		}
		out = append(out, t)
		prevEnd = int(t.end)
		i = int(t.end)
	}
	return out
}

// respell reads the informal spellings of letters and transcripts as the
// words they stand for ("last nite", "tonite"), so that every rule knows
// them; the token's text keeps what was written.
func respell(low string) string {
	switch low {
	case "nite":
		return "night"
	case "tonite":
		return "tonight"
	}
	return low
}

// lowerASCII appends w, an ASCII word, to lows in lower case and returns
// the part of lows that holds it.
func lowerASCII(lows *strings.Builder, w string) string {
	n := lows.Len()
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		lows.WriteByte(c)
	}
	return lows.String()[n:]
}

// asciiSpace holds the ASCII bytes unicode.IsSpace accepts.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

func isLetterAt(text string, i, end int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:end])
	return unicode.IsLetter(r)
}

// fold lower-cases s and maps typographic apostrophes and dashes to ASCII.
func fold(s string) string {
	switch s {
	case "’", "‘", "`":
		return "'"
	case "–", "—", "‐", "‑":
		return "-"
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf {
			return strings.ToLower(s)
		}
	}
	return s
}

// alignTags copies the PTB tags of tokens (sorted by Start, as a Document
// keeps them) onto the scanned toks they cover. from is the index to start
// the search at; the returned index lets the next sentence continue.
func alignTags(toks []token, tokens []doc.Token, from int) int {
	j := from
	for k := range toks {
		for j < len(tokens) && tokens[j].End <= toks[k].start {
			j++
		}
		if j < len(tokens) && tokens[j].Start <= toks[k].start {
			toks[k].tag = tokens[j].Tag
		}
	}
	return j
}
