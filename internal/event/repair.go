package event

import (
	"slices"

	"chronicle/internal/doc"
)

// Repairs of attachments that parsers disagree on, made once per sentence
// on the coder's view (heads, deps, rels) so that every question asked
// of the tree later sees one reading, whichever the parser chose. The
// document's tokens are left as the parser made them.
//
//   - A gerund of means or time ("by seeking", "without consulting",
//     "after meeting") hung on a noun is a clause of the verb that
//     governs that noun: "Spain raised hackles among NATO allies by
//     seeking an exemption" is Spain's seeking, not the allies'. A noun
//     takes no such clause.
//   - A participle with an object of its own after a comma, hung on a
//     noun, is the next verb of a list of acts: "Gore ridiculed Dole's
//     defense of the industry, praised Clinton" (a passive participle
//     that modifies a noun takes no object).
//   - A clause opened by a relative word after a comma (", where 19
//     airmen were killed", ", who arrived on Sunday") made a parataxis or
//     conjunct of the sentence's verb is a relative clause of the noun
//     before the comma: no clause of its own.
//   - A date made a verb's object ("to strike September 3") is when,
//     not what: an obl:tmod. A verb whose trigger depends on its object
//     ("strike" a target, or "strike" as labour) must not take the date
//     for one.
//   - The infinitive of a verb of object control ("urged Iran to
//     release") is its xcomp, whether the parse made it an adverbial
//     clause of the verb or a clause of the object: the object does
//     the act, and the act is the one asked for, not a purpose.

// meansMarks introduce an adverbial gerund: "by seeking", "without
// consulting".
var meansMarks = []string{"by", "without", "after", "before", "upon", "while"}

// repair rewrites the attachments above and reports whether any head
// changed (so that kids must be rebuilt).
func (s *sentence) repair() bool {
	moved := false
	for k := range s.n {
		switch s.deps[k] {
		case "acl":
			if v := s.meansGovernor(k); v >= 0 {
				s.heads[k], s.deps[k], s.rels[k] = v, "advcl", "advcl"
				moved = true
			} else if v := s.listedVerb(k); v >= 0 {
				s.heads[k], s.deps[k], s.rels[k] = v, "conj", "conj"
				moved = true
			} else if v := s.controlOfObject(k); v >= 0 {
				s.heads[k], s.deps[k], s.rels[k] = v, "xcomp", "xcomp"
				moved = true
			}
		case "obj":
			if s.dateWord(k) {
				s.deps[k], s.rels[k] = "obl", "obl:tmod"
			}
		case "parataxis", "conj":
			if n := s.relativeOf(k); n >= 0 {
				s.heads[k], s.deps[k], s.rels[k] = n, "acl", "acl:relcl"
				moved = true
			}
		case "advcl":
			if s.controlledClause(k) {
				s.deps[k], s.rels[k] = "xcomp", "xcomp"
			}
		}
	}
	return moved
}

// meansGovernor returns the verb that governs the noun on which gerund k
// with a mark of means or time hangs, or -1.
func (s *sentence) meansGovernor(k int) int {
	if s.tok(k).Tag != "VBG" || s.child(k, "nsubj", "nsubj:pass") >= 0 {
		return -1
	}
	mark := false
	for _, c := range s.kids[k] {
		if s.deps[c] == "mark" && c < k && slices.Contains(meansMarks, s.lemmas[c]) {
			mark = true
		}
	}
	g := s.heads[k]
	if !mark || g < 0 || s.isVerb(g) {
		return -1
	}
	for hops := 0; g >= 0 && hops < 4; hops++ {
		if s.isVerb(g) {
			return g
		}
		switch s.deps[g] {
		case "obj", "obl", "nmod", "iobj", "conj", "appos", "compound":
		default:
			return -1
		}
		g = s.heads[g]
	}
	return -1
}

// controlOfObject returns the verb of object control whose object (or
// "called on" oblique) is the noun that infinitive k without a subject of
// its own hangs on, or -1: "urged Iran [to release]". The object must
// name someone who can act (a name, a pronoun or an actor's mention):
// "called a meeting to discuss" is a purpose.
func (s *sentence) controlOfObject(k int) int {
	o := s.heads[k]
	if o < 0 || !s.isVerb(k) || !s.hasMark(k, "to") || s.child(k, "nsubj", "nsubj:pass") >= 0 {
		return -1
	}
	v := s.heads[o]
	if v < 0 || v > o || !s.isVerb(v) || !slices.Contains(objectControl, s.lemmas[v]) {
		return -1
	}
	switch s.deps[o] {
	case "obj", "iobj":
	case "obl":
		if m := s.marker(o); !(m == "on" && s.lemmas[v] == "call" || m == "to" && s.lemmas[v] == "appeal") {
			return -1
		}
	default:
		return -1
	}
	if p := s.tok(o).POS; p != "PROPN" && p != "PRON" && len(s.covering(o, nil)) == 0 {
		return -1
	}
	return v
}

// controlledClause reports whether adverbial infinitive k is rather the
// complement of the verb of object control it hangs on: "urged Iran to
// release" with the object between the verb and the infinitive.
func (s *sentence) controlledClause(k int) bool {
	v := s.heads[k]
	if v < 0 || v > k || !s.isVerb(k) || !slices.Contains(objectControl, s.lemmas[v]) ||
		!s.hasMark(k, "to") || s.child(k, "nsubj", "nsubj:pass") >= 0 {
		return false
	}
	for _, c := range s.kids[v] {
		if d := s.deps[c]; c > v && c < k && (d == "obj" || d == "iobj" ||
			d == "obl" && (s.marker(c) == "on" && s.lemmas[v] == "call" || s.marker(c) == "to" && s.lemmas[v] == "appeal")) {
			return true
		}
	}
	return false
}

// listedVerb returns the verb that governs the noun on which participle k
// hangs, when k has an object and no subject or auxiliary of its own and
// follows a comma: k is that verb's conjunct. Else -1.
func (s *sentence) listedVerb(k int) int {
	if t := s.tok(k).Tag; t != "VBN" && t != "VBD" || k == 0 || s.lemmas[k-1] != "," {
		return -1
	}
	if s.child(k, "obj") < 0 || s.child(k, "nsubj", "nsubj:pass", "aux", "aux:pass", "mark") >= 0 {
		return -1
	}
	g := s.heads[k]
	if g < 0 || s.isVerb(g) {
		return -1
	}
	for hops := 0; g >= 0 && hops < 4; hops++ {
		if s.isVerb(g) {
			return g
		}
		switch s.deps[g] {
		case "obj", "obl", "nmod", "conj", "appos", "compound":
		default:
			return -1
		}
		g = s.heads[g]
	}
	return -1
}

// relativeWords open a relative clause.
var relativeWords = []string{"where", "who", "whom", "whose", "which"}

// relativeOf returns the noun right before the comma that opens verb k's
// clause with a relative word, or -1.
func (s *sentence) relativeOf(k int) int {
	if !s.isVerb(k) {
		return -1
	}
	first := k
	for _, c := range s.kids[k] {
		if c < first && s.tok(c).POS != "PUNCT" {
			first = c
		}
	}
	if first == k || first < 2 || s.lemmas[first-1] != "," || !slices.Contains(relativeWords, s.lemmas[first]) {
		return -1
	}
	switch t := s.tok(first).Tag; t {
	case "WRB", "WP", "WDT", "WP$":
	default:
		return -1
	}
	n := first - 2
	if p := s.tok(n).POS; p != "NOUN" && p != "PROPN" {
		return -1
	}
	// The noun must lie outside the clause, on the way up from k: else
	// the repair would make a cycle.
	for g, hops := n, 0; g >= 0 && hops < s.n; g, hops = s.heads[g], hops+1 {
		if g == k {
			return -1
		}
	}
	return n
}

// dateWord reports whether token k lies inside a date or time expression
// of the dates layer ("September 3", "Monday").
func (s *sentence) dateWord(k int) bool {
	sp := s.tok(k).Span
	for _, dt := range s.d.Dates {
		if (dt.Type == doc.DateDate || dt.Type == doc.DateTime) && dt.Span.Contains(sp) {
			return true
		}
	}
	return false
}
