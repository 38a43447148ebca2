package tag

import (
	"unicode"
	"unicode/utf8"
)

// appendNormalized appends w to buf with typographic apostrophes inside a
// word replaced by the straight one the training treebanks mostly use, so
// that ’s, n’t and don’t are the words 's, n't and don't to the tagger, and
// returns the extended buffer. Curly double quotes and lone curly single
// quotes are left alone: the treebanks have them, and their direction
// tells an opening quote from a closing one.
func appendNormalized(buf []byte, w string) []byte {
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			buf = append(buf, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		if (r == '\u2019' || r == '\u2018' || r == '\u02BC') && size < len(w) {
			buf = append(buf, '\'')
		} else {
			buf = append(buf, w[i:i+size]...)
		}
		i += size
	}
	return buf
}

// appendLower appends the lower-case form of b to buf.
func appendLower(buf, b []byte) []byte {
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf = append(buf, c)
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		buf = utf8.AppendRune(buf, unicode.ToLower(r))
		i += size
	}
	return buf
}

// normalizeString is appendNormalized for callers outside the hot path.
func normalizeString(w string) string {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return string(appendNormalized(nil, w))
		}
	}
	return w
}

// lowerString is appendLower for callers outside the hot path.
func lowerString(w string) string {
	return string(appendLower(nil, []byte(w)))
}
