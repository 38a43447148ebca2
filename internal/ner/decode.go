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

// outsideTrans holds the transitions from the labels that close or stand
// outside an entity to those that open or stand outside one: [k][j] from
// outsideFrom[k] to outsideTo[j], gathered for viterbi's inner loop.
type outsideTrans [len(outsideFrom)][len(outsideTo)]float32

// gather fills t from the transition scores trans.
func (t *outsideTrans) gather(trans *[numLabels + 1][numLabels]float32) {
	for j, b := range outsideTo {
		for k, a := range outsideFrom {
			t[k][j] = trans[a][b]
		}
	}
}

// viterbi writes to out the best legal BILOU label sequence for emission
// scores emit and transition scores trans (row numLabels is the start);
// tOut holds trans gathered (outsideTrans.gather), which decode does once
// per article rather than viterbi once per sentence.
// Among equal scores the lower previous label wins. It overwrites emit
// with the forward scores: the forward pass keeps only maxima, without
// the bookkeeping of an argmax, and the backward pass finds the argmax for
// the one label chosen at each token.
func viterbi(emit [][numLabels]float32, trans *[numLabels + 1][numLabels]float32, tOut *outsideTrans, out []uint8) {
	n := len(emit)
	if n == 0 {
		return
	}
	negInf := float32(math.Inf(-1))
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
		// previous label: nine independent chains rather than one, held
		// in registers. greater is a compare and a branch where the
		// builtin max is nine instructions that order NaNs and signed
		// zeros; the scores are finite or -Inf, and a zero's sign changes
		// no later comparison, so the labels are the same.
		f0, t0 := prev[outsideFrom[0]], &tOut[0]
		b0, b1, b2, b3, b4, b5, b6, b7, b8 := f0+t0[0], f0+t0[1], f0+t0[2], f0+t0[3], f0+t0[4], f0+t0[5], f0+t0[6], f0+t0[7], f0+t0[8]
		for k := 1; k < len(outsideFrom); k++ {
			fk, tk := prev[outsideFrom[k]], &tOut[k]
			b0 = greater(b0, fk+tk[0])
			b1 = greater(b1, fk+tk[1])
			b2 = greater(b2, fk+tk[2])
			b3 = greater(b3, fk+tk[3])
			b4 = greater(b4, fk+tk[4])
			b5 = greater(b5, fk+tk[5])
			b6 = greater(b6, fk+tk[6])
			b7 = greater(b7, fk+tk[7])
			b8 = greater(b8, fk+tk[8])
		}
		cur[outsideTo[0]] += b0
		cur[outsideTo[1]] += b1
		cur[outsideTo[2]] += b2
		cur[outsideTo[3]] += b3
		cur[outsideTo[4]] += b4
		cur[outsideTo[5]] += b5
		cur[outsideTo[6]] += b6
		cur[outsideTo[7]] += b7
		cur[outsideTo[8]] += b8
		for t := uint8(0); t < numTypes; t++ {
			bB, bI, bL := 1+4*t, 2+4*t, 3+4*t
			cur[bI] += greater(prev[bB]+trans[bB][bI], prev[bI]+trans[bI][bI])
			cur[bL] += greater(prev[bB]+trans[bB][bL], prev[bI]+trans[bI][bL])
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

// greater returns b when it is greater than a, else a.
func greater(a, b float32) float32 {
	if b > a {
		return b
	}
	return a
}
