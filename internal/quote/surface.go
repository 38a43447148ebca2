package quote

import (
	"strings"

	"chronicle/internal/doc"
)

// Surface sieves for attributions that have no reporting verb, run after
// the quotation marks and the cues have been used, on the tokens alone:
//
//   - a headline or lead line "Name: claim" ("McCain: Populist Anger Hurts
//     the Party"), where a short capitalised name before a colon opens the
//     paragraph: the name is the source, the colon the cue;
//   - evidence from a poll or survey: "In a Reuters poll released Monday,
//     50 percent chose Clinton" and "…, in the same poll": the noun
//     phrase after "in" is the source, "in" the cue.

// evidenceNouns head the sources that "in" introduces.
var evidenceNouns = toSet("poll polls survey surveys study studies report reports analysis census tally count")

// headlines adds the "Name: claim" drafts; it runs before the cues are
// read, so that a verb inside the claim does not take it.
func (f *finder) headlines() {
	for i := range f.words {
		if f.paraBreak(i) {
			f.headlineColon(i)
		}
	}
}

// polls adds the "in a poll" drafts; it runs last, on what no cue took.
func (f *finder) polls() {
	for i, w := range f.words {
		if w == "in" && !f.usedCue[i] && f.inSeg[i] < 0 {
			f.pollIn(i)
		}
	}
}

// headlineColon reads "Name: claim" at the paragraph that starts at token
// p: one to five capitalised tokens, a colon, and a claim on the same
// line.
func (f *finder) headlineColon(p int) {
	n := len(f.words)
	c, small := -1, 0
	for k := p; k < n && k < p+8; k++ {
		if k > p && f.paraBreak(k) {
			return
		}
		if f.words[k] == ":" {
			c = k
			break
		}
		if f.marks[k] != markNone || f.usedCue[k] {
			return
		}
		if !f.capitalised(k) && f.words[k] != "'s" && f.words[k] != "’s" && f.words[k] != "." {
			// "Clinton camp:", "Clinton to Planned Parenthood:", "Former
			// AG Mukasey at RNC:": a lower-case word or two inside the name
			small++
			if k == p || !headlineSmall[f.words[k]] || small > 2 {
				return
			}
		}
	}
	if c <= p || c+1 >= n || f.paraBreak(c+1) || !f.capitalised(c-1) && small > 0 && !headlineSmall[f.words[c-1]] {
		return
	}
	if !f.labelNames(p, c) {
		return
	}
	last := c + 1
	for last+1 < n && !f.paraBreak(last+1) {
		last++
	}
	if f.inSeg[c+1] >= 0 || last-c < 3 || last-c > 40 && !f.transcriptLabel(p, c) {
		return // a quotation after the colon is attributed by its marks; a list or a long line is no headline
	}
	for last > c+1 && isEdgePunct(f.words[last]) && f.marks[last] == markNone {
		last--
	}
	dr := draft{first: c + 1, last: last, spk: [2]int{p, c - 1}, name: [2]int{p, c - 1}, inherit: -1, seg: -1}
	dr.cue, dr.hasCue = cue{first: c, last: c, class: cueSpeech, base: ":"}, true
	dr.span, dr.kind = f.tokSpan(dr.first, dr.last), doc.QuoteIndirect
	f.useCue(dr.cue)
	f.drafts = append(f.drafts, dr)
}

// labelNames reports whether the tokens p..c-1 before a headline's colon
// may name a speaker: not a title or a kicker that opens with an article
// ("The Ninth Circle:", "The One Thing Both Sides Want:") or holds a verb
// ("FIX IS IN:", "LOOK:", "Revealed:"), by the tags when there are tags.
// A transcript's label ("TRUMP:") stays a name whatever its tag.
func (f *finder) labelNames(p, c int) bool {
	switch f.words[p] {
	case "the", "a", "an":
		return false
	}
	if c-p == 1 && headlineKickers[f.words[p]] {
		return false
	}
	if !f.hasPOS || f.transcriptLabel(p, c) && c-p == 1 {
		return true
	}
	for k := p; k < c; k++ {
		if pos := f.d.Tokens[k].POS; pos == "VERB" || pos == "AUX" {
			return false
		}
	}
	return true
}

// headlineKickers are the one-word labels that open a headline without
// naming anyone ("LOOK: …", "BREAKING: …"), from general English.
var headlineKickers = toSet("look watch listen read see breaking exclusive revealed update updated video photos analysis opinion editorial")

// headlineSmall are the lower-case words a headline's speaker may hold
// ("Clinton camp:", "Clinton to Planned Parenthood:", "Mukasey at RNC:").
var headlineSmall = toSet("camp campaign aides to at on in of and spokesman spokeswoman")

// transcriptLabel reports whether the tokens p..c-1 before a colon are a
// transcript's speaker label ("TRUMP:", "SEN. FALLIN:"): upper-case words,
// whose line may run long.
func (f *finder) transcriptLabel(p, c int) bool {
	for k := p; k < c; k++ {
		w := f.d.Slice(f.d.Tokens[k].Span)
		if w != "." && strings.ToUpper(w) != w || !f.capitalised(k) && w != "." {
			return false
		}
	}
	return c-p <= 3
}

// pollIn reads "In a poll released Monday, content" and "content, in the
// same poll": "in" followed within a few tokens by an evidence noun, then
// a comma (sentence-initial) or the sentence end.
func (f *finder) pollIn(i int) {
	lo, hi := f.sentBounds(i)
	for hi-1 > lo && isEndPunct(f.words[hi-1]) && f.marks[hi-1] == markNone {
		hi--
	}
	noun := -1
	for k := i + 1; k < hi && k < i+8; k++ {
		if evidenceNouns[f.words[k]] {
			noun = k
			break
		}
		if f.words[k] == "," || f.marks[k] != markNone {
			return
		}
	}
	if noun < 0 {
		return
	}
	dr := draft{spk: [2]int{-1, -1}, name: [2]int{-1, -1}, inherit: -1, seg: -1}
	e := noun
	for e+1 < hi && f.words[e+1] != "," && e+1 < noun+6 {
		e++
	}
	switch {
	case i == lo && e+1 < hi && f.words[e+1] == ",": // In a poll …, content.
		dr.first, dr.last = e+2, hi-1
	case i > lo+2 && f.words[i-1] == "," && e+1 >= hi: // content, in a poll.
		dr.first, dr.last = lo, i-2
	default:
		return
	}
	if dr.last-dr.first < 2 {
		return
	}
	for k := dr.first; k <= dr.last; k++ {
		if f.usedCue[k] {
			return // the content has its own attribution
		}
	}
	s := i + 1
	dr.spk, dr.name = [2]int{s, e}, [2]int{s, noun}
	dr.cue, dr.hasCue = cue{first: i, last: i, class: cueSpeech, base: "in"}, true
	dr.span, dr.kind = f.tokSpan(dr.first, dr.last), doc.QuoteIndirect
	f.useCue(dr.cue)
	f.drafts = append(f.drafts, dr)
}
