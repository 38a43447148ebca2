package quote

import (
	"math"

	"chronicle/internal/doc"
)

// nominalCues are nouns of speech, thought and stance that PolNeAR marks
// as cues ("Trump's claim that …", "support for the bill", "the decision
// to run"), written from general knowledge; the parse reads their content
// (a that-clause, a to-infinitive or a prepositional object) and their
// source (a possessor). Without the parse they are no cue: a bare noun is
// too often just a noun. Nouns whose predictions were mostly wrong on
// PolNeAR's train split are left out (support, opposition, threat, view,
// attack, request, concern, remarks).
var nominalCues = toSet("claim claims statement statements warning warnings promise promises assertion assertions " +
	"criticism criticisms decision call calls demand demands allegation allegations accusation accusations " +
	"suggestion suggestions belief beliefs hope hopes fear fears argument arguments insistence complaint complaints " +
	"praise endorsement proposal proposals pledge pledges vow vows comment comments question questions admission " +
	"denial prediction predictions vision plan plans recommendation advice")

// nominalPreps are the prepositions that join a nominal cue and bring its
// content ("support for", "attacks on", "questions about").
var nominalPreps = toSet("for of on about against to over")

// toContent are the nominal cues whose "to" brings their content ("a call
// to arms", a "decision to" whose verb the parse read as a noun); after
// other nouns of saying "to" brings the hearer ("a statement to
// reporters", "comments to CNN"): on PolNeAR's train split such drafts
// were wrong 9 times in 9, those of "call" and "decision" right 3 in 5.
var toContent = toSet("call calls decision")

// nominal adds drafts for nominal cues from the parse.
func (f *finder) nominal() {
	if f.tree == nil {
		return
	}
	for v, w := range f.words {
		if f.usedCue[v] || f.inSeg[v] >= 0 || f.d.Tokens[v].POS != "NOUN" || !f.nominalCue(v, w) {
			continue
		}
		c := cue{first: v, last: v, class: cueSpeech, base: w}
		first, last := -1, -1
		for k := f.tree.first[v]; k >= 0; k = f.tree.next[k] {
			kk := int(k)
			if kk < v {
				continue
			}
			switch f.d.Tokens[kk].Dep {
			case "acl", "ccomp":
				if t := f.d.Tokens[kk].Tag; int(f.tree.lo[kk]) == kk && (t == "VBN" || t == "VBG") {
					continue // "a plan announced in May": a reduced relative, no content
				}
				first, last = int(f.tree.lo[kk]), int(f.tree.hi[kk])
			case "nmod":
				p := int(f.tree.lo[kk])
				if p == v+1 && nominalPreps[f.words[p]] && (f.words[p] != "to" || toContent[w]) && f.d.Tokens[p].Dep == "case" && int(f.tree.hi[kk]) > p {
					c.last = p
					first, last = p+1, int(f.tree.hi[kk])
				}
			default:
				continue
			}
			break
		}
		if first < 0 || first <= v {
			continue
		}
		first, last = f.trimContent(first, last)
		if last < first || f.words[first] == "to" && first == last {
			continue
		}
		if f.mediumOfCue(v, first, last) {
			continue
		}
		dr := draft{first: first, last: last, spk: [2]int{-1, -1}, name: [2]int{-1, -1}, inherit: -1, seg: -1}
		if p := f.child(v, "nmod:poss"); p >= 0 && p < v {
			a, b := int(f.tree.lo[p]), int(f.tree.hi[p])
			if b+1 < v && f.words[b+1] == "'s" {
				b++ // the possessive belongs to the mention in PolNeAR
			}
			if a <= b && b < v {
				dr.spk, dr.name = [2]int{a, b}, [2]int{a, int(p)}
			}
		}
		dr.cue, dr.hasCue = c, true
		dr.span, dr.kind = f.tokSpan(dr.first, dr.last), doc.QuoteIndirect
		f.useCue(c)
		f.drafts = append(f.drafts, dr)
	}
}

// nominalCue reports whether the noun w at v is a cue: one of nominalCues
// the cue model does not veto, or another noun it is sure of ("attacks
// on", "scrutiny of").
func (f *finder) nominalCue(v int, w string) bool {
	if !nominalCues[w] && (f.cm == nil || f.cm.AddNoun == math.MaxFloat32) {
		return false // no noun is added: spare the scoring
	}
	s, ok := f.cueScore(v)
	if nominalCues[w] {
		return !ok || s >= f.cm.Drop
	}
	return ok && s >= f.cm.AddNoun
}

// mediumOfCue reports whether the nominal cue at v, with content
// first..last, stands where a cue that already attributes the same
// content was said: in a phrase of "in", "during", "via" or "through"
// hung on that cue, itself or through one more noun ("said in a statement
// that the port will reopen", "said in a series of statements that …").
// The parse often hangs the that-clause on the noun, but the noun is the
// medium of the verb's words, not a second attribution, and a speakerless
// copy of the verb's one would stand beside it. A noun the verb is about
// ("scoffed at the suggestion that …", "responded to the claim that …")
// is left alone.
func (f *finder) mediumOfCue(v, first, last int) bool {
	h := v
	for steps := 0; steps < 2; steps++ {
		if d := f.d.Tokens[h].Dep; d != "obl" && d != "nmod" {
			return false
		}
		c := f.child(h, "case")
		if c < 0 {
			return false
		}
		if h = f.head(h); h < 0 {
			return false
		}
		if !mediumPreps[f.words[c]] {
			continue
		}
		for _, dr := range f.drafts {
			if dr.hasCue && dr.cue.first <= h && h <= dr.cue.last && !(dr.first <= v && v <= dr.last) &&
				sameContent(dr.first, dr.last, first, last) {
				return true
			}
		}
	}
	return false
}

// mediumPreps bring where words were said rather than what about.
var mediumPreps = toSet("in during via through")

// sameContent reports whether content a0..a1 covers at least half of
// content b0..b1 (both inclusive token ranges).
func sameContent(a0, a1, b0, b1 int) bool {
	lo, hi := max(a0, b0), min(a1, b1)
	return hi >= lo && 2*(hi-lo+1) >= b1-b0+1
}
