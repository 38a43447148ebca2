package actor

import "chronicle/internal/doc"

// ActorAt returns the index into d.Actors of the actor that the byte span
// s refers to, or -1. It prefers a mention equal to s, then the shortest
// mention containing s, then the longest mention inside s, then the
// mention overlapping s most. The quote and event stages call it with a
// speaker or argument span once the actor stage has run.
func ActorAt(d *doc.Document, s doc.Span) int32 {
	best, bestRank, bestLen := int32(-1), 0, 0
	for i, a := range d.Actors {
		for _, m := range a.Mentions {
			rank, l := 0, 0
			switch {
			case m == s:
				return int32(i)
			case m.Contains(s):
				rank, l = 3, -m.Len()
			case s.Contains(m):
				rank, l = 2, m.Len()
			case m.Overlaps(s):
				rank, l = 1, int(min(m.End, s.End)-max(m.Start, s.Start))
			default:
				continue
			}
			if rank > bestRank || (rank == bestRank && l > bestLen) {
				best, bestRank, bestLen = int32(i), rank, l
			}
		}
	}
	return best
}

// ActorAtTokens is ActorAt for the tokens d.Tokens[first:last]. It returns
// -1 when the range is empty or out of bounds.
func ActorAtTokens(d *doc.Document, first, last int) int32 {
	if first < 0 || last > len(d.Tokens) || first >= last {
		return -1
	}
	return ActorAt(d, doc.Span{Start: d.Tokens[first].Start, End: d.Tokens[last-1].End})
}

// ActorsAt returns the indices of every actor with a mention overlapping
// s, in actor order: "US and European officials" is two group actors
// with the same mention.
func ActorsAt(d *doc.Document, s doc.Span) []int32 {
	var out []int32
	for i, a := range d.Actors {
		for _, m := range a.Mentions {
			if m.Overlaps(s) || m == s {
				out = append(out, int32(i))
				break
			}
		}
	}
	return out
}
