package quote

import "chronicle/internal/doc"

// maxSpeakerGap is how many tokens a speaker phrase may take between a
// closing quotation mark and its cue ("…," Hugh Hill, a doctor who treated
// him, said).
const maxSpeakerGap = 30

// attribute turns quote segments and cues into drafts, in text order of
// discovery: quoted segments first (they fix which cues they use), then
// reported speech from the remaining cues.
func (f *finder) attribute() {
	pending := map[int]bool{} // segments not yet attributed
	for si := range f.segs {
		if !f.attachSegment(si) {
			pending[si] = true
		}
	}
	f.headlines()
	f.askedQuestions()
	f.reducedRelatives()
	f.attitudes()
	f.psychCues()
	f.reported(pending)
	f.followingQuotes(pending)
	f.nominal()
	f.adjectives()
	f.evidentials()
	f.passiveCues()
	f.polls()
	f.titleLines()
	// Segments inside no reported content and next to no cue are scare
	// quotes, titles or quoted words: not quotations.
}

// attachSegment attributes segment si from an adjacent cue or from the
// quote it continues; it reports whether it did.
func (f *finder) attachSegment(si int) bool {
	s := f.segs[si]
	dr := draft{first: s.first, last: s.last, span: f.trimSpan(s.first, s.last), seg: si,
		spk: [2]int{-1, -1}, name: [2]int{-1, -1}, inherit: -1}
	startsClause := f.startsClause(s.open)
	// 1. "…," X said / "…," said X; a quotation that ends its sentence
	// with a full stop ("… a great thing.” The senator blamed …") is
	// followed by a new sentence, not by its cue: on PolNeAR's train
	// split nine such pairs against some 1,500 with a comma, "?" or "!".
	if s.close >= 0 && !(s.last >= s.first && f.words[s.last] == ".") {
		if c, spk, name, ok := f.cueAfter(s.close + 1); ok && !f.depWider(c.first, s) {
			dr.cue, dr.hasCue, dr.spk, dr.name = c, true, spk, name
			dr.kind = kindOf(startsClause || f.paraBreak(s.open))
			f.useCue(c)
			f.drafts = append(f.drafts, dr)
			if a := f.clauseBefore(s.open); dr.kind == doc.QuotePartial && a >= 0 && s.last >= s.first {
				// "The senator will play the “union card,” Lee said": the
				// clause the partial quotation ends is what was said
				rd := dr
				rd.first, rd.last, rd.seg, rd.kind = a, s.last, -1, doc.QuoteIndirect
				rd.span = f.tokSpan(a, s.last)
				f.drafts = append(f.drafts, rd)
			}
			return true
		}
	}
	// 2. X said: "…" / X said "…"
	if c, ok := f.cueBefore(s.open); ok && !f.depWider(c.first, s) && !f.titleAfterCue(c, s.open) && !f.clauseGoesOn(s) {
		dr.cue, dr.hasCue = c, true
		dr.spk, dr.name = f.subjectOf(c)
		if dr.spk[0] < 0 && f.tree != nil && (c.first > 0 && f.words[c.first-1] == "," && isParticiple(f.words[c.first]) || f.d.Tokens[c.first].Dep == "conj" ||
			isParticiple(f.words[c.first]) && f.d.Tokens[c.first].Dep == "advcl") {
			// "… was joined on stage and joked, “…”", "…,” Lee said
			// before adding: “…”": the clause's subject, the mention
			// PolNeAR marks
			dr.spk, dr.name = f.rootSubject(c.first)
		}
		if dr.spk[0] < 0 {
			dr.inherit = f.lastDraftBefore(c.first)
		}
		w := f.words[s.open-1]
		direct := (w == ":" || w == "," || startsClause || (w == "that" || f.usedCueAt(s.open-1)) && f.capitalised(s.first))
		dr.kind = kindOf(direct)
		f.useCue(c)
		f.drafts = append(f.drafts, dr)
		return true
	}
	// 2b. Name: "…" with no verb ("…, says pollster Ann Lee: “…”" aside):
	// a capitalised name right before a colon speaks the quotation.
	if c, spk, ok := f.nameColon(s.open); ok {
		dr.cue, dr.hasCue, dr.spk, dr.name = c, true, spk, spk
		dr.kind = doc.QuoteDirect
		f.useCue(c)
		f.drafts = append(f.drafts, dr)
		return true
	}
	// 3. A paragraph that continues a quote, or a quote that opens a
	// paragraph or sentence right after another quote, takes the previous
	// speaker; within one paragraph it shares the cue too ("…," he said. "…"),
	// and so does a paragraph that is one quotation after a paragraph
	// that is a quotation and its cue (quotedParagraphAfter).
	prev := f.lastDraftBefore(s.open)
	if s.continues >= 0 || (s.paraStart && prev >= 0) {
		dr.kind, dr.inherit = doc.QuoteDirect, prev
		if s.continues < 0 && f.quotedParagraphAfter(prev, s) {
			p := f.drafts[prev]
			dr.cue, dr.hasCue, dr.spk, dr.name = p.cue, true, p.spk, p.name
		}
		f.drafts = append(f.drafts, dr)
		return true
	}
	if startsClause && prev >= 0 && !f.paraBetween(f.drafts[prev].last, s.open) {
		dr.kind, dr.inherit = doc.QuoteDirect, prev
		if p := f.drafts[prev]; p.hasCue {
			dr.cue, dr.hasCue, dr.spk, dr.name = p.cue, true, p.spk, p.name
		}
		f.drafts = append(f.drafts, dr)
		return true
	}
	return false
}

// quotedParagraphAfter reports whether the quotation s, a paragraph of
// its own, goes on from draft p of the paragraph before, a quotation
// opening its paragraph with its cue and speaker after it ("“…,” said Tom
// Berg." then "“…”"): PolNeAR marks it a further fragment of the same
// attribution, with the same cue and source.
func (f *finder) quotedParagraphAfter(p int, s segment) bool {
	if n := s.close + 1; s.close < 0 || !f.capitalised(s.first) ||
		n < len(f.words) && !f.paraBreak(n) && !(isEndPunct(f.words[n]) && (n+1 == len(f.words) || f.paraBreak(n+1))) {
		return false // the paragraph goes on after the quotation
	}
	pd := f.drafts[p]
	if pd.seg < 0 || !pd.hasCue || pd.spk[0] < 0 || pd.cue.first < pd.last || !f.segs[pd.seg].paraStart {
		return false
	}
	breaks := 0
	for k := f.segs[pd.seg].open + 1; k <= s.open; k++ {
		if f.paraBreak(k) {
			breaks++
		}
		if k > pd.cue.last && k < s.open && f.marks[k] != markNone {
			return false
		}
	}
	return breaks == 1
}

// titleAfterCue reports whether the quotation opening at open names where
// it was said rather than what ("said on ABC's “This Week” that …"): a
// preposition stands between the cue and the mark, and no colon, comma or
// "that" right before it.
func (f *finder) titleAfterCue(c cue, open int) bool {
	switch f.words[open-1] {
	case ":", ",", "that":
		return false
	}
	for k := c.last + 1; k < open; k++ {
		switch f.words[k] {
		case "on", "in", "at", "during", "to", "with":
			return true
		}
	}
	return false
}

func kindOf(direct bool) string {
	if direct {
		return doc.QuoteDirect
	}
	return doc.QuotePartial
}

// clauseBefore returns the first token of the clause that a partial
// quotation opened at token open goes on ("The senator will play the
// “…”"): from the sentence's start, or after its last semicolon or colon
// before the quotation, past a dateline, when at least two words and no
// other quotation or cue stand there; or -1.
func (f *finder) clauseBefore(open int) int {
	lo, _ := f.sentBounds(open)
	a := lo
	for k := open - 1; k >= lo; k-- {
		if f.marks[k] != markNone || f.usedCue[k] || f.paraBreak(k+1) && k+1 < open {
			return -1
		}
		if w := f.words[k]; w == ";" || w == ":" {
			a = k + 1
			break
		}
	}
	if e := f.datelineEnd(a); e > a && e < open {
		a = e
	}
	for j := a; j < open && j < a+8; j++ {
		if f.datelineDash(j) {
			a = j + 1 // "OSLO (Reuters) - "
			break
		}
	}
	for a < open && isEdgePunct(f.words[a]) {
		a++
	}
	if open-a < 2 {
		return -1
	}
	return a
}

// startsClause reports whether the token at open begins a sentence or
// paragraph, so that a quote opened there is a full quotation.
func (f *finder) startsClause(open int) bool {
	if open == 0 || f.paraBreak(open) {
		return true
	}
	if s := f.sentOf[open]; s >= 0 && int(f.d.Sentences[s].TokenStart) == open {
		return true
	}
	w := f.words[open-1]
	return isEndPunct(w) || w == ":"
}

func (f *finder) paraBetween(a, b int) bool {
	for i := a + 1; i <= b && i < len(f.words); i++ {
		if f.paraBreak(i) {
			return true
		}
	}
	return false
}

func (f *finder) usedCueAt(i int) bool { return i >= 0 && f.usedCue[i] }

func (f *finder) useCue(c cue) {
	for i := c.first; i <= c.last; i++ {
		f.usedCue[i] = true
	}
}

// lastDraftBefore returns the latest draft whose content ends before token
// i, or -1.
func (f *finder) lastDraftBefore(i int) int {
	best := -1
	for k, d := range f.drafts {
		if d.last < i && (best < 0 || d.last > f.drafts[best].last) {
			best = k
		}
	}
	return best
}

// trimSpan returns the byte span of tokens [a, b] without the final
// punctuation of a sentence when it stands alone at the end.
func (f *finder) trimSpan(a, b int) doc.Span {
	return f.tokSpan(a, b)
}

// cueAfter looks for the attribution that follows a closing mark: a cue
// right away ("said Smith") or after a short speaker phrase ("Smith said").
func (f *finder) cueAfter(j int) (cue, [2]int, [2]int, bool) {
	none := [2]int{-1, -1}
	n := len(f.words)
	if j < n && f.words[j] == "," {
		j++
	}
	if j >= n || f.paraBreak(j) {
		return cue{}, none, none, false
	}
	// said X
	k := j
	for k < n && k < j+2 && between[f.words[k]] {
		k++
	}
	if k < n {
		if c, ok := f.matchCue(k); ok && c.class != cueAccord {
			if isParticiple(f.words[c.first]) {
				// "“…,” adding that …", "hailed it as “fantastic,” telling
				// reporters …": a participle never inverts with its
				// speaker; it has a content of its own
				return cue{}, none, none, false
			}
			spk, name := f.npRight(c.last + 1)
			return c, spk, name, true
		}
	}
	// X said
	for k := j; k < n && k < j+maxSpeakerGap; k++ {
		w := f.words[k]
		if isEndPunct(w) || f.marks[k] != markNone || (k > j && f.paraBreak(k)) || w == ";" {
			break
		}
		c, ok := f.matchCue(k)
		if !ok || c.class == cueAccord {
			continue
		}
		if k == j {
			break
		}
		spk, name := f.subjectOf(c)
		if r := spk[0]; r > j+1 && relativePronouns[f.words[r]] && f.words[r-1] == "," && c.first-1 > r && f.words[c.first-1] == "," {
			// "…,” Ann Lee, who was among those polled, said: a relative
			// clause closed by a comma right before the cue; however the
			// parse hung it (a clause of the subject, or its verb made
			// the cue's auxiliary, "who" the cue's subject), the speaker
			// phrase is the name with its clause, as PolNeAR marks it
			spk, name = [2]int{j, c.first - 1}, [2]int{j, r - 2}
		} else if spk[0] > j && spk[0] == spk[1] && relativePronouns[f.words[spk[0]]] && f.words[spk[0]-1] == "," {
			continue // "…,” Cruz, who has proposed repealing it, said: a relative clause in the speaker phrase
		}
		if spk[0] > j+1 && relativePronouns[f.words[spk[0]]] && f.words[spk[0]-1] == "," && spk[1] < c.first {
			// "…,” Ann Lee, who was polled last week said, no comma
			// closing the clause: the parse took the relative clause
			// for the subject; the speaker phrase is the name with it
			spk, name = [2]int{j, spk[1]}, [2]int{j, spk[0] - 2}
		}
		if spk[0] >= 0 && spk[0] < j && spk[1] >= j {
			// the parse hung the end of the quotation on the speaker
			// ("…,” Ann Lee, an analyst, said): the speaker starts after it
			spk[0] = j
			if name[0] < j {
				name = [2]int{j, max(name[1], j)}
			}
			if name[1] > spk[1] {
				name[1] = spk[1]
			}
		}
		if spk[0] > j && spk[0]-j <= 5 && f.nounsOnly(j, spk[0]-1) {
			// "…,” Republican strategist Fred Davis said: the parse left
			// a modifier of the speaker out of the subject
			spk[0] = j
		}
		if spk[0] != j {
			// the phrase between is no speaker of the quote: a clause of
			// its own with its own cue ("…” and that the shipment was
			// possible because Bangladesh had agreed …)
			return cue{}, none, none, false
		}
		return c, spk, name, true
	}
	return cue{}, none, none, false
}

// nounsOnly reports whether tokens a..b are all words of a noun phrase
// (nouns, names, adjectives, determiners, numbers, prepositions), when POS
// tags say so.
func (f *finder) nounsOnly(a, b int) bool {
	if !f.hasPOS {
		return false
	}
	for k := a; k <= b; k++ {
		switch f.d.Tokens[k].POS {
		case "NOUN", "PROPN", "ADJ", "DET", "NUM", "ADP": // "a spokesman for committee Democrats"
		default:
			return false
		}
		if f.marks[k] != markNone {
			return false
		}
	}
	return true
}

// cueBefore looks for a cue in the few tokens before an opening mark
// (X said: "…", X told Reuters on Tuesday that "…").
func (f *finder) cueBefore(open int) (cue, bool) {
	if open == 0 {
		return cue{}, false
	}
	if f.paraBreak(open) {
		// "Cruz called them on it:" ending one paragraph, the quotation
		// opening the next
		if f.words[open-1] != ":" {
			return cue{}, false
		}
		for k := open - 2; k >= 0 && k >= open-12; k-- {
			if isEndPunct(f.words[k]) || f.marks[k] != markNone || f.paraBreak(k+1) {
				break
			}
			if c, ok := f.colonCue(k); ok && c.class != cueAccord && !f.usedCue[k] {
				return c, true
			}
		}
		return cue{}, false
	}
	if c, ok := f.interruptingCue(open); ok {
		return c, true
	}
	for k := open - 1; k >= 0 && k >= open-10; k-- {
		w := f.words[k]
		if isEndPunct(w) || f.marks[k] != markNone || f.paraBreak(k+1) {
			break
		}
		if f.usedCue[k] {
			// “…,” he said, “…”: the cue already serves the first part.
			if c, ok := f.matchCue(k); ok {
				return c, true
			}
			continue
		}
		c, ok := f.matchCue(k)
		if !ok && f.words[open-1] == ":" {
			c, ok = f.colonCue(k)
		}
		if !ok {
			c, ok = f.speakBeforeColon(k, open)
		}
		if !ok {
			continue
		}
		if c.class == cueAccord {
			return cue{}, false
		}
		if c.class == cueThink && f.words[open-1] != "that" && f.words[open-1] != ":" {
			return cue{}, false
		}
		// Only what stands between a cue and its quote may come between:
		// the hearer, time and medium phrases, "that", a colon or comma.
		// Otherwise the quote is part of a longer reported content.
		j := c.last + 1
		if c.class == cueTell && j < open && f.words[j] != "that" {
			j = f.skipObject(j, open)
		}
		j = f.skipAdjuncts(j, open+1)
		for j < open && (f.words[j] == "that" || f.words[j] == ":" || f.words[j] == ",") {
			j++
		}
		if j != open && !f.topicBeforeColon(j, open) {
			return cue{}, false
		}
		return c, true
	}
	return cue{}, false
}

// nameColon reads the speaker of a quotation opened right after "Name:"
// in the same paragraph ("Republican pollster Ann Lee: “…”", "- Ann Lee
// and Bo Dahl: “…”"): the colon is the cue, the noun phrase ending in a
// capitalised word before it the speaker.
func (f *finder) nameColon(open int) (cue, [2]int, bool) {
	c := open - 1
	if c < 1 || f.words[c] != ":" || f.paraBreak(open) || f.usedCue[c] || !f.capitalised(c-1) || f.marks[c-1] != markNone {
		return cue{}, [2]int{}, false
	}
	lo, _ := f.sentBounds(c)
	if f.paraStartBefore(c) > lo {
		lo = f.paraStartBefore(c)
	}
	i := f.npLeft(c-1, lo)
	if !f.hasPOS {
		// without tags only the capitalised run is surely the name
		for i = c - 1; i-1 > lo && (f.capitalised(i-1) || f.words[i-1] == "and" && f.capitalised(i-2)); i-- {
		}
	}
	if i < 0 || isPronoun(f.words[i]) && i == c-1 {
		return cue{}, [2]int{}, false
	}
	return cue{first: c, last: c, class: cueSpeech, base: ":"}, [2]int{i, c - 1}, true
}

// paraStartBefore returns the first token of the paragraph holding token i.
func (f *finder) paraStartBefore(i int) int {
	for i > 0 && !f.paraBreak(i) {
		i--
	}
	return i
}

// clauseGoesOn reports whether the quotation s opens a that-clause that
// goes on after its closing mark ("told him that “we tell the truth” and
// that he had seen support", "said that “the plan” was dead"): the
// reported clause is the content, the quotation a partial quote in it.
func (f *finder) clauseGoesOn(s segment) bool {
	if s.open == 0 || f.words[s.open-1] != "that" || s.close < 0 {
		return false
	}
	n := s.close + 1
	if n >= len(f.words) || f.paraBreak(n) || f.sentOf[n] != f.sentOf[s.close] {
		return false
	}
	w := f.words[n]
	return !isEndPunct(w) && w != "," && w != ";" && w != ":" && f.marks[n] == markNone
}

// interruptingCue returns the cue of a quotation that a cue and its
// speaker phrase interrupt, when the quotation opening at open goes on
// right after that phrase and a comma ("“…,” said Ana Ruiz, director of
// planning at the council, “but …”"): the speaker phrase may be longer
// than the few words cueBefore reads back.
func (f *finder) interruptingCue(open int) (cue, bool) {
	if open < 3 || f.words[open-1] != "," || f.paraBreak(open) {
		return cue{}, false
	}
	for di := len(f.drafts) - 1; di >= 0; di-- {
		d := f.drafts[di]
		if !d.hasCue || d.seg < 0 || d.spk[0] < 0 || d.cue.first > open {
			continue
		}
		s := f.segs[d.seg]
		if s.close < 0 || s.close >= d.cue.first || f.sentOf[s.close] != f.sentOf[open] {
			return cue{}, false
		}
		if max(d.spk[1], d.cue.last) == open-2 {
			return d.cue, true
		}
		return cue{}, false
	}
	return cue{}, false
}
