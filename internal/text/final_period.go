package text

import "chronicle/internal/doc"

// splitFinalPeriods gives back the period that an abbreviation kept when
// the abbreviation ends its sentence: UD writes "… and so on, etc." as
// etc + . and "in the U.S." at the end as U.S + ., because the period
// there is also the full stop. Titles (Mr.) never end a sentence and keep
// theirs. It rebuilds the token slice only when something changes, which
// is rare, so the common path costs one look per sentence.
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
