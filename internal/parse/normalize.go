package parse

import (
	"unicode"
	"unicode/utf8"
)

// appendWordForm appends the form of w the features see: lower case,
// typographic quotes and apostrophes replaced by the straight ones the
// treebanks mostly write (raw news text from our tokenizer has ’ “ ”), and
// digits folded to 9 so that numbers share weights.
func appendWordForm(buf []byte, w string) []byte {
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			switch {
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			case '0' <= c && c <= '9':
				c = '9'
			}
			buf = append(buf, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		switch r {
		case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u00B4':
			buf = append(buf, '\'')
		case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB':
			buf = append(buf, '"')
		default:
			buf = utf8.AppendRune(buf, unicode.ToLower(r))
		}
		i += size
	}
	return buf
}
