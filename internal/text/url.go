package text

import "strings"

// findURL reports whether the chunk s[a:b] holds a URL or an e-mail
// address, and returns its span without the punctuation around it
// ("(https://example.com)." gives the address alone). UD keeps both whole.
func findURL(s string, a, b int) (u0, u1 int, ok bool) {
	w := s[a:b]
	if len(w) < 6 || (strings.IndexByte(w, '/') < 0 && strings.IndexByte(w, '@') < 0 && !hasPrefixFold(w, "www.")) {
		return 0, 0, false
	}
	u0, u1 = a, b
	for u0 < u1 {
		if k := openerLen(s, u0); k > 0 {
			u0 += k
			continue
		}
		break
	}
	for u1 > u0 {
		if k := closerLen(s, u1); k > 0 {
			u1 -= k
			continue
		}
		break
	}
	core := s[u0:u1]
	if i := strings.Index(core, "://"); i > 0 && i+3 < len(core) && allLetters(core[:i]) {
		return u0, u1, true
	}
	if hasPrefixFold(core, "www.") && len(core) > 6 {
		return u0, u1, true
	}
	if at := strings.IndexByte(core, '@'); at > 0 && at < len(core)-3 && isEmail(core, at) {
		return u0, u1, true
	}
	return 0, 0, false
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

func allLetters(w string) bool {
	for k := 0; k < len(w); k++ {
		if w[k] >= 0x80 || ascii[w[k]]&cLetter == 0 {
			return false
		}
	}
	return len(w) > 0
}

// isEmail checks local@domain.tld with the characters addresses use.
func isEmail(w string, at int) bool {
	for k := 0; k < at; k++ {
		c := w[k]
		if c >= 0x80 || (ascii[c]&cAlnum == 0 && !strings.ContainsRune("._%+-", rune(c))) {
			return false
		}
	}
	dot := false
	for k := at + 1; k < len(w); k++ {
		c := w[k]
		switch {
		case c == '.':
			dot = true
		case c == '-' || (c < 0x80 && ascii[c]&cAlnum != 0):
		default:
			return false
		}
	}
	return dot
}

// openerLen returns the byte length of opening punctuation at s[i].
func openerLen(s string, i int) int {
	switch s[i] {
	case '(', '[', '{', '<', '"', '\'':
		return 1
	}
	if strings.HasPrefix(s[i:], "“") || strings.HasPrefix(s[i:], "‘") {
		return 3
	}
	return 0
}

// closerLen returns the byte length of closing punctuation ending at s[i].
func closerLen(s string, i int) int {
	switch s[i-1] {
	case ')', ']', '}', '>', '"', '\'', '.', ',', ';', ':', '!', '?':
		return 1
	}
	if strings.HasSuffix(s[:i], "”") || strings.HasSuffix(s[:i], "’") {
		return 3
	}
	return 0
}
