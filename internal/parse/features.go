package parse

import (
	"slices"

	"chronicle/internal/model/hashkey"
)

// Feature templates in the style of Zhang & Nivre (2011), adapted to the
// arc-hybrid system: in it a word gains left dependents while it is the
// front of the buffer (b0) and right dependents while it is on the stack, so
// the templates look at the left children of b0, both sides of s0 and the
// right children of s1. "p" is the Penn tag (finer than UPOS and better for
// English attachment), "u" the universal tag, "w" the normalised word, "l"
// an arc label, "d" a distance bucket, "v" a valency and "L" a label set.
// "x" (the last three bytes of the normalised word) and "h" (the shape of
// the raw word: capitals, digits, hyphens) do not depend on the tagger, so
// that a mistagged word still has something to attach by. They are the
// shape features of format 3 models (TrainOptions.ShapeFeatures): trained
// on jackknifed tags, they were worth +0.3 LAS on EWT dev with the tagger's
// tags after five epochs (82.33 against 82.03, measured).

// sentAtoms holds the per-word atoms of one sentence, hashed once: index 0
// is the root, 1..n the words and n+1 the "none" sentinel.
type sentAtoms struct {
	w, p, u, x, h, c, k []uint64
	// clus maps a word's clusterKey to its cluster (1..k); nil for a
	// model without cluster features, whose atoms c stay unset.
	clus map[uint32]uint16
	// amb maps a word's clusterKey to its tag class (the set of Penn
	// tags it took in training, 1..n); nil for a model without tag-class
	// features, whose atoms k stay unset.
	amb map[uint32]uint16
}

// Sentinel atoms for the root and for absent positions.
var (
	rootW, rootP, rootU = hashkey.String("<root-w>"), hashkey.String("<root-p>"), hashkey.String("<root-u>")
	noneW, noneP, noneU = hashkey.String("<none-w>"), hashkey.String("<none-p>"), hashkey.String("<none-u>")
	rootX, noneX        = hashkey.String("<root-x>"), hashkey.String("<none-x>")
	rootH, noneH        = hashkey.String("<root-h>"), hashkey.String("<none-h>")
	rootC, noneC        = hashkey.String("<root-c>"), hashkey.String("<none-c>")
	rootK, noneK        = hashkey.String("<root-k>"), hashkey.String("<none-k>")
)

// clusterKey is the key of a word's cluster: its word atom folded to 32
// bits (words that fold together share a cluster, which is harmless).
func clusterKey(w uint64) uint32 { return uint32(w) ^ uint32(w>>32) }

// prepare fills the atoms for words with tags; buf is scratch space that is
// returned grown.
func (a *sentAtoms) prepare(words, upos, xpos []string, buf []byte) []byte {
	n := len(words)
	a.w = grow64(a.w, n+2)
	a.p = grow64(a.p, n+2)
	a.u = grow64(a.u, n+2)
	a.x = grow64(a.x, n+2)
	a.h = grow64(a.h, n+2)
	a.w[0], a.p[0], a.u[0], a.x[0], a.h[0] = rootW, rootP, rootU, rootX, rootH
	a.w[n+1], a.p[n+1], a.u[n+1], a.x[n+1], a.h[n+1] = noneW, noneP, noneU, noneX, noneH
	for i, w := range words {
		buf = appendWordForm(buf[:0], w)
		a.w[i+1] = hashkey.Bytes(buf)
		a.x[i+1] = hashkey.Bytes(buf[max(0, len(buf)-3):]) ^ 0x78
		a.h[i+1] = wordShape(w)
		a.p[i+1] = hashkey.String(xpos[i]) ^ 0x70
		a.u[i+1] = hashkey.String(upos[i]) ^ 0x75
	}
	if a.clus != nil {
		a.c = grow64(a.c, n+2)
		a.c[0], a.c[n+1] = rootC, noneC
		for i := 1; i <= n; i++ {
			// Cluster 0 (a word seen too rarely to have one) is an atom
			// of its own too.
			a.c[i] = uint64(a.clus[clusterKey(a.w[i])]) + 0x6300
		}
	}
	if a.amb != nil {
		a.k = grow64(a.k, n+2)
		a.k[0], a.k[n+1] = rootK, noneK
		for i := 1; i <= n; i++ {
			// Class 0 (a word seen too rarely, or always with one
			// tag) is an atom of its own too.
			a.k[i] = uint64(a.amb[clusterKey(a.w[i])]) + 0x6b00
		}
	}
	return buf
}

// wordShape returns a small number for the shape of w: whether it starts
// with a capital, is all capitals, has digits, letters, a hyphen or only
// punctuation. It reads bytes, so non-ASCII letters count as neither.
func wordShape(w string) uint64 {
	var upper, lower, digit, hyphen, other bool
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case 'A' <= c && c <= 'Z':
			upper = true
		case 'a' <= c && c <= 'z':
			lower = true
		case '0' <= c && c <= '9':
			digit = true
		case c == '-':
			hyphen = true
		default:
			other = true
		}
	}
	var s uint64
	if len(w) > 0 && 'A' <= w[0] && w[0] <= 'Z' {
		s |= 1
	}
	for i, b := range []bool{upper && !lower, lower, digit, hyphen, other && !upper && !lower && !digit} {
		if b {
			s |= 2 << i
		}
	}
	return s + 0x5a00
}

func grow64(a []uint64, m int) []uint64 {
	if cap(a) < m {
		return make([]uint64, m)
	}
	return a[:m]
}

// distBucket maps a distance in words to a small number.
func distBucket(d int32) uint64 {
	switch {
	case d < 0:
		return 0
	case d <= 5:
		return uint64(d)
	case d <= 9:
		return 6
	default:
		return 7
	}
}

// f1 .. f4 set out[t] to the key of template t over one to four atoms.
// Called with constant template numbers, they inline to a few
// multiplications and a store.
func f1(out *featKeys, t int, x uint64) {
	out[t] = hashkey.Step(tmpl(t), x)
}

func f2(out *featKeys, t int, x, y uint64) {
	out[t] = hashkey.Step(hashkey.Step(tmpl(t), x), y)
}

func f3(out *featKeys, t int, x, y, z uint64) {
	out[t] = hashkey.Step(hashkey.Step(hashkey.Step(tmpl(t), x), y), z)
}

func f4(out *featKeys, t int, x, y, z, v uint64) {
	out[t] = hashkey.Step(hashkey.Step(hashkey.Step(hashkey.Step(tmpl(t), x), y), z), v)
}

// numTemplates is the most features extract appends: numBaseTemplates, 13
// more with shape features, 10 more with clusters and numTagClassTemplates
// more with tag classes.
const (
	numTagClassTemplates = 8
	numClusterTemplates  = 108
	numTemplates         = numClusterTemplates + numTagClassTemplates
	numShapeTemplates    = 98
	numBaseTemplates     = 85
)

// featKeys holds the feature keys of one configuration, out[t] the key of
// template t. It is a power of two long, so that a template number masked
// with numTemplates1 indexes it without a bounds check.
type featKeys [numTemplates1 + 1]uint64

// extract appends the feature keys of configuration s to dst, in template
// order; shape adds the suffix and shape templates.
func extract(dst []uint64, s *state, a *sentAtoms, shape bool) []uint64 {
	var out featKeys
	n := extractInto(&out, s, a, shape)
	return append(dst, out[:n]...)
}

// extractInto sets out[t] to the key of template t for configuration s and
// returns the number of templates of the model's feature set.
func extractInto(out *featKeys, s *state, a *sentAtoms, shape bool) int {
	nn := int32(s.n + 1)
	ix := func(i int32) int32 {
		if i < 0 {
			return nn
		}
		return i
	}
	lab := func(i int32) uint64 {
		if i < 0 {
			return 0xff
		}
		return uint64(s.label[i]) + 1
	}
	child := func(c []int32, i int32) int32 {
		if i < 0 {
			return none
		}
		return c[i]
	}
	S0, S1, S2 := s.si(0), s.si(1), s.si(2)
	B0, B1, B2, B3 := s.bi(0), s.bi(1), s.bi(2), s.bi(3)
	s0, s1, s2 := ix(S0), ix(S1), ix(S2)
	b0, b1, b2, b3 := ix(B0), ix(B1), ix(B2), ix(B3)
	S0l1, S0l2, S0r1, S0r2 := child(s.l1, S0), child(s.l2, S0), child(s.r1, S0), child(s.r2, S0)
	S1r1, S1r2, S1l1 := child(s.r1, S1), child(s.r2, S1), child(s.l1, S1)
	B0l1, B0l2 := child(s.l1, B0), child(s.l2, B0)
	s0l1, s0l2, s0r1, s0r2 := ix(S0l1), ix(S0l2), ix(S0r1), ix(S0r2)
	s1r1, s1r2, s1l1 := ix(S1r1), ix(S1r2), ix(S1l1)
	b0l1, b0l2 := ix(B0l1), ix(B0l2)

	W, P, U, X, H := a.w, a.p, a.u, a.x, a.h
	s0w, s0p, s1w, s1p, s2p := W[s0], P[s0], W[s1], P[s1], P[s2]
	b0w, b0p, b1w, b1p, b2w, b2p, b3p := W[b0], P[b0], W[b1], P[b1], W[b2], P[b2], P[b3]

	var d, d1 uint64 = 0xdd, 0xdd
	if S0 >= 0 && B0 >= 0 {
		d = distBucket(B0 - S0)
	}
	if S0 >= 0 && S1 >= 0 {
		d1 = distBucket(S0 - S1)
	}
	var s0vl, s0vr, b0vl, s1vr, s0L, s0R, b0L uint64 = 0xee, 0xee, 0xee, 0xee, 0xee, 0xee, 0xee
	if S0 >= 0 {
		s0vl, s0vr, s0L, s0R = uint64(s.nl[S0]), uint64(s.nr[S0]), s.lset[S0], s.rset[S0]
	}
	if B0 >= 0 {
		b0vl, b0L = uint64(s.nl[B0]), s.lset[B0]
	}
	if S1 >= 0 {
		s1vr = uint64(s.nr[S1])
	}

	// Single words.
	f2(out, 0, s0w, s0p)
	f1(out, 1, s0w)
	f1(out, 2, s0p)
	f1(out, 3, U[s0])
	f2(out, 4, b0w, b0p)
	f1(out, 5, b0w)
	f1(out, 6, b0p)
	f1(out, 7, U[b0])
	f2(out, 8, b1w, b1p)
	f1(out, 9, b1w)
	f1(out, 10, b1p)
	f2(out, 11, b2w, b2p)
	f1(out, 12, b2p)
	f2(out, 13, s1w, s1p)
	f1(out, 14, s1w)
	f1(out, 15, s1p)
	f1(out, 16, s2p)
	// Pairs.
	f4(out, 17, s0w, s0p, b0w, b0p)
	f3(out, 18, s0w, s0p, b0w)
	f3(out, 19, s0w, b0w, b0p)
	f3(out, 20, s0w, s0p, b0p)
	f3(out, 21, s0p, b0w, b0p)
	f2(out, 22, s0w, b0w)
	f2(out, 23, s0p, b0p)
	f2(out, 24, b0p, b1p)
	f2(out, 25, b0w, b1w)
	f2(out, 26, s1p, s0p)
	f2(out, 27, s1w, s0w)
	f2(out, 28, s1p, s0w)
	f2(out, 29, s1w, s0p)
	f2(out, 30, s1p, b0p)
	f2(out, 31, s1w, b0w)
	f2(out, 32, U[s0], U[b0])
	// Triples.
	f3(out, 33, b0p, b1p, b2p)
	f3(out, 34, s0p, b0p, b1p)
	f3(out, 35, s1p, s0p, b0p)
	f3(out, 36, s2p, s1p, s0p)
	f3(out, 37, s0p, P[s0l1], b0p)
	f3(out, 38, s0p, P[s0r1], b0p)
	f3(out, 39, s0p, b0p, P[b0l1])
	f3(out, 40, s1p, P[s1r1], s0p)
	f3(out, 41, s1p, s0p, P[s0l1])
	f4(out, 42, b0p, b1p, b2p, b3p)
	f3(out, 43, s0w, b0p, b1p)
	// Distance.
	f2(out, 44, s0w, d)
	f2(out, 45, s0p, d)
	f2(out, 46, b0w, d)
	f2(out, 47, b0p, d)
	f3(out, 48, s0w, b0w, d)
	f3(out, 49, s0p, b0p, d)
	f3(out, 50, s1p, s0p, d1)
	f3(out, 51, s1w, s0w, d1)
	// Valency.
	f2(out, 52, s0w, s0vr)
	f2(out, 53, s0p, s0vr)
	f2(out, 54, s0w, s0vl)
	f2(out, 55, s0p, s0vl)
	f2(out, 56, b0w, b0vl)
	f2(out, 57, b0p, b0vl)
	f2(out, 58, s1p, s1vr)
	// Children of s0, s1 and b0.
	f1(out, 59, W[s0l1])
	f1(out, 60, P[s0l1])
	f1(out, 61, lab(S0l1))
	f1(out, 62, W[s0r1])
	f1(out, 63, P[s0r1])
	f1(out, 64, lab(S0r1))
	f1(out, 65, W[b0l1])
	f1(out, 66, P[b0l1])
	f1(out, 67, lab(B0l1))
	f2(out, 68, P[s1r1], lab(S1r1))
	f2(out, 69, W[s1r1], s1p)
	f2(out, 70, P[s1l1], lab(S1l1))
	f2(out, 71, P[s0l2], lab(S0l2))
	f2(out, 72, P[s0r2], lab(S0r2))
	f2(out, 73, P[b0l2], lab(B0l2))
	f2(out, 74, P[s1r2], lab(S1r2))
	f3(out, 75, s0p, P[s0l1], P[s0l2])
	f3(out, 76, s0p, P[s0r1], P[s0r2])
	f3(out, 77, b0p, P[b0l1], P[b0l2])
	f3(out, 78, s0p, lab(S0l1), lab(S0r1))
	// Label sets.
	f2(out, 79, s0w, s0R)
	f2(out, 80, s0p, s0R)
	f2(out, 81, s0w, s0L)
	f2(out, 82, s0p, s0L)
	f2(out, 83, b0w, b0L)
	f2(out, 84, b0p, b0L)
	// Tagger-free and coarse-tag features.
	if !shape {
		return numBaseTemplates
	}
	f1(out, 85, X[s0])
	f1(out, 86, X[b0])
	f1(out, 87, X[b1])
	f1(out, 88, X[s1])
	f2(out, 89, X[s0], X[b0])
	f2(out, 90, X[s1], X[s0])
	f3(out, 91, X[s0], X[b0], d)
	f2(out, 92, H[s0], H[b0])
	f2(out, 93, X[s0], H[s0])
	f2(out, 94, X[b0], H[b0])
	f3(out, 95, U[s1], U[s0], U[b0])
	f3(out, 96, U[s0], U[b0], U[b1])
	f3(out, 97, s0w, U[b0], d)
	// Word clusters (format 4 models), which the tagger's errors do not
	// touch either.
	if a.clus == nil {
		return numShapeTemplates
	}
	C := a.c
	f1(out, 98, C[s0])
	f1(out, 99, C[b0])
	f1(out, 100, C[b1])
	f1(out, 101, C[s1])
	f2(out, 102, C[s0], C[b0])
	f2(out, 103, C[s0], b0p)
	f2(out, 104, s0p, C[b0])
	f3(out, 105, C[s0], C[b0], d)
	f2(out, 106, C[s1], C[s0])
	f2(out, 107, C[b0], C[b1])
	// Tag classes (format 5 feature set featTagClasses): the tags a word
	// can take beside the one the tagger gave it, so that an ambiguous
	// word the tagger got wrong still has its alternatives to attach by.
	if a.amb == nil {
		return numClusterTemplates
	}
	K := a.k
	f1(out, 108, K[s0])
	f1(out, 109, K[b0])
	f2(out, 110, K[s0], s0p)
	f2(out, 111, K[b0], b0p)
	f2(out, 112, K[s0], K[b0])
	f3(out, 113, K[s0], K[b0], d)
	f2(out, 114, K[s1], K[s0])
	f2(out, 115, K[b0], K[b1])
	return numTemplates
}

// bufferTemplates are the templates that read the buffer alone (b0 to b3:
// their words, tags, suffixes, shapes, clusters and tag classes), none of
// the stack, the distances or the children. LEFT and RIGHT leave the
// buffer as it is, so after them these keys, and the sum of their rows,
// are those of the move before: Model.run sums them once per buffer front
// instead of at every move.
var bufferTemplates = [...]uint8{
	4, 5, 6, 7, 8, 9, 10, 11, 12, 24, 25, 33, 42, // base
	86, 87, 94, // suffix and shape
	99, 100, 107, // clusters
	109, 111, 115, // tag classes
}

// templateSplit is the buffer templates of a feature set, the memo groups
// (memoGroups) that are all in it, and the rest.
type templateSplit struct {
	buffer, rest []uint8
	groups       []memoGroup
}

// templateSplits holds the split of each feature set, by its number of
// templates (numBaseTemplates, numShapeTemplates, ...).
var templateSplits = func() map[int]templateSplit {
	splits := map[int]templateSplit{}
	for _, n := range []int{numBaseTemplates, numShapeTemplates, numClusterTemplates, numTemplates} {
		sp := templateSplit{groups: memoGroupsOf(n)}
		grouped := map[uint8]bool{}
		for _, g := range sp.groups {
			for _, t := range g.t[:g.n] {
				grouped[t] = true
			}
		}
		for t := range n {
			switch {
			case slices.Contains(bufferTemplates[:], uint8(t)):
				sp.buffer = append(sp.buffer, uint8(t))
			case !grouped[uint8(t)]:
				sp.rest = append(sp.rest, uint8(t))
			}
		}
		splits[n] = sp
	}
	return splits
}()
