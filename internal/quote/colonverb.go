package quote

import "unicode"

// dropColonCopies drops the attribution nameColon made of a quotation
// whose colon follows a reporting verb of the same clause that also
// attributes it ("explained CBS moderator Nancy Cordes: “…”", "Continued
// Stone: “…”", "Lee added about the plan: “…”"): the verb is the cue and
// the name its subject or object, so the colon's draft is a speakerless
// or misattributed copy. The verb's draft takes the colon's speaker when
// it found none (the subject after the verb). A dash or other punctuation
// between the verb and the name ("polls did predict the race -
// HuffPollster: “…”") leaves the colon its own attribution.
func (f *finder) dropColonCopies() {
	for i := range f.drafts {
		c := &f.drafts[i]
		if !c.hasCue || c.cue.base != ":" || c.seg < 0 || c.spk[0] < 0 || c.span.Start >= c.span.End {
			continue
		}
		for j := range f.drafts {
			v := &f.drafts[j]
			if j == i || !v.hasCue || v.cue.base == ":" || v.span.Start >= v.span.End || v.cue.last >= c.spk[0] ||
				f.sentOf[v.cue.first] != f.sentOf[c.cue.first] || !sameContent(v.first, v.last, c.first, c.last) ||
				!f.wordsOnly(v.cue.last+1, c.cue.first) {
				continue
			}
			if v.spk[0] < 0 && v.inherit < 0 {
				v.spk, v.name = c.spk, c.name
			}
			if v.seg < 0 && f.wholeQuotation(v.cue, v.first, v.last) == c.seg {
				f.asQuotation(v, c.seg) // the verb's draft is the quotation's
			}
			c.span.End = c.span.Start // dropped
			break
		}
	}
}

// wordsOnly reports whether tokens a..b-1 hold no punctuation.
func (f *finder) wordsOnly(a, b int) bool {
	for k := a; k < b; k++ {
		t := f.d.Tokens[k]
		for _, r := range f.d.Text[t.Start:t.End] {
			if unicode.IsPunct(r) && r != '\'' && r != '’' && r != '.' {
				return false
			}
			break
		}
	}
	return true
}
