package when

import (
	"strings"
	"time"

	"chronicle/internal/doc"
)

// Result is what the tagger found in one text.
type Result struct {
	Dates []doc.Date
	// Unresolved are the relative expressions that kept an underspecified
	// value (XXXX-06) because there was no anchor.
	Unresolved []doc.Span
	// Spans runs parallel to Dates: for a DURATION tied to the anchor
	// ("the past five years", "the next two weeks") the ISO interval of
	// days it covers, TIMEX3's beginPoint/endPoint; "" for the others.
	// doc.Date keeps TIMEX3's value (P5Y); callers that need the calendar
	// span of such a duration read it here.
	Spans []string
}

// Tag finds the temporal expressions of text and returns them in text
// order, with byte spans. sentences bounds the tense search and the
// expressions (nil: the text is split on sentence-final punctuation and
// line breaks). A zero anchor leaves relative expressions underspecified.
func Tag(text string, sentences []doc.Span, anchor time.Time) []doc.Date {
	return Annotate(text, sentences, anchor).Dates
}

// Annotate is Tag that also reports which expressions stayed unresolved.
func Annotate(text string, sentences []doc.Span, anchor time.Time) Result {
	return AnnotateTagged(text, sentences, nil, anchor)
}

// AnnotateTagged is Annotate with the document's tokens: where they carry
// Penn Treebank tags (Token.Tag), the verbs' tags decide the tense of a
// clause (VBD past, VBZ/VBP present) instead of the word lists, which
// matters most in present-tense narratives. Untagged or nil tokens fall
// back to the word heuristics.
func AnnotateTagged(text string, sentences []doc.Span, tokens []doc.Token, anchor time.Time) Result {
	return annotate(text, sentences, tokens, anchor, false)
}

// annotate is AnnotateTagged; tryAll tries every rule at every word (see
// matcher.tryAll), for the tests that check that skipping cold words
// changes nothing.
func annotate(text string, sentences []doc.Span, tokens []doc.Token, anchor time.Time, tryAll bool) Result {
	tagged := false
	for i := range tokens {
		if tokens[i].Tag != "" {
			tagged = true
			break
		}
	}
	next := 0
	if sentences == nil {
		sentences = splitSentences(text)
	}
	m := &matcher{has: !anchor.IsZero(), text: text, tryAll: tryAll}
	if m.has {
		m.anchor = dateOnly(anchor)
		m.pub = m.anchor
	}
	var res Result
	var hits []hit
	// One buffer for the low forms of the text's capitalised words, and
	// room for the tokens of most sentences from the start.
	var lows strings.Builder
	lows.Grow(min(len(text)/8, 4096))
	m.toks = make([]token, 0, 64)
	for si, s := range sentences {
		m.sent = si
		if s.Start < 0 || s.End > int32(len(text)) || s.Start >= s.End {
			continue
		}
		m.toks = scanLowering(text, int(s.Start), int(s.End), m.toks[:0], &lows)
		if tagged {
			next = alignTags(m.toks, tokens, next)
		}
		m.a, m.b = 0, len(m.toks)
		hits = m.run(hits[:0])
		for _, h := range hits {
			sp := doc.Span{Start: m.toks[h.i].start, End: m.toks[h.j-1].end}
			res.Dates = append(res.Dates, doc.Date{Span: sp, Value: h.value, Type: h.typ})
			res.Spans = append(res.Spans, h.span)
			if h.relative {
				res.Unresolved = append(res.Unresolved, sp)
			}
		}
	}
	return res
}

// Resolve gives the value and type of the first temporal expression in
// expr, anchored on anchor, with the clause tense forced to tense
// (TenseUnknown: inferred from expr's own words). ok is false when expr
// holds no expression. It is the tagger without a document, for tests and
// for callers that already know where an expression is.
func Resolve(expr string, anchor time.Time, tense Tense) (value, typ string, ok bool) {
	m := &matcher{has: !anchor.IsZero(), force: tense}
	if m.has {
		m.anchor = dateOnly(anchor)
		m.pub = m.anchor
	}
	m.toks = scan(expr, 0, len(expr), nil)
	m.a, m.b = 0, len(m.toks)
	hits := m.run(nil)
	if len(hits) == 0 {
		return "", "", false
	}
	return hits[0].value, hits[0].typ, true
}

// splitSentences is a fallback sentence splitter for callers without a
// sentence layer: it breaks after . ! ? followed by white space and an
// upper-case letter or a quotation mark, and at blank lines. It only bounds
// the tense search, so an imperfect split costs little.
func splitSentences(text string) []doc.Span {
	var out []doc.Span
	start := 0
	for i := 0; i < len(text); i++ {
		c := text[i]
		if !sentenceBytes[c] {
			continue
		}
		end := -1
		switch {
		case c == '\n':
			end = i
		case (c == '.' || c == '!' || c == '?') && i+2 < len(text) && text[i+1] == ' ' &&
			(text[i+2] >= 'A' && text[i+2] <= 'Z' || text[i+2] == '"'):
			end = i + 1
		}
		if end >= 0 {
			if end > start {
				out = append(out, doc.Span{Start: int32(start), End: int32(end)})
			}
			start = end
			if c == '\n' {
				start = i + 1
			}
		}
	}
	if start < len(text) {
		out = append(out, doc.Span{Start: int32(start), End: int32(len(text))})
	}
	return out
}

// sentenceBytes are the bytes at which splitSentences may break.
var sentenceBytes = [256]bool{'\n': true, '.': true, '!': true, '?': true}
