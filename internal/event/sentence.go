package event

import (
	"strings"

	"chronicle/internal/doc"
)

// sentence is the view of one sentence the coder works on: local token
// indices 0..n-1 map to d.Tokens[lo+i].
type sentence struct {
	d      *doc.Document
	idx    int // index into d.Sentences
	lo, n  int
	kids   [][]int // children by local index
	parsed bool    // the sentence has dependency relations
	lemmas []string
	// deps holds each token's relation without its subtype (dep), cut
	// once here rather than at each of the many questions about it.
	deps []string
	// heads holds each token's head by local index (-1 for the root or a
	// head outside the sentence), after repair (repair.go); rels the full
	// relation, which repair may change along with deps.
	heads []int
	rels  []string
	// kidsAt and kidsAll back kids: each head's children lie together in
	// kidsAll, kidsAt[h] where h's begin (newSentence).
	kidsAt  []int
	kidsAll []int
	// cover is the document's index for covering (actors.go): per
	// token, the actors actorsCovering gives for its span; coverOf is the
	// document it was built for, coverOK false when the tokens are out of
	// order and covering scans as actorsCovering does.
	cover   [][]int32
	coverOf *doc.Document
	coverOK bool
}

// newSentence builds the view of sentence i, or reports false when its
// token range is unusable.
func newSentence(d *doc.Document, i int, buf *sentence) bool {
	s := d.Sentences[i]
	lo, hi := int(s.TokenStart), int(s.TokenEnd)
	if lo < 0 || hi > len(d.Tokens) || lo >= hi {
		return false
	}
	n := hi - lo
	buf.d, buf.idx, buf.lo, buf.n = d, i, lo, n
	if cap(buf.kids) < n {
		buf.kids = make([][]int, n)
		buf.lemmas = make([]string, n)
		buf.deps = make([]string, n)
		buf.heads = make([]int, n)
		buf.rels = make([]string, n)
	}
	buf.kids, buf.lemmas, buf.deps = buf.kids[:n], buf.lemmas[:n], buf.deps[:n]
	buf.heads, buf.rels = buf.heads[:n], buf.rels[:n]
	buf.parsed = false
	for k := range n {
		t := &d.Tokens[lo+k]
		buf.lemmas[k] = lowerLemma(d, t)
		buf.deps[k], buf.rels[k] = universal(t.Dep), t.Dep
		if t.Dep != "" {
			buf.parsed = true
		}
		buf.heads[k] = -1
		if h := int(t.Head) - lo; t.Head >= 0 && h >= 0 && h < n && h != k {
			buf.heads[k] = h
		}
	}
	buf.link()
	if buf.parsed && buf.repair() {
		buf.link()
	}
	if buf.parsed && !buf.plausible() {
		// A parse that makes a noun phrase of a clause ("Israeli aircraft
		// [bombed targets]" as one noun phrase) misplaces every argument;
		// the surface patterns do better on such a sentence.
		buf.parsed = false
	}
	return true
}

// link builds kids from heads. The children of each head, in order, are
// carved out of one array: counted first, so that no head's list grows by
// appending.
func (buf *sentence) link() {
	n := buf.n
	if cap(buf.kidsAt) < n+1 {
		buf.kidsAt = make([]int, n+1)
	}
	at := buf.kidsAt[:n+1]
	clear(at)
	for k := range n {
		if h := buf.heads[k]; h >= 0 {
			at[h+1]++
		}
	}
	for h := range n {
		at[h+1] += at[h]
	}
	if cap(buf.kidsAll) < at[n] {
		buf.kidsAll = make([]int, at[n])
	}
	all := buf.kidsAll[:at[n]]
	for h := range n {
		buf.kids[h] = all[at[h]:at[h]:at[h+1]]
	}
	for k := range n {
		if h := buf.heads[k]; h >= 0 {
			buf.kids[h] = append(buf.kids[h], k)
		}
	}
}

// plausible reports whether the parse has a clause where the tagger saw
// one: a root that is a noun, name or pronoun without a copula, in a
// sentence with a finite verb (VBD, VBZ, VBP, or a participle made the
// modifier of the noun before it), is a clause parsed as a noun phrase.
func (s *sentence) plausible() bool {
	root := -1
	for k := range s.n {
		if s.rels[k] == "root" {
			root = k
			break
		}
	}
	if root < 0 {
		return true
	}
	switch s.tok(root).POS {
	case "NOUN", "PROPN", "PRON", "NUM":
	default:
		return true
	}
	if s.child(root, "cop") >= 0 {
		return true
	}
	for k := range s.n {
		if s.tok(k).POS != "VERB" {
			continue
		}
		switch s.tok(k).Tag {
		case "VBD", "VBZ", "VBP":
			return false
		case "VBN":
			// "aircraft bombed targets" rather than "the bombed targets":
			// a participle right after a noun, made its modifier.
			if k > 0 && s.dep(k) == "amod" && (s.tok(k-1).POS == "NOUN" || s.tok(k-1).POS == "PROPN") {
				return false
			}
		}
	}
	return true
}

// lowerLemma returns the token's lemma (its text when it has none) in
// lower case, without allocating when it is lower case already.
func lowerLemma(d *doc.Document, t *doc.Token) string {
	l := t.Lemma
	if l == "" && t.Start >= 0 && t.End <= int32(len(d.Text)) && t.Start <= t.End {
		l = d.Text[t.Start:t.End]
	}
	for i := 0; i < len(l); i++ {
		if c := l[i]; c >= 'A' && c <= 'Z' || c >= 0x80 {
			return strings.ToLower(l)
		}
	}
	return l
}

func (s *sentence) tok(i int) *doc.Token { return &s.d.Tokens[s.lo+i] }

// head returns the local index of i's head, or -1 for the root (or a head
// outside the sentence).
func (s *sentence) head(i int) int {
	if uint(i) < uint(len(s.heads)) {
		return s.heads[i]
	}
	return -1
}

// dep returns i's relation without its subtype ("obl:tmod" is "obl").
func (s *sentence) dep(i int) string {
	if uint(i) < uint(len(s.deps)) {
		return s.deps[i]
	}
	return universal(s.tok(i).Dep)
}

// universal returns relation d without its subtype.
func universal(d string) string {
	if k := strings.IndexByte(d, ':'); k >= 0 {
		return d[:k]
	}
	return d
}

// child returns the first child of i whose full or universal relation is
// one of rels, or -1.
func (s *sentence) child(i int, rels ...string) int {
	for _, c := range s.kids[i] {
		full, uni := s.rels[c], s.deps[c]
		for _, r := range rels {
			if full == r || uni == r {
				return c
			}
		}
	}
	return -1
}

// marker returns the lemma of the case or mark child of i ("with" in
// "with Putin"), or "".
func (s *sentence) marker(i int) string {
	for _, c := range s.kids[i] {
		if d := s.dep(c); d == "case" || d == "mark" {
			return s.lemmas[c]
		}
	}
	return ""
}

// depth returns the number of arcs from i up to the root.
func (s *sentence) depth(i int) int {
	n := 0
	for h := s.head(i); h >= 0 && n <= s.n; h = s.head(h) {
		n++
	}
	return n
}

func (s *sentence) isVerb(i int) bool {
	t := s.tok(i)
	// A participle the tagger called an adjective ("arrested", "wounded")
	// still heads its clause.
	return t.POS == "VERB" || ((t.POS == "" || t.POS == "ADJ") && strings.HasPrefix(t.Tag, "VB"))
}

func (s *sentence) isNoun(i int) bool {
	t := s.tok(i)
	return t.POS == "NOUN" || (t.POS == "" && strings.HasPrefix(t.Tag, "NN") && !strings.HasPrefix(t.Tag, "NNP"))
}

// subtreeSpan returns the byte span from the first to the last token of
// i's subtree (bounded, so that a malformed tree cannot loop).
func (s *sentence) subtreeSpan(i int) doc.Span {
	sp := s.tok(i).Span
	stack := []int{i}
	for steps := 0; len(stack) > 0 && steps < 4*s.n; steps++ {
		k := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		t := s.tok(k)
		sp.Start, sp.End = min(sp.Start, t.Start), max(sp.End, t.End)
		stack = append(stack, s.kids[k]...)
	}
	return sp
}

// nonfinite reports whether verb i is an infinitive with "to" or a
// participle in -ing with no auxiliary: forms that cannot head a main
// clause.
func (s *sentence) nonfinite(i int) bool {
	switch s.tok(i).Tag {
	case "VB":
		return s.hasMark(i, "to")
	case "VBG":
		return s.child(i, "aux", "aux:pass", "cop") < 0
	}
	return false
}
