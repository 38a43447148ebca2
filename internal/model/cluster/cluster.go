// Package cluster derives word classes from training text alone with the
// exchange algorithm (Kneser & Ney 1993; Martin, Liermann & Ney 1998):
// words are put in classes so that a class bigram model of the text is as
// likely as possible, moving one word at a time to the class that helps
// most. Words that behave alike ("Monday"/"Tuesday", "Germany"/"France",
// "quickly"/"slowly") end up together, which lets a tagger generalise from
// a frequent word to a rarer one of its class. Words are given as hashes,
// so no word list reaches a model file. The tagger and the entity
// recogniser share this one implementation; their shipped models store its
// output, so any change to it is a change of their recipes.
package cluster

import (
	"cmp"
	"math"
	"slices"
)

// Exchange returns cluster ids (1..k) for the words seen at least minFreq
// times in sents, where each sentence is given as the hashes of its words
// (normalised as the caller's features see them). It makes at most iters
// passes over the vocabulary, stopping early when no word moves. The
// result is deterministic: it never depends on map iteration order.
func Exchange(sents [][]uint64, k, minFreq, iters int) map[uint64]uint16 {
	// Vocabulary in order of frequency (ties by hash), so the start and
	// the visiting order do not depend on map iteration.
	freq := map[uint64]int{}
	for _, s := range sents {
		for _, h := range s {
			freq[h]++
		}
	}
	var vocab []uint64
	for h, n := range freq {
		if n >= minFreq {
			vocab = append(vocab, h)
		}
	}
	slices.SortFunc(vocab, func(a, b uint64) int {
		return cmp.Or(cmp.Compare(freq[b], freq[a]), cmp.Compare(a, b))
	})
	id := make(map[uint64]int32, len(vocab))
	for i, h := range vocab {
		id[h] = int32(i)
	}
	// Word ids: vocabulary words 0..V-1, then a rare-word pseudo-word and
	// a sentence-boundary pseudo-word, each alone in a fixed class.
	V := len(vocab)
	rare, bound := int32(V), int32(V+1)
	C := k + 2
	type pair struct{ a, b int32 }
	bigrams := map[pair]int32{}
	for _, s := range sents {
		prev := bound
		for _, h := range s {
			cur, ok := id[h]
			if !ok {
				cur = rare
			}
			bigrams[pair{prev, cur}]++
			prev = cur
		}
		bigrams[pair{prev, bound}]++
	}
	type nb struct{ w, n int32 }
	right := make([][]nb, V+2)
	left := make([][]nb, V+2)
	self := make([]int32, V+2)
	keys := make([]pair, 0, len(bigrams))
	for p := range bigrams {
		keys = append(keys, p)
	}
	slices.SortFunc(keys, func(x, y pair) int {
		return cmp.Or(cmp.Compare(x.a, y.a), cmp.Compare(x.b, y.b))
	})
	for _, p := range keys {
		n := bigrams[p]
		if p.a == p.b {
			self[p.a] += n
			continue
		}
		right[p.a] = append(right[p.a], nb{p.b, n})
		left[p.b] = append(left[p.b], nb{p.a, n})
	}
	class := make([]int32, V+2)
	for i := range V {
		class[i] = int32(i % k)
	}
	class[rare], class[bound] = int32(k), int32(k+1)
	M := make([]int64, C*C)
	Nl, Nr := make([]int64, C), make([]int64, C)
	for _, p := range keys {
		n := int64(bigrams[p])
		M[int(class[p.a])*C+int(class[p.b])] += n
		Nl[class[p.a]] += n
		Nr[class[p.b]] += n
	}
	f := func(x int64) float64 {
		if x <= 0 {
			return 0
		}
		return float64(x) * math.Log(float64(x))
	}
	rc, lc := make([]int64, C), make([]int64, C)
	var rTouched, lTouched []int32
	move := func(w int32, c int32, sign int64) {
		// Adds (sign 1) or removes (sign -1) word w's counts in class c.
		for _, x := range right[w] {
			M[int(c)*C+int(class[x.w])] += sign * int64(x.n)
			Nl[c] += sign * int64(x.n)
		}
		for _, x := range left[w] {
			M[int(class[x.w])*C+int(c)] += sign * int64(x.n)
			Nr[c] += sign * int64(x.n)
		}
		M[int(c)*C+int(c)] += sign * int64(self[w])
		Nl[c] += sign * int64(self[w])
		Nr[c] += sign * int64(self[w])
	}
	for range iters {
		moved := 0
		for w := int32(0); w < int32(V); w++ {
			old := class[w]
			move(w, old, -1)
			rTouched, lTouched = rTouched[:0], lTouched[:0]
			nl, nr := int64(self[w]), int64(self[w])
			for _, x := range right[w] {
				d := class[x.w]
				if rc[d] == 0 {
					rTouched = append(rTouched, d)
				}
				rc[d] += int64(x.n)
				nl += int64(x.n)
			}
			for _, x := range left[w] {
				c := class[x.w]
				if lc[c] == 0 {
					lTouched = append(lTouched, c)
				}
				lc[c] += int64(x.n)
				nr += int64(x.n)
			}
			best, bestGain := old, math.Inf(-1)
			for b := int32(0); b < int32(k); b++ {
				gain := -(f(Nl[b]+nl) - f(Nl[b])) - (f(Nr[b]+nr) - f(Nr[b]))
				for _, d := range rTouched {
					if d != b {
						m := M[int(b)*C+int(d)]
						gain += f(m+rc[d]) - f(m)
					}
				}
				for _, c := range lTouched {
					if c != b {
						m := M[int(c)*C+int(b)]
						gain += f(m+lc[c]) - f(m)
					}
				}
				m := M[int(b)*C+int(b)]
				gain += f(m+rc[b]+lc[b]+int64(self[w])) - f(m)
				if gain > bestGain+1e-9 {
					best, bestGain = b, gain
				}
			}
			for _, d := range rTouched {
				rc[d] = 0
			}
			for _, c := range lTouched {
				lc[c] = 0
			}
			class[w] = best
			move(w, best, 1)
			if best != old {
				moved++
			}
		}
		if moved == 0 {
			break
		}
	}
	out := make(map[uint64]uint16, V)
	for i, h := range vocab {
		out[h] = uint16(class[i] + 1)
	}
	return out
}
