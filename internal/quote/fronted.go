package quote

// A sentence may open with a phrase set off by a comma that is no part of
// what its cue reports: a time ("These days, many residents worry about
// the cost"), an adverbial clause ("When pressed by reporters, the mayor
// did apologize to the council"). The shape is that of a content before
// its cue ("Prices will rise, economists warn"), and the sieves took the
// opening phrase for the content.

// frontedAdverbial reports whether first..last, a content read before
// its cue and set off from the cue's subject by a comma, is an opening
// adverbial rather than a clause reported: a phrase without a verb, or a
// single clause led by a subordinating conjunction ("when", "after",
// "if", …) with no comma inside it.
func (f *finder) frontedAdverbial(first, last int) bool {
	if f.hasPOS && !f.hasVerb(first, last) {
		return true
	}
	if !openingMarks[f.words[first]] {
		return false
	}
	for k := first + 1; k <= last; k++ {
		if f.words[k] == "," || f.words[k] == ";" || f.marks[k] != markNone {
			return false
		}
	}
	return true
}

// openingMarks are the subordinating conjunctions that open an adverbial
// clause before the main one.
var openingMarks = toSet("when whenever after before if unless while although though because since once until as")
