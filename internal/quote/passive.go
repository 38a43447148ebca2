package quote

import "chronicle/internal/doc"

// passiveCues reads a cue in the passive whose subject is what the
// attribution is about ("Sanders has been criticized for offering vague
// answers", "the chair was praised by investors"): PolNeAR marks the
// subject as the content, with the phrase after the verb that says what
// the subject is held to be or to have done ("for …", "as …", "of …") as
// a second fragment, and the agent, when there is one, as the source.
func (f *finder) passiveCues() {
	if f.tree == nil || !f.hasPOS {
		return
	}
	for v, w := range f.words {
		if f.usedCue[v] || f.inSeg[v] >= 0 || f.d.Tokens[v].POS != "VERB" || stanceAdjectives[w] || w == "expected" {
			continue
		}
		s := f.child(v, "nsubj:pass")
		if s < 0 || s > v || f.words[s] == "it" || relativePronouns[f.words[s]] || f.child(v, "ccomp", "csubj") >= 0 {
			continue // "it was announced that …" is the clause's; "which was passed" names nothing
		}
		if f.inDraft(v) {
			continue
		}
		c, ok := f.matchCue(v)
		if !ok || c.class == cueAccord || c.class == cueThink {
			continue
		}
		a, b := f.trimContent(int(f.tree.lo[s]), int(f.tree.hi[s]))
		if a > b || b >= v {
			continue
		}
		frags := [][2]int{{a, b}}
		for k := f.tree.first[v]; k >= 0; k = f.tree.next[k] {
			kk := int(k)
			lo := int(f.tree.lo[kk])
			if kk < v || (f.words[lo] == "by" && lo < kk) {
				continue
			}
			switch f.d.Tokens[kk].Dep {
			case "obl", "xcomp", "advcl", "obj":
			default:
				continue
			}
			if timeWords[f.words[kk]] || f.words[lo] == "in" || f.words[lo] == "at" || f.words[lo] == "on" {
				continue // when or where, not what
			}
			from, to := f.trimContent(lo, int(f.tree.hi[kk]))
			if from <= to {
				frags = append(frags, [2]int{from, to})
			}
			break
		}
		// "has been (repeatedly) criticized": PolNeAR's cue holds the
		// auxiliaries and adverbs before the participle
		for k := v - 1; k > b && (f.words[k] == "been" || f.words[k] == "being" || f.d.Tokens[k].POS == "ADV" && f.head(k) == v); k-- {
			if f.words[k] == "been" || f.words[k] == "being" {
				c.first = k
			}
		}
		ag := f.agent(v)
		for _, fr := range frags {
			f.drafts = append(f.drafts, draft{first: fr[0], last: fr[1], span: f.tokSpan(fr[0], fr[1]),
				kind: doc.QuoteIndirect, cue: c, hasCue: true, seg: -1,
				spk: ag, name: ag, inherit: -1})
		}
		f.useCue(c)
	}
}
