package ner

import "math"

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
// back is scratch of at least len(emit) rows. Among equal scores the lower
// previous label wins.
func viterbi(emit [][numLabels]float32, trans *[numLabels + 1][numLabels]float32, out []uint8, back [][numLabels]uint8) {
	n := len(emit)
	if n == 0 {
		return
	}
	negInf := float32(math.Inf(-1))
	// tOut[j][k]: transition from outsideFrom[k] to outsideTo[j].
	var tOut [len(outsideTo)][len(outsideFrom)]float32
	for j, b := range outsideTo {
		for k, a := range outsideFrom {
			tOut[j][k] = trans[a][b]
		}
	}
	var cur [numLabels]float32
	for b := uint8(0); b < numLabels; b++ {
		if allowed(labelO, b) {
			cur[b] = emit[0][b] + trans[numLabels][b]
		} else {
			cur[b] = negInf
		}
	}
	for i := 1; i < n; i++ {
		prev := cur
		e, bk := &emit[i], &back[i]
		var from [len(outsideFrom)]float32
		for k, a := range outsideFrom {
			from[k] = prev[a]
		}
		for j, b := range outsideTo {
			tj := &tOut[j]
			best, arg := negInf, 0
			for k := range from {
				if v := from[k] + tj[k]; v > best {
					best, arg = v, k
				}
			}
			cur[b] = best + e[b]
			bk[b] = outsideFrom[arg]
		}
		for t := uint8(0); t < numTypes; t++ {
			bB, bI, bL := 1+4*t, 2+4*t, 3+4*t
			for _, b := range [2]uint8{bI, bL} {
				best, arg := negInf, uint8(0)
				if v := prev[bB] + trans[bB][b]; v > best {
					best, arg = v, bB
				}
				if v := prev[bI] + trans[bI][b]; v > best {
					best, arg = v, bI
				}
				cur[b] = best + e[b]
				bk[b] = arg
			}
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
		out[i-1] = back[i][out[i]]
	}
}
