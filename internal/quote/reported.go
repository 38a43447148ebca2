package quote

import "chronicle/internal/doc"

// participles that continue a clause whose subject is the speaker (",
// adding that …", ", saying …").
func isParticiple(w string) bool { return len(w) > 4 && w[len(w)-3:] == "ing" }

// reported turns every cue not yet used by a quotation into reported
// speech: "according to X, …" / "…, according to X"; "…, X said" and
// "…, said X"; "X said (that) …" and "X told Y (that) …". Segments in
// pending that fall inside a reported content become partial quotes of the
// same speaker.
func (f *finder) reported(pending map[int]bool) {
	n := len(f.words)
	for i := 0; i < n; i++ {
		if f.usedCue[i] || f.inSeg[i] >= 0 {
			continue
		}
		c, ok := f.matchCue(i)
		if !ok {
			continue
		}
		lo, hi := f.sentBounds(i)
		// the sentence without its final punctuation
		for hi-1 > lo && (isEndPunct(f.words[hi-1]) && f.marks[hi-1] == markNone) {
			hi--
		}
		// a second fragment of the content in rest
		dr, rest, found := f.parenthetical(c, lo, hi)
		if !found && f.tree != nil && c.class != cueAccord {
			if isParticiple(f.words[i]) && !f.clauseParticiple(i) {
				continue // "to prevent Russia demanding restrictions"
			}
			dr, found = f.depReported(c)
			if found && dr.cue.last > dr.cue.first {
				c = dr.cue // the cue took a preposition
			}
			if !found && f.agentless(i) {
				continue // nor do the surface patterns make a speaker of its subject
			}
			if !found && f.passiveAgent(i) {
				// "The mayor was urged by the fishermen to reopen the
				// port": passive.go's, the subject and the infinitive the
				// content and the agent its source; the surface patterns
				// would read the agent as the hearer
				continue
			}
			if found && dr.last < c.first {
				// "… in big ways and small, he said", "The aim is to prevent
				// Russia demanding …, the people said": a content before its
				// cue is the whole clause before it, however the parse cut it
				if sd, ok := f.contentBefore(c, lo); ok && sd.first <= dr.first && sd.last >= dr.last {
					dr.first, dr.last = sd.first, sd.last
				}
			}
		}
		switch {
		case found:
		case c.class == cueAccord:
			dr, rest, found = f.according(c, lo, hi)
		default:
			// A subject that opens the sentence makes it "X said …".
			if spk, _ := f.subjectOf(c); spk[0] == lo {
				dr, found = f.contentAfter(c, hi)
			}
			if !found {
				dr, found = f.contentBefore(c, lo)
			}
			if !found {
				dr, found = f.contentAfter(c, hi)
			}
		}
		if !found || dr.last < dr.first {
			continue
		}
		dr.cue, dr.hasCue, dr.seg = c, true, -1
		dr.span = f.tokSpan(dr.first, dr.last)
		dr.kind = doc.QuoteIndirect
		if si := f.wholeQuotation(c, dr.first, dr.last); si >= 0 && pending[si] && rest[0] < 0 {
			// "Lee added about the plan: “…”": the content is one
			// quotation, which the cue attributes as a quotation; after
			// "that" ("stressed that “the way to proceed is …,”
			// suggesting …") it stays reported speech, whose "that"
			// PolNeAR's content holds, without a partial copy of itself
			delete(pending, si)
			if s := f.segs[si]; s.open == 0 || f.words[s.open-1] != "that" {
				f.asQuotation(&dr, si)
				f.continuedBy(si, len(f.drafts))
			}
		}
		f.useCue(c)
		f.drafts = append(f.drafts, dr)
		if rest[0] >= 0 && rest[1] >= rest[0] {
			r := dr
			r.first, r.last, r.span = rest[0], rest[1], f.tokSpan(rest[0], rest[1])
			f.drafts = append(f.drafts, r)
		}
		i = c.last
		// quoted words inside the reported content are partial quotes
		for si := range f.segs {
			s := f.segs[si]
			if pending[si] && s.first >= dr.first && s.last <= dr.last {
				delete(pending, si)
				p := dr
				p.first, p.last, p.span, p.seg, p.kind = s.first, s.last, s.span, si, doc.QuotePartial
				f.drafts = append(f.drafts, p)
			}
		}
	}
}

// according handles "according to X": X runs to the next comma; the content
// is the rest of the sentence on the other side.
func (f *finder) according(c cue, lo, hi int) (draft, [2]int, bool) {
	dr := draft{spk: [2]int{-1, -1}, name: [2]int{-1, -1}, inherit: -1}
	s := c.last + 1
	e := s
	for e < hi && f.words[e] != "," && f.marks[e] == markNone {
		e++
	}
	if e == s {
		return dr, [2]int{-1, -1}, false
	}
	dr.spk, dr.name = [2]int{s, e - 1}, [2]int{s, e - 1}
	if e2 := f.appositionEnd(e, hi); e2 > e && c.first <= lo+1 {
		// "According to the Africa CDC, an agency of the African Union,
		// 31 people have died": the apposition is the source's
		dr.spk[1], e = e2, e2
	}
	rest := [2]int{-1, -1}
	if c.first <= lo+1 || f.openingConjunction(lo, c.first) { // According to X, content.
		dr.first, dr.last = e+1, hi-1
	} else {
		dr.first, dr.last = lo, c.first-1
		for dr.last > dr.first && f.words[dr.last] == "," {
			dr.last--
		}
		// "At the heart of it, according to X, was a decision …": the
		// content runs on after X's closing comma
		if e+2 < hi && f.words[e] == "," && c.first > lo && f.words[c.first-1] == "," {
			rest = [2]int{e + 1, hi - 1}
		}
	}
	f.skipOpenMark(&dr)
	if rest[0] < 0 {
		dr.last = f.toClosingMark(dr.first, dr.last)
	} else {
		rest[1] = f.toClosingMark(rest[0], rest[1])
	}
	return dr, rest, dr.last-dr.first >= 1
}

// openingConjunction reports whether tokens [lo, c) are only a
// conjunction and commas ("But, according to the poll, …").
func (f *finder) openingConjunction(lo, c int) bool {
	if c <= lo {
		return false
	}
	for k := lo; k < c; k++ {
		switch f.words[k] {
		case ",", "but", "and", "so", "yet", "still", "however", "meanwhile":
		default:
			return false
		}
	}
	return true
}

// toClosingMark widens a content that opens a quotation running past the
// sentence to the quotation's closing mark ("According to X, “… . … .”").
func (f *finder) toClosingMark(first, last int) int {
	if sg := f.inSeg[last]; sg >= 0 && f.segs[sg].first >= first-1 && f.segs[sg].last > last && f.segs[sg].close >= 0 {
		if f.segs[sg].open >= first {
			return f.segs[sg].close // the content holds the opening mark: the closing one too
		}
		return f.segs[sg].last
	}
	return last
}

// appositionEnd returns the comma that closes an apposition opening at the
// comma e ("X, an agency of the African Union, …"): a phrase that starts
// with a determiner and holds no verb, within twelve tokens; else e.
func (f *finder) appositionEnd(e, hi int) int {
	if !f.hasPOS || e+1 >= hi || !isDeterminer(f.words[e+1]) {
		return e
	}
	for k := e + 2; k < hi && k < e+12; k++ {
		if f.words[k] == "," {
			return k
		}
		switch f.d.Tokens[k].POS {
		case "VERB", "AUX":
			return e
		}
		if f.marks[k] != markNone {
			return e
		}
	}
	return e
}

// contentBefore handles a cue after its content: "…, X said." and "…, said
// X." The cue clause must end the sentence (a time or medium phrase may
// follow).
func (f *finder) contentBefore(c cue, lo int) (draft, bool) {
	dr := draft{spk: [2]int{-1, -1}, name: [2]int{-1, -1}, inherit: -1}
	var comma int
	if c.first-1 > lo && f.words[c.first-1] == "," {
		dr.spk, dr.name = f.npRight(c.last + 1)
		if dr.spk[0] < 0 {
			return dr, false
		}
		comma = c.first - 1
	} else {
		spk, name := f.subjectOf(c)
		if spk[0] <= lo || f.words[spk[0]-1] != "," {
			return dr, false
		}
		dr.spk, dr.name = spk, name
		comma = spk[0] - 1
	}
	if !f.clauseEnds(max(c.last, dr.spk[1]) + 1) {
		return dr, false
	}
	dr.first, dr.last = f.clauseStart(lo, comma, false), comma-1
	f.skipOpenMark(&dr)
	if f.hasPOS && !f.hasVerb(dr.first, dr.last) {
		// "The firm lobbied for the company on taxes, said Ann Lee": what
		// follows an earlier cue is no clause, so that cue is inside the
		// content rather than before it
		if s := f.clauseStart(lo, comma, true); s < dr.first {
			dr.first = s
			f.skipOpenMark(&dr)
		}
	}
	if f.hasPOS && !f.hasVerb(dr.first, dr.last) {
		return dr, false // "After the debate last week, Trump told reporters …": a time, not a clause
	}
	if comma != c.first-1 && dr.first == lo && f.frontedAdverbial(dr.first, dr.last) {
		return dr, false // "When pressed by reporters, the mayor did apologize …"
	}
	return dr, dr.last-dr.first >= 2
}

// clauseStart returns where the content of an inverted cue whose comma is
// at comma starts: after an earlier quotation or attribution in the same
// sentence, else at lo. With through, a cue whose reported content lies
// between it and the comma is passed over (nestedBefore).
func (f *finder) clauseStart(lo, comma int, through bool) int {
	for k := comma - 1; k > lo; k-- {
		closing := f.marks[k] == markClose || (f.marks[k] != markNone && f.inSeg[k] >= 0 && f.segs[f.inSeg[k]].close == k)
		if through && f.usedCue[k] && f.nestedBefore(k, comma) {
			continue
		}
		if f.usedCue[k] || closing && f.endsClause(k) {
			start := k + 1
			for start < comma && (f.words[start] == "," || f.marks[start] != markNone) {
				start++
			}
			return start
		}
	}
	return lo
}

// nestedBefore reports whether the used cue at k made a reported draft
// whose content follows it and ends before the comma of an inverted cue
// ("The firm lobbied for the company on taxes, said Ann Lee"): when what
// follows that cue is no clause, the clause of the cue is what the
// inverted cue reports, the cue nested in it, whichever the parse let
// read first and however far it took its content; nested.go then drops
// the nested draft as it drops others. A cue whose content stands before
// it (an earlier "…, he said") still starts the content after it.
func (f *finder) nestedBefore(k, comma int) bool {
	for i := len(f.drafts) - 1; i >= 0; i-- {
		d := f.drafts[i]
		if d.hasCue && d.cue.first <= k && k <= d.cue.last {
			return d.seg < 0 && d.first > d.cue.last && d.last < comma
		}
	}
	return false
}

// hasVerb reports whether tokens [a, b] hold a verb or auxiliary, or a
// quotation (whose words may be anything).
func (f *finder) hasVerb(a, b int) bool {
	for k := a; k <= b; k++ {
		if p := f.d.Tokens[k].POS; p == "VERB" || p == "AUX" || f.inSeg[k] >= 0 {
			return true
		}
	}
	return false
}

// endsClause reports whether the closing mark at k ends a clause of its
// own (“…,” or “….”), so that a content before a later cue starts after
// it; a quotation inside a clause (had “put the biggest crack” yet in …)
// does not.
func (f *finder) endsClause(k int) bool {
	if k > 0 && (f.words[k-1] == "," || isEndPunct(f.words[k-1])) {
		return true
	}
	return k+1 < len(f.words) && (f.words[k+1] == "," || isEndPunct(f.words[k+1]) || f.words[k+1] == ";")
}

// clauseEnds reports whether the tokens from i to the sentence end are only
// a short tail (time, medium: "on Tuesday in a statement").
func (f *finder) clauseEnds(i int) bool {
	_, hi := f.sentBounds(min(i, len(f.words)-1))
	if i >= hi {
		return true
	}
	rest := 0
	for k := i; k < hi; k++ {
		w := f.words[k]
		if isEndPunct(w) || f.marks[k] != markNone {
			continue
		}
		if w == "that" || w == ":" {
			return false
		}
		if _, ok := f.matchCue(k); ok && k > i && f.words[k-1] == "," {
			return true // ", adding that …" is its own attribution
		}
		rest++
	}
	return rest <= 12
}

// contentAfter handles "X said (that) …" and "X told Y (that) …".
func (f *finder) contentAfter(c cue, hi int) (draft, bool) {
	dr := draft{spk: [2]int{-1, -1}, name: [2]int{-1, -1}, inherit: -1}
	dr.spk, dr.name = f.subjectOf(c)
	if dr.spk[0] < 0 {
		lo, _ := f.sentBounds(c.first)
		if !(isParticiple(f.words[c.first]) && c.first > lo && f.words[c.first-1] == ",") {
			return dr, false
		}
		dr.inherit = f.lastDraftBefore(c.first)
		if dr.inherit < 0 || f.sentOf[f.drafts[dr.inherit].first] != f.sentOf[c.first] && !f.sameSentCue(dr.inherit, c.first) {
			// ", adding that …" after a subject that had no other cue
			s, n := f.clauseSubject(c.first)
			if s[0] < 0 {
				return dr, false
			}
			dr.spk, dr.name, dr.inherit = s, n, -1
		}
	}
	k := c.last + 1
	if c.class == cueTell && k < hi && f.words[k] != "that" {
		k = f.skipObject(k, hi)
	}
	k = f.skipAdjuncts(k, hi)
	k = f.skipTimePhrase(k, hi)
	sawThat := false
	for k < hi && (f.words[k] == "that" || f.words[k] == ":" || f.words[k] == ",") {
		sawThat = sawThat || f.words[k] == "that"
		k++
	}
	if k >= hi {
		return dr, false
	}
	if c.class == cueThink && !sawThat && !isPronoun(f.words[k]) && !isDeterminer(f.words[k]) {
		return dr, false
	}
	if f.words[k] == "to" || f.words[k] == "of" || f.words[k] == "by" || f.words[k] == "for" {
		return dr, false // "said to be", "warned of", "asked for": no clause follows
	}
	end := hi - 1
	for j := k + 1; j < hi; j++ {
		if f.words[j] == "," && j+1 < hi {
			if nc, ok := f.matchCue(j + 1); ok && (isParticiple(f.words[j+1]) || nc.class == cueAccord) {
				end = j - 1
				break
			}
		}
		if w := f.words[j]; (w == "and" || w == "but") && j+2 < hi {
			_, c1 := f.matchCue(j + 1)
			_, c2 := f.matchCue(j + 2)
			if c1 || c2 && isPronoun(f.words[j+1]) {
				end = j - 1
				for end > k && f.words[end] == "," {
					end--
				}
				break
			}
		}
		if f.words[j] == ";" {
			end = j - 1
			break
		}
	}
	dr.first, dr.last = k, end
	if f.inSeg[k] >= 0 && f.segs[f.inSeg[k]].open == k && f.segs[f.inSeg[k]].close >= end {
		return dr, false // a quotation, attributed already or by its marks
	}
	return dr, dr.last-dr.first >= 1
}

// sameSentCue reports whether draft d has a cue in the sentence of token i.
func (f *finder) sameSentCue(d, i int) bool {
	x := f.drafts[d]
	return x.hasCue && f.sentOf[x.cue.first] == f.sentOf[i]
}

// clauseSubject finds the speaker of a participial cue (", adding …") as
// the subject of the sentence's first cue or, failing that, the noun phrase
// that opens the sentence.
func (f *finder) clauseSubject(i int) (spk, name [2]int) {
	lo, _ := f.sentBounds(i)
	e := lo
	for e < i && e < lo+8 && f.words[e] != "," && !f.usedCue[e] {
		if _, ok := f.lex.class[f.words[e]]; ok && e > lo {
			break
		}
		e++
	}
	if e == lo {
		return [2]int{-1, -1}, [2]int{-1, -1}
	}
	st := f.npLeft(e-1, lo)
	if st < 0 {
		return [2]int{-1, -1}, [2]int{-1, -1}
	}
	return [2]int{st, e - 1}, [2]int{st, e - 1}
}

// skipObject passes the hearer after "told" (Reuters, reporters, the
// Associated Press, him).
func (f *finder) skipObject(k, hi int) int {
	start := k
	for k < hi && k < start+6 {
		w := f.words[k]
		if w == "that" || w == "," || w == ":" || f.marks[k] != markNone || (k > start && isPronoun(w)) {
			break
		}
		if k > start && (isPrep(w) || between[w]) {
			break
		}
		if k > start && !f.capitalised(k) && !isDeterminer(f.words[k-1]) && f.words[k-1] != "'s" && !speakerNouns[w] {
			break
		}
		k++
		if isPronoun(w) || w == "reporters" || w == "journalists" {
			break
		}
	}
	return k
}

// skipAdjuncts passes time and medium phrases between a cue and its content
// ("said on Tuesday in a statement that …") when a "that", colon or comma
// closes them within a few tokens.
func (f *finder) skipAdjuncts(k, hi int) int {
	if k >= hi {
		return k
	}
	w := f.words[k]
	if !isPrep(w) && !between[w] && w != "last" && w != "this" && w != "late" {
		return k
	}
	for j := k; j < hi && j < k+12; j++ {
		switch f.words[j] {
		case "that", ":", ",":
			return j
		}
		if f.marks[j] != markNone {
			return j
		}
	}
	// no delimiter: skip a bare time word only ("said Tuesday he …")
	if between[w] {
		return k + 1
	}
	return k
}

// skipTimePhrase passes a time phrase that stands between a cue and a
// content without a delimiter ("agreed on Sunday to open talks").
func (f *finder) skipTimePhrase(k, hi int) int {
	if k >= hi || k >= len(f.words) {
		return k
	}
	j := k
	switch f.words[j] {
	case "on", "in", "at", "during", "last", "this", "next", "early", "late", "earlier":
		j++
	default:
		return k
	}
	for j < hi && (f.words[j] == "the" || f.words[j] == "early" || f.words[j] == "late") {
		j++
	}
	if j >= hi || !timeWords[f.words[j]] && !months[f.words[j]] {
		return k
	}
	j++
	if j < hi && (f.words[j] == "to" || f.words[j] == "that") {
		return j
	}
	return k
}

// months are month names, lower-cased.
var months = toSet("january february march april may june july august september october november december")

// skipOpenMark keeps a reported content from starting inside a quotation
// mark pair in a way that splits it.
func (f *finder) skipOpenMark(dr *draft) {
	for dr.first <= dr.last && (f.words[dr.first] == "," || f.words[dr.first] == ":") {
		dr.first++
	}
}
