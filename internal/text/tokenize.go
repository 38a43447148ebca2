package text

import (
	"strings"
	"unicode/utf8"

	"chronicle/internal/doc"
)

// Tokenize appends the tokens of s to dst and returns it. Tokens never
// contain white space; every other byte of s lies inside exactly one token.
// Head is -1 (unparsed).
//
// The loops here and in word, which see every byte of the text, take
// ASCII bytes from the class table themselves: classAt is too large to be
// inlined.
func Tokenize(s string, dst []doc.Token) []doc.Token {
	i := 0
	for i < len(s) {
		c, n := uint8(0), 1
		if b := s[i]; b < utf8.RuneSelf {
			c = ascii[b]
		} else {
			c, n = classAt(s, i)
		}
		if c == cSpace {
			i += n
			continue
		}
		j := i + n
		for j < len(s) {
			if b := s[j]; b < utf8.RuneSelf {
				if ascii[b] == cSpace {
					break
				}
				j++
				continue
			}
			c, n := classAt(s, j)
			if c == cSpace {
				break
			}
			j += n
		}
		dst = chunk(s, i, j, dst)
		i = j
	}
	return dst
}

func add(dst []doc.Token, a, b int) []doc.Token {
	return append(dst, doc.Token{Span: doc.Span{Start: int32(a), End: int32(b)}, Head: -1})
}

// chunk splits s[a:b], a run of non-space bytes, into tokens.
func chunk(s string, a, b int, dst []doc.Token) []doc.Token {
	if u0, u1, ok := findURL(s, a, b); ok {
		dst = pieces(s, a, u0, a, dst)
		dst = add(dst, u0, u1)
		return pieces(s, u1, b, a, dst)
	}
	return pieces(s, a, b, a, dst)
}

// pieces tokenizes s[a:b]; start is where the white-space-delimited chunk
// begins, so that clitics can look at what precedes them.
func pieces(s string, a, b, start int, dst []doc.Token) []doc.Token {
	p := a
	for p < b {
		c, n := classAt(s, p)
		if c&cAlnum != 0 {
			if e := nt(s, p, b, start); e > 0 {
				dst = add(dst, p, e)
				p = e
				continue
			}
			e := word(s[:b], s, p, start)
			dst = splitWord(s, p, e, dst)
			p = e
			continue
		}
		if k := apostropheAt(s, p); k > 0 && p > start && (lastClass(s, p)&cAlnum != 0 || s[p-1] == '.') {
			if e := clitic(s[:b], p+k); e > 0 {
				dst = add(dst, p, e)
				p = e
				continue
			}
		}
		if e := emoticon(s, p, b); e > 0 {
			dst = add(dst, p, e)
			p = e
			continue
		}
		// Punctuation and symbols: one rune per token, except runs of one
		// ASCII symbol ("...", "--", "***", "$$$") and of ?/! ("?!").
		e := p + n
		switch c := s[p]; c {
		case '(', ')', '[', ']', '{', '}', '"', ',':
		case '\'':
			if e < b && s[e] == '\'' {
				e++ // '' as a closing quote
			}
		case '#':
			if e < b && isAlnumAt(s[:b], e) && (p == start || lastClass(s, p)&cAlnum == 0) {
				e = word(s[:b], s, e, start) // #hashtag
			}
		case '!', '?':
			for e < b && (s[e] == '!' || s[e] == '?') {
				e++
			}
		default:
			if c < utf8.RuneSelf {
				for e < b && s[e] == c {
					e++
				}
			}
		}
		dst = add(dst, p, e)
		p = e
	}
	return dst
}

// nt returns the end of "n't" at s[p:] when it follows a letter inside the
// chunk ("do|n't", "ca|n't"), else 0.
func nt(s string, p, b, start int) int {
	if p <= start || (s[p] != 'n' && s[p] != 'N') || lastClass(s, p)&cLetter == 0 {
		return 0
	}
	k := apostropheAt(s[:b], p+1)
	if k == 0 || p+1+k >= b || (s[p+1+k] != 't' && s[p+1+k] != 'T') {
		return 0
	}
	e := p + 2 + k
	if e < b && isAlnumAt(s[:b], e) {
		return 0
	}
	return e
}

// clitic returns the end of a clitic ('s 'm 'd 'll 've 're) whose letters
// start at s[q], or 0 when the letters there are not a clitic.
func clitic(s string, q int) int {
	e := q
	for e < len(s) && e-q < 3 && ascii[s[e]&0x7f]&cLetter != 0 && s[e] < 0x80 {
		e++
	}
	if e < len(s) && isAlnumAt(s, e) {
		return 0
	}
	var buf [3]byte
	for k := q; k < e; k++ {
		buf[k-q] = s[k] | 0x20 // ASCII letters only: lower-cases
	}
	switch string(buf[:e-q]) {
	case "s", "m", "d", "ll", "ve", "re":
		return e
	}
	return 0
}

// word returns the end of the word starting at s[p], a letter or digit;
// s ends where the chunk ends, full is the whole text for looking past it.
// A word runs over letters and digits and over connectors that join them:
// "." (U.S, 1.5, bloomberg.com), "," between digits (1,000), "@" (e-mail),
// "&" between capitals (AT&T), apostrophes that are not clitics (O'Brien)
// and hyphens after the prefixes UD keeps whole (co-founder). A trailing
// period is kept by abbreviations, initials and dotted acronyms.
func word(s, full string, p, start int) int {
	q := p
	dots := false
	for q < len(s) {
		if b := s[q]; b < utf8.RuneSelf && ascii[b]&cAlnum != 0 {
			q++
			continue
		}
		c, n := classAt(s, q)
		if c&cAlnum != 0 {
			q += n
			continue
		}
		switch s[q] {
		case '.':
			if isAlnumAt(s, q+1) {
				dots = true
				q++
				continue
			}
		case ',':
			if lastClass(s, q) == cDigit && digits3(s, q+1) {
				q++
				continue
			}
		case ':', '/':
			// 12:05:33, 08/16/2000, 1/2: times, dates and fractions.
			if lastClass(s, q) == cDigit && q+1 < len(s) && s[q+1] >= '0' && s[q+1] <= '9' {
				q++
				continue
			}
		case '@':
			if isAlnumAt(s, q+1) {
				dots = true // an address never takes a trailing period
				q++
				continue
			}
		case '&':
			if lastClass(s, q) == cUpper && q+1 < len(s) && ascii[s[q+1]&0x7f] == cUpper && s[q+1] < 0x80 {
				q++
				continue
			}
		case '-':
			if keepHyphen(s, p, q) {
				q++
				continue
			}
			if (q+1 == len(s) || ascii[s[q+1]&0x7f] == cSpace && s[q+1] < utf8.RuneSelf) && lastClass(s, q)&cLetter != 0 {
				return q + 1 // a cut-off word keeps its hyphen: "th- the", "pre- and post-war"
			}
		case '\'', 0xe2:
			k := apostropheAt(s, q)
			if k == 0 {
				break
			}
			if clitic(s, q+k) > 0 {
				return q
			}
			if q-1 > p && nt(s, q-1, len(s), start) > 0 {
				return q - 1 // do|n't
			}
			if isAlnumAt(s, q+k) && lastClass(s, q)&cLetter != 0 {
				q += k // O'Brien, rock'n'roll
				continue
			}
		}
		break
	}
	if q < len(s) && s[q] == '.' && (keepsPeriod(full, p, q, dots) || listNumber(full, p, q)) {
		q++
	}
	return q
}

// digits3 reports whether s[i:] starts with exactly three digits, as after
// a thousands separator.
func digits3(s string, i int) bool {
	if i+3 > len(s) {
		return false
	}
	for k := i; k < i+3; k++ {
		if s[k] < '0' || s[k] > '9' {
			return false
		}
	}
	return i+3 == len(s) || s[i+3] < '0' || s[i+3] > '9'
}

// keepsPeriod reports whether the word s[p:q], followed by a period at q,
// keeps the period: known abbreviations, single capital letters (initials)
// and dotted acronyms whose parts have at most two letters (U.S, a.m, Ph.D).
func keepsPeriod(s string, p, q int, dots bool) bool {
	w := s[p:q]
	if dots {
		if strings.IndexByte(w, '@') >= 0 {
			return false
		}
		run := 0
		for k := 0; k < len(w); k++ {
			switch c := w[k]; {
			case c == '.':
				run = 0
			case c < 0x80 && ascii[c]&cLetter != 0:
				run++
				if run > 2 {
					return false
				}
			default:
				return false
			}
		}
		return true
	}
	if len(w) == 1 && ascii[w[0]&0x7f] == cUpper && w[0] < 0x80 {
		return true
	}
	switch abbrevKind(w) {
	case abbrTitle, abbrEnding:
		return true
	case abbrDigit:
		k := q + 1
		for k < len(s) && (s[k] == ' ' || s[k] == '\u00a0') {
			k++
		}
		return k < len(s) && s[k] >= '0' && s[k] <= '9'
	}
	return false
}

// keepHyphen reports whether the hyphen at s[q] stays inside the word that
// started at s[p]. UD English splits hyphenated compounds (well - known)
// but keeps a few bound prefixes (co-founder, non-profit, re-elected) and
// telephone numbers (555-0123) whole.
func keepHyphen(s string, p, q int) bool {
	if !isAlnumAt(s, q+1) {
		return false
	}
	l := q
	for l > p && s[l-1] != '-' {
		l--
	}
	left := s[l:q]
	if len(left) == 3 && allDigits(left) {
		r := q + 1
		for r < len(s) && s[r] >= '0' && s[r] <= '9' {
			r++
		}
		return r-q-1 >= 3 && r-q-1 <= 4 && !isAlnumAt(s, r)
	}
	if tens(left) && isAlnumAt(s, q+1) {
		return true // ninety-nine
	}
	if len(left) > 6 {
		return false
	}
	var buf [6]byte
	for k := 0; k < len(left); k++ {
		c := left[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[k] = c
	}
	switch string(buf[:len(left)]) {
	case "co", "non", "pro", "re", "anti", "e", "cross", "semi", "pre", "post",
		"multi", "mid", "ex", "sub", "super", "mini", "pan", "inter", "intra",
		"counter", "neo", "quasi", "pseudo", "ultra", "micro", "macro", "mis",
		"psycho", "bi", "tri", "uni", "socio":
		return true
	}
	return false
}

func allDigits(w string) bool {
	for k := 0; k < len(w); k++ {
		if w[k] < '0' || w[k] > '9' {
			return false
		}
	}
	return len(w) > 0
}

// splitWord adds the word s[a:b], splitting the few fused forms UD treats
// as two words: cannot, gonna, wanna, gotta, and a number fused with its
// unit ($1.5bn is $ + 1.5 + bn).
func splitWord(s string, a, b int, dst []doc.Token) []doc.Token {
	w := s[a:b]
	if len(w) == 5 || len(w) == 6 {
		var buf [6]byte
		for k := 0; k < len(w); k++ {
			c := w[k]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf[k] = c
		}
		switch string(buf[:len(w)]) {
		case "cannot", "gonna", "wanna", "gotta":
			dst = add(dst, a, a+3)
			return add(dst, a+3, b)
		}
	}
	if w[0] >= '0' && w[0] <= '9' {
		k := 1
		for k < len(w) && (w[k] >= '0' && w[k] <= '9' || w[k] == '.' || w[k] == ',' || w[k] == ':') {
			k++
		}
		if k < len(w) && isUnit(w[k:]) {
			dst = add(dst, a, a+k)
			return add(dst, a+k, b)
		}
	}
	return add(dst, a, b)
}

// isUnit reports whether u is a unit or magnitude written straight after a
// number ("5bn", "10km", "3pm"), which UD splits off.
func isUnit(u string) bool {
	switch u {
	case "bn", "m", "mn", "k", "K", "b", "tn", "trn", "am", "pm", "AM", "PM",
		"a.m.", "p.m.", "km", "kg", "cm", "mm", "ml", "g", "mg", "lb", "lbs",
		"oz", "ft", "mph", "kph", "GB", "MB", "TB", "KB", "kb", "GW", "MW", "kW",
		"kw", "mi", "sq", "hrs", "hr", "min", "mins", "yrs", "x":
		return true
	}
	return false
}

// emoticon returns the end of a smiley such as :) ;-) :( or :D that ends
// at the chunk end b or before a space, or 0.
func emoticon(s string, p, b int) int {
	if s[p] != ':' && s[p] != ';' {
		return 0
	}
	q := p + 1
	if q < b && s[q] == '-' {
		q++
	}
	if q >= b {
		return 0
	}
	switch s[q] {
	case ')', '(':
		return q + 1
	case 'D', 'P', 'p':
		if q+1 == b {
			return q + 1
		}
	}
	return 0
}

// listNumber reports whether s[p:q], followed by a period, is the number
// of a list item ("1. Know your audience"): one or two digits at the start
// of a line, then white space.
func listNumber(s string, p, q int) bool {
	if q-p > 2 || !allDigits(s[p:q]) || q+1 >= len(s) || s[q+1] != ' ' && s[q+1] != '\t' {
		return false
	}
	k := p
	for k > 0 && (s[k-1] == ' ' || s[k-1] == '\t') {
		k--
	}
	return k == 0 || s[k-1] == '\n'
}

func tens(w string) bool {
	switch w {
	case "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
		"Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety":
		return true
	}
	return false
}
