package coref

import "chronicle/internal/doc"

// tree gives the dependency parse as child lists and subtree extents, so
// that a description's whole noun phrase ("the head of the Spanish
// delegation") can be taken from its head noun. GUM's mentions, like
// readers', are whole phrases; a head alone matches only a phrase that
// ends on it.
type tree struct {
	toks   []doc.Token
	first  []int32 // children of t are kids[first[t]:first[t+1]]
	kids   []int32
	lo, hi []int32 // subtree of t covers tokens [lo[t], hi[t]]; lo[t] < 0 until extent(t)
}

// newTree builds the tree of d's tokens; with no parse every token is a
// leaf.
func newTree(toks []doc.Token) *tree {
	n := len(toks)
	buf := make([]int32, 4*n+1) // one allocation: first, kids, lo, hi
	tr := &tree{toks: toks, first: buf[:n+1], kids: buf[n+1 : n+1 : 2*n+1], lo: buf[2*n+1 : 3*n+1], hi: buf[3*n+1:]}
	for t := range toks {
		if h := toks[t].Head; h >= 0 && int(h) < n && int(h) != t {
			tr.first[h+1]++
		}
	}
	for t := 1; t <= n; t++ {
		tr.first[t] += tr.first[t-1]
	}
	tr.kids = tr.kids[:tr.first[n]]
	fill := tr.hi // scratch until the extents are needed
	copy(fill, tr.first[:n])
	for t := range toks {
		if h := toks[t].Head; h >= 0 && int(h) < n && int(h) != t {
			tr.kids[fill[h]] = int32(t)
			fill[h]++
		}
	}
	for t := range toks {
		tr.lo[t] = -1
	}
	return tr
}

// extent returns the first and last token of t's subtree, computed on
// first use: the stage needs it for a few heads only. A token is marked
// before its children are visited, so a cyclic parse ends the walk.
func (tr *tree) extent(t int) (int, int) {
	if tr.lo[t] < 0 {
		tr.lo[t], tr.hi[t] = int32(t), int32(t)
		lo, hi := t, t
		for _, c := range tr.children(t) {
			a, b := tr.extent(int(c))
			lo, hi = min(lo, a), max(hi, b)
		}
		tr.lo[t], tr.hi[t] = int32(lo), int32(hi)
	}
	return int(tr.lo[t]), int(tr.hi[t])
}

func (tr *tree) children(t int) []int32 { return tr.kids[tr.first[t]:tr.first[t+1]] }

// child returns t's first child with relation dep, or -1.
func (tr *tree) child(t int, dep string) int {
	for _, c := range tr.children(t) {
		if tr.toks[c].Dep == dep {
			return int(c)
		}
	}
	return -1
}

// outsideNP are the relations of a noun's dependents that are not part of
// its noun phrase: a predicate noun's subject, copula and adverbs, and
// clause-level attachments, coordination and appositions (their own
// mentions).
var outsideNP = map[string]bool{"nsubj": true, "nsubj:pass": true, "csubj": true, "cop": true, "aux": true,
	"aux:pass": true, "punct": true, "cc": true, "conj": true, "mark": true, "advmod": true, "parataxis": true,
	"advcl": true, "obl": true, "obl:tmod": true, "obl:npmod": true, "discourse": true, "expl": true,
	"vocative": true, "ccomp": true, "xcomp": true, "appos": true, "dep": true, "list": true, "reparandum": true}

// np returns the tokens [a, b] of the noun phrase headed by t: t with the
// subtrees of its dependents that belong to the phrase, less punctuation
// at either edge. ok is false when the phrase is not contiguous.
func (tr *tree) np(t int) (a, b int, ok bool) {
	a, b = t, t
	for _, c := range tr.children(t) {
		if outsideNP[tr.toks[c].Dep] || tr.toks[c].Dep == "case" && int(c) < t {
			continue // a preposition before the noun is not part of the phrase
		}
		l, h := tr.extent(int(c))
		a, b = min(a, l), max(b, h)
	}
	for a < t && tr.toks[a].POS == "PUNCT" {
		a++
	}
	for b > t && tr.toks[b].POS == "PUNCT" {
		b--
	}
	// A dependent left out inside [a, b] ("the minister, who …, said")
	// would make a phrase the reader never sees.
	for _, c := range tr.children(t) {
		if (outsideNP[tr.toks[c].Dep] || tr.toks[c].Dep == "case") && tr.toks[c].POS != "PUNCT" && int(c) > a && int(c) < b {
			return 0, 0, false
		}
	}
	return a, b, true
}
