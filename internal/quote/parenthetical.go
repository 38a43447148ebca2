package quote

// parenthetical reads a cue that interrupts its content between two
// commas: "The bridge, he said, will open in May." or "In any case, said
// Ms. Dale, the course was full." PolNeAR marks the content as the two
// fragments around the cue clause. The pattern is read on the surface,
// before the parse, because the parser often hangs such a clause anywhere
// in the sentence; it is kept strict: a short speaker phrase without a
// verb or a comma, a short tail without a verb after the cue, and at least
// two words of content on each side. lo and hi bound the sentence without
// its final punctuation.
func (f *finder) parenthetical(c cue, lo, hi int) (draft, [2]int, bool) {
	dr := draft{spk: [2]int{-1, -1}, name: [2]int{-1, -1}, inherit: -1}
	none := [2]int{-1, -1}
	if c.class == cueAccord {
		return dr, none, false
	}
	// the speaker: before the cue ("he said") or right after it ("said Ms. Dale")
	open, tail := -1, c.last+1
	s := c.first - 1
	for s > lo && between[f.words[s]] && f.words[s] != "'s" {
		s-- // "he also said"
	}
	if k := f.commaBefore(s, lo); k >= 0 && k < c.first-1 {
		open = k
		dr.spk = [2]int{k + 1, s}
	} else if c.first-1 > lo && f.words[c.first-1] == "," {
		open = c.first - 1
		e := c.last + 1
		for e < hi && e-c.last <= 6 && f.words[e] != "," && f.shortPhraseWord(e) {
			e++
		}
		if e == c.last+1 || e >= hi || f.words[e] != "," || !f.capitalised(c.last+1) && !isDeterminer(f.words[c.last+1]) && !f.quantifier(c.last+1) {
			return dr, none, false // "said on Twitter, …": no speaker
		}
		dr.spk = [2]int{c.last + 1, e - 1}
		tail = e
	} else {
		return dr, none, false
	}
	for k := dr.spk[0]; k <= dr.spk[1]; k++ {
		if relativePronouns[f.words[k]] {
			return dr, none, false // "…, the editor who wrote …": a relative clause
		}
	}
	if tail < hi && f.words[tail] != "," && !timeWords[f.words[tail]] && !tailPreps[f.words[tail]] && (!f.hasPOS || f.d.Tokens[tail].POS != "ADP") {
		return dr, none, false // "the company wrote a detailed, …": an object, not a time or a medium
	}
	// a short tail without a verb ("on Tuesday", "in an interview"), then the comma
	close := tail
	for close < hi && close-tail <= 5 && f.words[close] != "," && f.shortPhraseWord(close) {
		close++
	}
	if close >= hi || f.words[close] != "," {
		return dr, none, false
	}
	a0, a1 := f.trimContent(lo, open-1)
	b0, b1 := f.trimContent(close+1, hi-1)
	if a1-a0 < 1 || b1-b0 < 1 || f.usedIn(a0, a1) || f.usedIn(b0, b1) {
		return dr, none, false
	}
	if _, ok := f.matchCue(b0); ok || isParticiple(f.words[b0]) {
		return dr, none, false // "…, she said, adding that …", "…, wiping his brow": a clause of the cue's
	}
	dr.name = dr.spk
	if tail > c.last+1 && (relativePronouns[f.words[b0]] || f.apposition(b0, b1)) {
		// "…, said Ann Lee, who has studied it." / ", an analyst.": the
		// speaker's relative clause or apposition, not a second fragment
		dr.spk[1] = b1
		dr.first, dr.last = a0, a1
		return dr, none, true
	}
	dr.first, dr.last = a0, a1
	return dr, [2]int{b0, b1}, true
}

// commaBefore returns the comma that opens a speaker phrase ending at
// token s: one to six words without a verb, a mark or other punctuation;
// or -1.
func (f *finder) commaBefore(s, lo int) int {
	for k := s; k > lo && s-k < 6; k-- {
		if f.words[k] == "," {
			if k == s {
				return -1
			}
			return k
		}
		if !f.shortPhraseWord(k) {
			return -1
		}
	}
	return -1
}

// shortPhraseWord reports whether token k may stand in a short speaker or
// tail phrase: no punctuation, quotation mark or verb.
func (f *finder) shortPhraseWord(k int) bool {
	if f.marks[k] != markNone || isEdgePunct(f.words[k]) {
		return false
	}
	if f.hasPOS {
		switch f.d.Tokens[k].POS {
		case "VERB", "PUNCT", "SCONJ", "CCONJ":
			return false
		}
	}
	return true
}

// usedIn reports whether a token in [a, b] already serves as a cue.
func (f *finder) usedIn(a, b int) bool {
	for k := a; k <= b; k++ {
		if f.usedCue[k] {
			return true
		}
	}
	return false
}

// tailPreps open the time or medium phrase a parenthetical cue may take
// ("he said on Monday", "she said in an interview").
var tailPreps = toSet("on in at during to after before over")

// apposition reports whether the parse makes the phrase a..b an apposition
// (its head's relation is appos).
func (f *finder) apposition(a, b int) bool {
	if f.tree == nil {
		return false
	}
	for k := a; k <= b; k++ {
		if h := f.head(k); h < a || h > b {
			return f.d.Tokens[k].Dep == "appos"
		}
	}
	return false
}

// quantifier reports whether token k is a determiner or number that opens
// a noun phrase ("some Democrats", "many voters", "two aides").
func (f *finder) quantifier(k int) bool {
	if !f.hasPOS {
		return false
	}
	p := f.d.Tokens[k].POS
	return p == "DET" || p == "NUM"
}
