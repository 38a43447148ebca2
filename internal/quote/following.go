package quote

import "chronicle/internal/doc"

// followingQuotes attaches a quotation left without a cue that is a
// sentence of its own right after a reported attribution in the same
// paragraph ("Corker said the language was careful. “If we touched it,
// they would object.”"), or right after such a quotation, to that
// attribution: PolNeAR marks it as a further fragment of the same content,
// with the same cue and source. A quotation that opens the next paragraph
// is left alone: attached in the same way it lost on PolNeAR's train
// split.
func (f *finder) followingQuotes(pending map[int]bool) {
	mine := map[int]bool{} // the drafts made here, which a next quotation may follow
	for si := range f.segs {
		if !pending[si] {
			continue
		}
		s := f.segs[si]
		if s.close < 0 || s.paraStart || !f.startsClause(s.open) || !f.capitalised(s.first) {
			continue
		}
		if n := s.close + 1; n < len(f.words) && !f.paraBreak(n) && f.sentOf[n] == f.sentOf[s.close] {
			continue // the sentence goes on after the quotation
		}
		p := f.lastDraftBefore(s.open)
		if p < 0 {
			continue
		}
		pd := f.drafts[p]
		if !pd.hasCue || pd.seg >= 0 && !mine[p] && !pd.whole || f.paraBetween(pd.last, s.open) || f.sentOf[pd.last] != f.sentOf[s.open]-1 {
			continue
		}
		delete(pending, si)
		mine[len(f.drafts)] = true
		f.drafts = append(f.drafts, draft{first: s.first, last: s.last, span: f.trimSpan(s.first, s.last),
			kind: doc.QuoteDirect, cue: pd.cue, hasCue: true, spk: pd.spk, name: pd.name, inherit: p, seg: si})
	}
}
