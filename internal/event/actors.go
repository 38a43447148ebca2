package event

import "chronicle/internal/doc"

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
