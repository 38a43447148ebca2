package actor

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Lookups compare a folded form of the text: lower case, Latin diacritics
// removed ("Sánchez" = "sanchez"), curly apostrophes straightened and runs
// of white space collapsed to one space. Folding is what lets a KB written
// once match the spellings newsrooms use ("Zelenskiy", "Kyiv’s").

// foldTable maps letters with diacritics to their base letters. It is a
// read-only table, filled once.
var foldTable = func() map[rune]string {
	pairs := "àa áa âa ãa äa åa āa ăa ąa ạa ảa ấa ầa ậa ắa ặa çc ćc čc ďd đd èe ée êe ëe ēe ėe ęe ěe ệe ếe ềe ểe " +
		"ìi íi îi ïi īi įi ıi ịi ľl łl ńn ňn ñn òo óo ôo õo öo øo ōo őo ọo ộo ốo ồo ơo ớo ờo ŕr řr " +
		"śs šs şs șs ťt ţt țt ùu úu ûu üu ūu ůu űu ųu ụu ưu ứu ừu ýy ÿy ỳy ỹy źz żz žz ğg ðd"
	m := map[rune]string{'ß': "ss", 'æ': "ae", 'œ': "oe", 'þ': "th"}
	for _, p := range strings.Fields(pairs) {
		r, n := utf8.DecodeRuneInString(p)
		m[r] = p[n:]
	}
	return m
}()

// isFolded reports whether s is already in folded form, so that the common
// lower-case ASCII token needs no copy.
func isFolded(s string) bool {
	prevSpace := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 || ('A' <= c && c <= 'Z') || c == '\t' || c == '\n' || c == '\r' {
			return false
		}
		if c == ' ' {
			if prevSpace {
				return false
			}
			prevSpace = true
			continue
		}
		prevSpace = false
	}
	return len(s) == 0 || s[len(s)-1] != ' '
}

// fold returns the lookup form of s.
func fold(s string) string {
	if isFolded(s) {
		return s
	}
	return string(appendFold(nil, s))
}

// appendFold appends the lookup form of s to buf.
func appendFold(buf []byte, s string) []byte {
	buf, _ = appendFoldFrom(buf, len(buf), s, false)
	return buf
}

// appendFoldFrom folds s onto a lookup form that began at buf[start:],
// with space telling whether white space is pending from the text before
// s; it returns whether white space is pending after s. Folding a text in
// pieces cut at rune boundaries gives the fold of the whole
// (resolver.foldChain). ASCII, most of any text, takes the short path;
// it does what the general one does with such a byte.
func appendFoldFrom(buf []byte, start int, s string, space bool) ([]byte, bool) {
	for i := 0; i < len(s); {
		r := rune(s[i])
		if r < utf8.RuneSelf {
			i++
			switch r {
			case '\t', '\n', '\v', '\f', '\r', ' ':
				space = true
				continue
			case '`':
				r = '\''
			}
		} else {
			var size int
			r, size = utf8.DecodeRuneInString(s[i:])
			i += size
			switch {
			case unicode.IsSpace(r):
				space = true
				continue
			case r == '’' || r == '‘' || r == 'ʼ' || r == '´':
				r = '\''
			case r == '‐' || r == '‑' || r == '–':
				r = '-'
			}
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
	return buf, space
}

// Case rules: a KB phrase written in capitals ("US", "WHO") matches only
// text in capitals, so that "us" and "who" stay pronouns; a phrase with an
// initial capital ("Turkey", "Chad") matches only capitalised text.
const (
	caseAny     uint8 = iota // lower-case phrase: any case matches
	caseInitial              // initial capital required
	caseUpper                // every letter upper case
)

// caseRuleOf returns the case rule a KB phrase imposes on the text.
func caseRuleOf(phrase string) uint8 {
	upper, lower := 0, 0
	first := rune(0)
	for _, r := range phrase {
		if !unicode.IsLetter(r) {
			continue
		}
		if first == 0 {
			first = r
		}
		if unicode.IsUpper(r) {
			upper++
		} else {
			lower++
		}
	}
	switch {
	case upper >= 2 && lower == 0:
		return caseUpper
	case first != 0 && unicode.IsUpper(first):
		return caseInitial
	}
	return caseAny
}

// caseOK reports whether text satisfies rule.
func caseOK(rule uint8, text string) bool {
	switch rule {
	case caseInitial:
		for _, r := range text {
			if unicode.IsLetter(r) {
				return unicode.IsUpper(r)
			}
		}
		return false
	case caseUpper:
		n := 0
		for _, r := range text {
			if unicode.IsLower(r) {
				return false
			}
			if unicode.IsLetter(r) {
				n++
			}
		}
		return n > 0
	}
	return true
}

// firstWord returns the leading run of letters and digits of a folded
// string: the key under which phrases starting with it are indexed, the
// same for "U.S." (u) whether a tokenizer keeps it whole or not.
//
// The resolver asks it of every token, so ASCII, nearly every byte of
// news, is read without decoding runes or asking unicode's tables (for
// an ASCII byte they say letter for A-Z and a-z, digit for 0-9).
func firstWord(folded string) string {
	for i := 0; i < len(folded); i++ {
		c := folded[i]
		if c >= utf8.RuneSelf {
			return firstWordFrom(folded, i)
		}
		if !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || 'A' <= c && c <= 'Z') {
			return folded[:i]
		}
	}
	return folded
}

// firstWordFrom is firstWord of folded, whose bytes before i are letters
// or digits.
func firstWordFrom(folded string, i int) string {
	for j, r := range folded[i:] {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return folded[:i+j]
		}
	}
	return folded
}

// tokenBound returns how many tokens a folded phrase may span at most: one
// per run of letters and digits plus one per other character, so that
// tokenizers that split "d'Ivoire" or "Guinea-Bissau" still match.
func tokenBound(folded string) int {
	n, in := 0, false
	for _, r := range folded {
		word := unicode.IsLetter(r) || unicode.IsDigit(r)
		switch {
		case word && !in:
			n++
		case !word && r != ' ':
			n++
		}
		in = word
	}
	return n
}
