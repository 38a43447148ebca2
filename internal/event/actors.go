package event

import (
	"cmp"
	"slices"
	"strings"

	"chronicle/internal/doc"
)

// actorsCovering returns the actors whose smallest mention covering the
// byte span sp is the smallest of all; several when actors share that
// mention ("US and European officials" is two group actors).
func actorsCovering(d *doc.Document, sp doc.Span, dst []int32) []int32 {
	best := int32(-1)
	start := len(dst)
	for a := range d.Actors {
		for _, m := range d.Actors[a].Mentions {
			if !m.Contains(sp) {
				continue
			}
			l := m.End - m.Start
			switch {
			case best < 0 || l < best:
				best = l
				dst = append(dst[:start], int32(a))
			case l == best && dst[len(dst)-1] != int32(a):
				dst = append(dst, int32(a))
			}
		}
	}
	return dst
}

// covering appends to dst what actorsCovering appends for the span of
// token k of the sentence. The stage asks that of token after token, and
// each answer was a scan of every mention of every actor; the answers for
// all the document's tokens are worked out together at the first call
// (buildCover), in the scan's order, so that they are the same.
func (s *sentence) covering(k int, dst []int32) []int32 {
	if s.coverOf != s.d {
		s.buildCover()
	}
	t := s.lo + k
	if !s.coverOK {
		return actorsCovering(s.d, s.d.Tokens[t].Span, dst)
	}
	return append(dst, s.cover[t]...)
}

// buildCover fills s.cover for s.d: for each actor in order and each of
// its mentions in order, the tokens the mention contains get the update
// actorsCovering makes when it meets that mention for their span. It
// needs the tokens in order of their starts and none ending before it
// starts (as Validate wants them), else it leaves coverOK false.
func (s *sentence) buildCover() {
	d := s.d
	s.coverOf, s.coverOK = d, false
	toks := d.Tokens
	for i := range toks {
		if toks[i].End < toks[i].Start || i > 0 && toks[i].Start < toks[i-1].Start {
			return
		}
	}
	n := len(toks)
	s.cover = make([][]int32, n)
	best := make([]int32, n)
	for i := range best {
		best[i] = -1
	}
	for a := range d.Actors {
		for _, m := range d.Actors[a].Mentions {
			l := m.End - m.Start
			// The tokens m can contain start in [m.Start, m.End].
			t, _ := slices.BinarySearchFunc(toks, m.Start, func(x doc.Token, off int32) int { return cmp.Compare(x.Start, off) })
			for ; t < n && toks[t].Start <= m.End; t++ {
				if !m.Contains(toks[t].Span) {
					continue
				}
				c := s.cover[t]
				switch {
				case best[t] < 0 || l < best[t]:
					best[t] = l
					s.cover[t] = append(c[:0], int32(a))
				case l == best[t] && c[len(c)-1] != int32(a):
					s.cover[t] = append(c, int32(a))
				}
			}
		}
	}
	s.coverOK = true
}

// actorBefore returns the actor with the last mention that ends at or
// before off, or -1: of kind person when person is set (the antecedent a
// he or she most likely has in news prose), else of any other kind but
// place (for it and they). Actors of no country or code are passed over:
// the quote stage makes speakers of "which" and "the official".
func actorBefore(d *doc.Document, off int32, person bool) int32 {
	best, bestEnd := int32(-1), int32(-1)
	for a := range d.Actors {
		k := d.Actors[a].Kind
		if (k == "person") != person || k == "place" || (d.Actors[a].Country == "" && d.Actors[a].Code == "") {
			continue
		}
		for _, m := range d.Actors[a].Mentions {
			if m.End <= off && m.End > bestEnd && m.Len() >= 2 {
				best, bestEnd = int32(a), m.End
			}
		}
	}
	return best
}

// entityAt returns the index of the entity covering sp, or -1.
func entityAt(d *doc.Document, sp doc.Span) int {
	for i := range d.Entities {
		if d.Entities[i].Contains(sp) {
			return i
		}
	}
	return -1
}

// possessiveMention reports whether mention m is a possessive pronoun
// ("its", "their", "his"), which the coreference stage links to the actor
// it stands for. Read from the text around a trigger it names what the
// actor owns, not a party the act is on: "Ethiopia agreed to re-open its
// borders to UN peacekeepers" has the peacekeepers as its target, and
// "its" is most often the doer itself.
func possessiveMention(d *doc.Document, m doc.Span) bool {
	if !possessiveWord(d.Slice(m)) {
		return false
	}
	i, ok := slices.BinarySearchFunc(d.Tokens, m.Start, func(t doc.Token, off int32) int { return int(t.Start - off) })
	if !ok {
		return false
	}
	t := &d.Tokens[i]
	return t.Tag == "PRP$" || t.Dep == "nmod:poss"
}

// possessiveWord reports whether w is a possessive pronoun's form (or
// "her", which may be one), by its length first and without allocating:
// the stage asks it of every mention it reads from the text.
func possessiveWord(w string) bool {
	switch len(w) {
	case 2:
		return strings.EqualFold(w, "my")
	case 3:
		return strings.EqualFold(w, "its") || strings.EqualFold(w, "his") || strings.EqualFold(w, "her") || strings.EqualFold(w, "our")
	case 4:
		return strings.EqualFold(w, "your")
	case 5:
		return strings.EqualFold(w, "their")
	}
	return false
}
