package quote

import "chronicle/internal/doc"

// Evidentials say that something seems, is expected or is reported to be
// so, without naming who holds it: "The senator is expected to run",
// "The plan seemed to falter", "The firm reportedly cut jobs". PolNeAR
// marks them as attributions without a source whose content is in two
// fragments, the subject and what is said of it, around the cue. Measured
// on its train split, the forms kept here were annotated in at least half
// of their occurrences ("expected to" about nine times in ten, "seemed to"
// eight, "reportedly" two in three, "appears to" one in two); "likely
// to", "set to", "seen as" and "known as" were annotated too rarely to
// keep.

// evidentialVerbs are the verb forms whose subject and clausal complement
// ("seemed [to falter]", "appears [ready]") are the content.
var evidentialVerbs = toSet("seem seems seemed appear appears appeared")

// evidentials adds drafts for evidential cues from the parse; without one
// the two fragments cannot be told apart from the rest of the sentence.
func (f *finder) evidentials() {
	if f.tree == nil {
		return
	}
	for v, w := range f.words {
		if f.usedCue[v] || f.inSeg[v] >= 0 {
			continue
		}
		var subj, from, to int
		switch {
		case evidentialVerbs[w] && f.d.Tokens[v].POS == "VERB":
			s, k := f.child(v, "nsubj"), f.child(v, "xcomp")
			if s < 0 || s > v || k <= v || f.isCue(k) {
				continue // "appeared on television"; "appeared to endorse" is endorse's
			}
			subj, from, to = s, int(f.tree.lo[k]), int(f.tree.hi[k])
		case w == "expected":
			s, k := f.child(v, "nsubj:pass"), f.child(v, "xcomp")
			if s < 0 || s > v || k <= v || f.isCue(k) || f.words[f.tree.lo[k]] != "to" {
				continue // "expected gains", "is expected to endorse" is endorse's
			}
			subj, from, to = s, int(f.tree.lo[k]), int(f.tree.hi[k])
		case w == "reportedly" && f.d.Tokens[v].Dep == "advmod":
			h := f.head(v)
			if h <= v || f.isCue(h) {
				continue // "reportedly said" is said's
			}
			s := f.child(h, "nsubj", "nsubj:pass")
			if s < 0 || s > v {
				continue
			}
			// PolNeAR's first fragment runs from the subject to the cue,
			// auxiliaries included ("The firm has | reportedly | cut …")
			subj, from, to = s, v+1, int(f.tree.hi[h])
		default:
			continue
		}
		a, b := int(f.tree.lo[subj]), v-1
		if w != "reportedly" {
			b = int(f.tree.hi[subj])
		}
		a, b = f.trimContent(a, b)
		from, to = f.trimContent(from, to)
		if from < to {
			to = f.cutCoordinatedCue(from, to) // "…, which could help …"
		}
		if a > b || from > to || b >= v || from <= v || f.sentOf[a] != f.sentOf[to] {
			continue
		}
		c := cue{first: v, last: v, class: cueThink, base: w}
		for _, fr := range [2][2]int{{a, b}, {from, to}} {
			f.drafts = append(f.drafts, draft{first: fr[0], last: fr[1], span: f.tokSpan(fr[0], fr[1]),
				kind: doc.QuoteIndirect, cue: c, hasCue: true, seg: -1,
				spk: [2]int{-1, -1}, name: [2]int{-1, -1}, inherit: -1})
		}
		f.useCue(c)
	}
}
