package quote

// tree is the dependency parse of a document in the form the dependency
// sieves walk: children lists (first child, next sibling) and the extent of
// every token's subtree. It is built once per document, in four int32
// slices sharing one allocation, and only when the parse is present.
type tree struct {
	first, next []int32 // first child and next sibling, -1 when none; children in text order
	lo, hi      []int32 // first and last token of the subtree, inclusive
}

// newTree builds the tree of d's tokens. Heads outside the document or in
// another sentence are treated as roots, so a broken parse cannot make a
// walk leave its sentence or loop.
func (f *finder) newTree() *tree {
	n := len(f.d.Tokens)
	buf := make([]int32, 4*n)
	t := &tree{first: buf[:n], next: buf[n : 2*n], lo: buf[2*n : 3*n], hi: buf[3*n:]}
	for i := range n {
		t.first[i], t.next[i] = -1, -1
		t.lo[i], t.hi[i] = int32(i), int32(i)
	}
	for j := n - 1; j >= 0; j-- {
		h := f.head(j)
		if h < 0 {
			continue
		}
		t.next[j] = t.first[h]
		t.first[h] = int32(j)
	}
	for j := range n {
		// walk up from j, widening each ancestor's extent; a sentence is
		// short, and the step bound guards against cycles
		h := f.head(j)
		for steps := 0; h >= 0 && steps < 64; steps++ {
			if int32(j) < t.lo[h] {
				t.lo[h] = int32(j)
			}
			if int32(j) > t.hi[h] {
				t.hi[h] = int32(j)
			}
			h = f.head(h)
		}
	}
	return t
}

// head returns the head of token i, or -1 for a root, an unparsed token or
// a head outside i's sentence. The sieves ask it at every step of every
// walk up or down the parse (newTree alone at every step from each token
// to its root), so newFinder works it out once per token (headOf).
func (f *finder) head(i int) int { return int(f.heads[i]) }

// headOf is head, worked out from the token.
func (f *finder) headOf(i int) int {
	h := int(f.d.Tokens[i].Head)
	if h < 0 || h >= len(f.d.Tokens) || h == i || f.d.Tokens[i].Dep == "" || f.sentOf[h] != f.sentOf[i] {
		return -1
	}
	return h
}

// child returns the first child of v whose relation is one of rels (an
// exact label or, for "nsubj", also its subtypes as "nsubj:x"), or -1.
func (f *finder) child(v int, rels ...string) int {
	for c := f.tree.first[v]; c >= 0; c = f.tree.next[c] {
		dep := f.d.Tokens[c].Dep
		for _, r := range rels {
			if dep == r {
				return int(c)
			}
		}
	}
	return -1
}

// childAfter returns the next child of v after child k with relation
// rel, or -1.
func (f *finder) childAfter(v, k int, rel string) int {
	for c := f.tree.next[k]; c >= 0; c = f.tree.next[c] {
		if f.d.Tokens[c].Dep == rel {
			return int(c)
		}
	}
	return -1
}

// depWider reports whether the parse makes quote segment s only a part of
// the content of cue verb v: a complement of v that holds the segment and
// reaches past it ("Trump said that “ethanol people” do a fantastic job"),
// or, for a segment before the cue, a complement after it ("“Sunday Morning
// Futures,” Issa said Clinton's judgment is in question"). The segment
// then becomes a partial quote inside the reported content.
func (f *finder) depWider(v int, s segment) bool {
	if f.tree == nil || f.d.Tokens[v].Dep == "" {
		return false
	}
	end := s.last
	if s.close >= 0 {
		end = s.close
	}
	for c := f.tree.first[v]; c >= 0; c = f.tree.next[c] {
		switch f.d.Tokens[c].Dep {
		case "ccomp", "xcomp", "obj":
		default:
			continue
		}
		lo, hi := int(f.tree.lo[c]), int(f.tree.hi[c])
		if v < s.open && lo > v {
			if lo <= s.open && hi > end && f.contentAfterEnd(end, hi) {
				return true
			}
		} else if v > end && lo > v && f.d.Tokens[c].Dep == "ccomp" && !adverbialMarks[f.words[lo]] && !f.setOff(v, lo+1) && !f.invertedSubject(int(c)) && !f.onlyPunct(end+1, v-1) &&
			f.child(int(c), "nsubj", "nsubj:pass", "expl") >= 0 {
			// a that-less complement with a subject of its own; a cue
			// right after the quotation is the quotation's whatever the
			// parse made of the words after ("…,” said Robin Lee, half
			// joking), and "… said in an interview aired Monday" is no
			// complement but a phrase the parse misread
			return true
		}
	}
	return false
}

// contentAfterEnd reports whether tokens (end, hi] hold more than
// punctuation.
func (f *finder) contentAfterEnd(end, hi int) bool {
	for k := end + 1; k <= hi; k++ {
		if !isEdgePunct(f.words[k]) && f.marks[k] == markNone {
			return true
		}
	}
	return false
}

// invertedSubject reports whether the "complement" c of a cue after a
// quotation is the cue's inverted subject that the parser misread ("…,”
// said Ann Lee, an analyst"): a noun or name heading no clause.
func (f *finder) invertedSubject(c int) bool {
	switch f.d.Tokens[c].POS {
	case "PROPN", "NOUN", "PRON":
		return f.child(c, "nsubj", "cop", "nsubj:pass") < 0
	}
	return false
}
