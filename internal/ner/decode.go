package ner

import "math"

// preds lists, for each label, the labels allowed before it, ascending.
var preds = func() (p [numLabels][]uint8) {
	for b := uint8(0); b < numLabels; b++ {
		for a := uint8(0); a < numLabels; a++ {
			if allowed(a, b) {
				p[b] = append(p[b], a)
			}
		}
	}
	return p
}()

// Under BILOU a label either opens or stands outside an entity (O, B-*,
// U-*), and may then follow only a label that closes or stands outside one
// (O, L-*, U-*), or it continues an entity of type t (I-t, L-t), and may
// then follow only B-t or I-t. viterbi relies on this shape; TestViterbiShape
// checks it against allowed.
var (
	// outsideTo are the labels O, B-*, U-*; outsideFrom the labels O, L-*,
	// U-*, ascending.
	outsideTo   = [1 + 2*numTypes]uint8{labelO, 1, 4, 5, 8, 9, 12, 13, 16}
	outsideFrom = [1 + 2*numTypes]uint8{labelO, 3, 4, 7, 8, 11, 12, 15, 16}
)

// viterbi writes to out the best legal BILOU label sequence for emission
// scores emit and transition scores trans (row numLabels is the start).
// Among equal scores the lower previous label wins. It overwrites emit
// with the forward scores: the forward pass keeps only maxima, without
// the branches of an argmax, and the backward pass finds the argmax for
// the one label chosen at each token.
func viterbi(emit [][numLabels]float32, trans *[numLabels + 1][numLabels]float32, out []uint8) {
	n := len(emit)
	if n == 0 {
		return
	}
	negInf := float32(math.Inf(-1))
	// tOut[k][j]: transition from outsideFrom[k] to outsideTo[j].
	var tOut [len(outsideFrom)][len(outsideTo)]float32
	for j, b := range outsideTo {
		for k, a := range outsideFrom {
			tOut[k][j] = trans[a][b]
		}
	}
	cur := &emit[0]
	for b := uint8(0); b < numLabels; b++ {
		if allowed(labelO, b) {
			cur[b] += trans[numLabels][b]
		} else {
			cur[b] = negInf
		}
	}
	for i := 1; i < n; i++ {
		prev := cur
		cur = &emit[i]
		// Maxima for the nine outside labels at once, previous label by
		// previous label: nine independent chains rather than one.
		var best [len(outsideTo)]float32
		f0 := prev[outsideFrom[0]]
		for j := range best {
			best[j] = f0 + tOut[0][j]
		}
		for k := 1; k < len(outsideFrom); k++ {
			fk, tk := prev[outsideFrom[k]], &tOut[k]
			for j := range best {
				best[j] = max(best[j], fk+tk[j])
			}
		}
		for j, b := range outsideTo {
			cur[b] += best[j]
		}
		for t := uint8(0); t < numTypes; t++ {
			bB, bI, bL := 1+4*t, 2+4*t, 3+4*t
			cur[bI] += max(prev[bB]+trans[bB][bI], prev[bI]+trans[bI][bI])
			cur[bL] += max(prev[bB]+trans[bB][bL], prev[bI]+trans[bI][bL])
		}
	}
	best, arg := negInf, uint8(0)
	for b := uint8(0); b < numLabels; b++ {
		if canEnd(b) && cur[b] > best {
			best, arg = cur[b], b
		}
	}
	out[n-1] = arg
	for i := n - 1; i > 0; i-- {
		b, prev := out[i], &emit[i-1]
		best, arg := negInf, uint8(0)
		for _, a := range preds[b] {
			if v := prev[a] + trans[a][b]; v > best {
				best, arg = v, a
			}
		}
		out[i-1] = arg
	}
}
