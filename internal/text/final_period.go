package text

import (
	"slices"

	"chronicle/internal/doc"
)

// splitFinalPeriods gives back the period that an abbreviation kept when
// the abbreviation ends its sentence: UD writes "… and so on, etc." as
// etc + . and "in the U.S." at the end as U.S + ., because the period
// there is also the full stop. Titles (Mr.) never end a sentence and keep
// theirs. The common path costs one look per sentence; when a period is
// given back, the tokens move up in place (the tokenizer's slice usually
// has the room) rather than into a new slice.
func splitFinalPeriods(s string, toks []doc.Token, sents []doc.Sentence) []doc.Token {
	n := 0
	for _, st := range sents {
		if finalAbbrev(s, toks[st.TokenEnd-1]) {
			n++
		}
	}
	if n == 0 {
		return toks
	}
	if !contiguous(sents, len(toks)) {
		return splitFinalPeriodsCopy(s, toks, sents, n)
	}
	// From the last sentence back, each moves up by the periods given
	// back before it, so that it lands on tokens already moved and never
	// on one still to move.
	w := len(toks) + n
	toks = slices.Grow(toks, n)[:w]
	for i := len(sents) - 1; i >= 0; i-- {
		st := &sents[i]
		a, b := int(st.TokenStart), int(st.TokenEnd)
		cnt := b - a
		if finalAbbrev(s, toks[b-1]) {
			end := toks[b-1].End - 1
			copy(toks[w-1-cnt:w-1], toks[a:b])
			toks[w-2].End = end
			toks[w-1] = doc.Token{Span: doc.Span{Start: end, End: end + 1}, Head: -1}
			st.TokenStart, st.TokenEnd = int32(w-1-cnt), int32(w)
			w -= cnt + 1
		} else {
			copy(toks[w-cnt:w], toks[a:b])
			st.TokenStart, st.TokenEnd = int32(w-cnt), int32(w)
			w -= cnt
		}
	}
	return toks
}

// contiguous reports whether sents cover tokens [0, n) in order, one
// after the other, as Split makes them.
func contiguous(sents []doc.Sentence, n int) bool {
	at := int32(0)
	for _, st := range sents {
		if st.TokenStart != at || st.TokenEnd <= st.TokenStart {
			return false
		}
		at = st.TokenEnd
	}
	return int(at) == n
}

// splitFinalPeriodsCopy is splitFinalPeriods into a new slice, for
// sentences that do not cover the tokens one after the other (only the
// tokens of sentences are kept); n periods are given back.
func splitFinalPeriodsCopy(s string, toks []doc.Token, sents []doc.Sentence, n int) []doc.Token {
	out := make([]doc.Token, 0, len(toks)+n)
	for i := range sents {
		st := &sents[i]
		a := len(out)
		out = append(out, toks[st.TokenStart:st.TokenEnd]...)
		if last := &out[len(out)-1]; finalAbbrev(s, *last) {
			last.End--
			out = append(out, doc.Token{Span: doc.Span{Start: last.End, End: last.End + 1}, Head: -1})
		}
		st.TokenStart, st.TokenEnd = int32(a), int32(len(out))
	}
	return out
}

// finalAbbrev reports whether t is a word that kept its period and is not
// a title.
func finalAbbrev(s string, t doc.Token) bool {
	w := s[t.Start:t.End]
	if len(w) < 2 || w[len(w)-1] != '.' || w[len(w)-2] == '.' {
		return false
	}
	return abbrevKind(w[:len(w)-1]) != abbrTitle
}
