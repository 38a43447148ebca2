package quote

// wholeQuotation returns the segment whose quotation is the whole reported
// content first..last, with or without its marks and the sentence's final
// punctuation after it ("Lee added about the plan: “It will cost more.”",
// "He warned of the risk: “The dam could fail.”"), or -1. Such a content
// is a quotation the cue attributes: reported speech would repeat it as a
// partial quote inside itself, two attributions of one cue where the
// reader sees one. The sieves find the cue and the speaker where the
// words between the cue and the colon ("about the plan", "of the risk")
// keep attachSegment from pairing them; a content that holds such words
// before the colon ("about the plan: “…”", as the parse may hang them on
// the quotation) is the quotation too. After "that" the content stays
// reported speech (reported.go), which only loses its partial copy.
func (f *finder) wholeQuotation(c cue, first, last int) int {
	if first < 0 || first > last || last >= len(f.words) {
		return -1
	}
	si := int(f.inSeg[last])
	if si < 0 && last > 0 && isEndPunct(f.words[last]) {
		si = int(f.inSeg[last-1])
	}
	if si < 0 {
		return -1
	}
	s := f.segs[si]
	if s.first > s.last || first != s.open && first != s.first && !f.leadIn(c, first, s.open) {
		return -1
	}
	switch {
	case last == s.last, s.close >= 0 && last == s.close:
	case s.close >= 0 && last == s.close+1 && isEndPunct(f.words[last]) && f.marks[last] == markNone:
	case s.close < 0 && last == s.last-1 && isEndPunct(f.words[s.last]):
		// an unclosed paragraph's quotation, its final stop left out of
		// the reported content
	default:
		return -1
	}
	return si
}

// asQuotation makes the reported draft dr the quotation of segment si:
// its content what stands between the marks, direct when it opens a
// sentence or follows a colon or is capitalised ("added: “It will …”"),
// else partial ("vowed “never again”").
func (f *finder) asQuotation(dr *draft, si int) {
	s := f.segs[si]
	dr.first, dr.last, dr.span, dr.seg = s.first, s.last, f.trimSpan(s.first, s.last), si
	dr.kind = kindOf(f.startsClause(s.open) || f.capitalised(s.first))
	dr.whole = true
}

// leadIn reports whether tokens first..open-1 are a phrase of the cue
// that leads in to the quotation opened at open with a colon or comma
// ("added about the plan: “…”", "warned of the risk, “…”"): a
// prepositional phrase, or the cue's object without a name ("put it this
// way: “…”", "put it, “…”"; PolNeAR's train split has three such, all
// the quotation alone, against one name that was the quotation's
// subject), of at most a dozen words and without a verb, a mark or a
// sentence's end.
func (f *finder) leadIn(c cue, first, open int) bool {
	if !f.hasPOS || first >= open-1 || open-first > 12 || f.words[open-1] != ":" && f.words[open-1] != "," || first <= c.last {
		return false
	}
	object := f.d.Tokens[first].POS != "ADP"
	if object && first != c.last+1 {
		return false
	}
	for k := first; k < open-1; k++ {
		switch f.d.Tokens[k].POS {
		case "VERB", "AUX", "PUNCT":
			return false
		case "PROPN":
			if object {
				return false // "…, Trump, “strongly encouraged me …”": the quotation's subject
			}
		}
		if f.marks[k] != markNone || isEndPunct(f.words[k]) || f.paraBreak(k) {
			return false
		}
	}
	return true
}

// continuedBy lets the quotation of the next paragraph that continues
// segment si, attached before si had a draft and so inheriting from
// none, take its speaker from draft k, si's.
func (f *finder) continuedBy(si, k int) {
	for i := range f.drafts {
		d := &f.drafts[i]
		if d.seg >= 0 && f.segs[d.seg].continues == si && d.inherit < 0 && !d.hasCue {
			d.inherit = k
		}
	}
}
