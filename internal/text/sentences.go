package text

import (
	"strings"
	"unicode/utf8"

	"chronicle/internal/doc"
)

// Split appends to dst the sentences of s, given its tokens (as Tokenize
// returns them), and returns it. Every token lies in exactly one sentence;
// a sentence spans from its first token's start to its last token's end.
//
// A sentence ends:
//   - at a blank line, always (paragraphs, headings, datelines on their own);
//   - at a single line break, unless the next line starts in lower case or
//     the line ends with a comma (hard-wrapped text);
//   - after . ! ? … and the closing quotes and brackets attached to them,
//     unless the next token starts in lower case or is , ; or :
//     ("“Go!” he said" stays one sentence);
//   - after an abbreviation that may end a sentence (Inc., U.S., a.m.) only
//     when a typical sentence opener follows ("Inc. The company");
//     titles (Gen.), initials (J.) and No. never end one.
func Split(s string, toks []doc.Token, dst []doc.Sentence) []doc.Sentence {
	first := 0
	for k := 0; k < len(toks); k++ {
		if k+1 == len(toks) {
			break
		}
		end := k
		boundary := false
		// Most gaps are empty or one space, and most tokens end in no
		// sentence-final byte (see terminal): both are told apart before
		// any search or call.
		e, next := toks[k].End, toks[k+1].Start
		switch {
		case (next-e > 1 || next-e == 1 && s[e] != ' ') && strings.IndexByte(s[e:next], '\n') >= 0:
			boundary = lineBreakEnds(s, toks, k, s[e:next])
		case !finalByte(s[e-1]):
		default:
			switch terminal(s, toks[k].Span) {
			case termStrong:
				end = citation(s, toks, closers(s, toks, k))
				boundary = end+1 < len(toks) && (!continues(s, toks, end) || lowerAfterStop(s, toks, k, end))
			case termAbbrev:
				end = closers(s, toks, k)
				if end > k {
					boundary = end+1 < len(toks) && !continues(s, toks, end)
				} else {
					boundary = abbrevEnds(s, toks, k)
				}
			}
			if end > k && end+1 < len(toks) && strings.IndexByte(s[toks[end].End:toks[end+1].Start], '\n') >= 0 {
				// The closers run up to a line break: the line-break rule
				// decides, with the closers inside the sentence.
				boundary = boundary || lineBreakEnds(s, toks, end, s[toks[end].End:toks[end+1].Start])
			}
		}
		if boundary {
			dst = appendSentence(dst, toks, first, end+1)
			first = end + 1
		}
		k = end
	}
	if first < len(toks) {
		dst = appendSentence(dst, toks, first, len(toks))
	}
	return dst
}

func appendSentence(dst []doc.Sentence, toks []doc.Token, a, b int) []doc.Sentence {
	return append(dst, doc.Sentence{
		Span:       doc.Span{Start: toks[a].Start, End: toks[b-1].End},
		TokenStart: int32(a),
		TokenEnd:   int32(b),
	})
}

// finalByte reports whether a token that ends in byte c may be terminal:
// its cases are those of terminal's switch.
func finalByte(c byte) bool { return c == '.' || c == '!' || c == '?' || c == 0xa6 }

// Kinds of sentence-final token.
const (
	termNone   = iota
	termStrong // . ! ? … ... and runs of them
	termAbbrev // a word that kept its period: Mr. U.S. J.
)

func terminal(s string, t doc.Span) int {
	// finalByte must hold of the last byte of every terminal token.
	w := s[t.Start:t.End]
	switch w[len(w)-1] {
	case '.':
		if len(w) == 1 || strings.Trim(w, ".") == "" {
			return termStrong
		}
		return termAbbrev
	case '!', '?':
		if strings.Trim(w, "!?") == "" {
			return termStrong
		}
	case 0xa6: // … is E2 80 A6
		if w == "…" {
			return termStrong
		}
	}
	return termNone
}

// closers returns the index of the last token of the run of closing quotes
// and brackets glued to toks[k] (`.”)`), or k when there is none.
func closers(s string, toks []doc.Token, k int) int {
	for k+1 < len(toks) && toks[k+1].Start == toks[k].End && isCloser(s[toks[k+1].Start:toks[k+1].End]) {
		k++
	}
	return k
}

func isCloser(w string) bool {
	switch w {
	case "\"", "'", ")", "]", "”", "’", "»", "}", "''":
		return true
	}
	return false
}

// continues reports whether the token after toks[k] carries on the
// sentence that a terminal at or before k would otherwise end: it starts
// in lower case ("?” he asked") or is , ; : or a closing bracket.
func continues(s string, toks []doc.Token, k int) bool {
	n := toks[k+1]
	w := s[n.Start:n.End]
	c, _ := classAt(w, 0)
	if c == cLower {
		return true
	}
	switch w {
	case ",", ";", ":", ")", "]", "-", "–", "—":
		return true
	}
	return false
}

// abbrevEnds decides whether the abbreviation toks[k] (with its period)
// also ends the sentence: only dotted acronyms and "ending" abbreviations
// can, and only before a typical sentence opener or a new quotation.
func abbrevEnds(s string, toks []doc.Token, k int) bool {
	w := s[toks[k].Start : toks[k].End-1]
	switch w {
	case "a.m", "p.m", "A.M", "P.M":
		// In the UD training data a.m./p.m. before a capital ends the
		// sentence twice as often as not; the exceptions are days,
		// months and time zones.
		n := toks[k+1]
		next := s[n.Start:n.End]
		c, _ := classAt(next, 0)
		return c == cUpper && !timeContinues(next)
	}
	if c, _ := classAt(w, 0); c == cLower && strings.IndexByte(w, '.') > 0 {
		return false // e.g., i.e. before a capital: a name follows
	}
	if strings.IndexByte(w, '.') < 0 {
		if len(w) == 1 || abbrevKind(w) != abbrEnding {
			return false // initial, title, No.
		}
	}
	n := toks[k+1]
	next := s[n.Start:n.End]
	if isOpener(next) {
		return true
	}
	if (next == "“" || next == "\"") && k+2 < len(toks) {
		if r, _ := utf8.DecodeRuneInString(s[toks[k+2].Start:]); r >= 'A' && r <= 'Z' {
			return true
		}
	}
	return false
}

// lineBreakEnds decides a line break after toks[k]: a blank line always
// ends the sentence; a single break does unless the text looks hard-wrapped
// there (the next line starts in lower case, or this one ends with a comma
// or a hyphen).
func lineBreakEnds(s string, toks []doc.Token, k int, gap string) bool {
	if strings.Count(gap, "\n") >= 2 {
		return true
	}
	if c, _ := classAt(s, int(toks[k+1].Start)); c == cLower {
		return false
	}
	switch s[toks[k].Start:toks[k].End] {
	case ",", "-", "(", "&", "/":
		return false
	}
	return true
}

// citation extends the sentence ending at toks[k] over a following
// bracketed reference number ("… in 1805. [6]") or elision mark ("[…]"),
// which belong to it.
func citation(s string, toks []doc.Token, k int) int {
	if k+3 >= len(toks) {
		return k
	}
	inner := s[toks[k+2].Start:toks[k+2].End]
	if s[toks[k+1].Start:toks[k+1].End] == "[" && s[toks[k+3].Start:toks[k+3].End] == "]" &&
		(allDigits(inner) || inner == "..." || inner == "…") &&
		strings.IndexByte(s[toks[k].End:toks[k+1].Start], '\n') < 0 {
		return k + 3
	}
	return k
}

// lowerAfterStop reports whether a lower-case word after a bare full stop
// (no closing quote) starts a new sentence anyway, as in informal text
// ("... tomorrow. i will ..."). The tokenizer has already kept the period
// of every abbreviation it knows, so a period standing alone ends a
// sentence.
func lowerAfterStop(s string, toks []doc.Token, k, end int) bool {
	if end != k || s[toks[k].Start:toks[k].End] != "." {
		return false
	}
	c, _ := classAt(s, int(toks[k+1].Start))
	return c == cLower
}
