package coref

import (
	"strings"

	"chronicle/internal/doc"
)

// itsKinds are the actor kinds an "its" may stand for.
const itsKinds = "organisation country place group"

// its links "its" outside quotations to the organisation, country or
// place it most likely stands for: the subject of the nearest clause
// above it that does not hold it ("NASA tweeted support via its
// account", "Albania is reinforcing its border management"), when that
// subject is such an actor and singular; or, in a clause with no
// subject, the last such actor named before it in its sentence ("Thank
// you to the Caucus and its Chair"). A clause whose subject is something
// else ("the plant directs its energy") leaves it alone: most "its" in
// GUM are things. On GUM train this links 34 "its", 26 of them right
// (CoNLL F1 0.3574 → 0.3591); the most salient organisation or place
// for every "its" without an actor subject gained more (0.3596) but was
// right only 96 times in 185, and a plural subject ("interest groups")
// or the object of "induced Russia to extend its" added errors.
//
// "it" is not linked: as the subject of what an organisation or country
// said ("North Korea stated it would attack") it gained 0.0001 at
// barely one right link in three on GUM train, and the event stage
// already reads such an "it" as the speaker it follows.
func (r *resolver) its() {
	for t := range r.d.Tokens {
		if w := r.word(t); len(w) != 3 || !strings.EqualFold(w, "its") {
			continue
		}
		s := r.d.Tokens[t].Span
		if r.known[s] || r.inQuote(s) {
			continue
		}
		a, subj := r.clauseSubject(t)
		if subj < 0 {
			a = r.lastInSentence(t)
		}
		if a >= 0 {
			r.link(s, a)
		}
	}
}

// clauseSubject returns the subject of the nearest clause above token t
// whose subject does not hold t, or -1 when there is none, and its
// actor when that is a singular actor of itsKinds, else -1.
func (r *resolver) clauseSubject(t int) (actor int32, subj int) {
	v := int(r.d.Tokens[t].Head)
	for hops := 0; v >= 0 && v < len(r.d.Tokens) && hops < 12; hops++ {
		for _, c := range r.tr.children(v) {
			if dep := r.d.Tokens[c].Dep; dep != "nsubj" && dep != "nsubj:pass" {
				continue
			}
			if lo, hi := r.tr.extent(int(c)); lo <= t && t <= hi {
				continue // "its" inside the subject: "Its army said"
			}
			if a := r.owner[c]; a >= 0 && hasWord(itsKinds, r.d.Actors[a].Kind) && !r.plural(int(c)) {
				return a, int(c)
			}
			return -1, int(c)
		}
		v = int(r.d.Tokens[v].Head)
	}
	return -1, -1
}

// lastInSentence returns the singular actor of itsKinds with the last
// mention before token t in t's sentence, outside quotations, or -1.
func (r *resolver) lastInSentence(t int) int32 {
	at := r.d.Tokens[t].Start
	best, bestEnd := int32(-1), int32(-1)
	for ai, a := range r.d.Actors {
		if !hasWord(itsKinds, a.Kind) {
			continue
		}
		for _, ms := range [2][]doc.Span{a.Mentions, r.added[ai]} {
			for _, m := range ms {
				if m.End > at || m.End <= bestEnd || r.inQuote(m) {
					continue
				}
				if mt := r.tokenAt(m.Start); mt < 0 || r.sentOf[mt] != r.sentOf[t] {
					continue
				}
				if h := r.headOf(m); h >= 0 && r.plural(h) {
					continue
				}
				best, bestEnd = int32(ai), m.End
			}
		}
	}
	return best
}
