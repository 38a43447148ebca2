package ner

import "math"

// preds lists, for each label, the labels allowed before it; index
// numLabels stands for the sentence start.
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

// viterbi writes to out the best legal BILOU label sequence for emission
// scores emit and transition scores trans (row numLabels is the start).
// back is scratch of at least len(emit) rows.
func viterbi(emit [][numLabels]float32, trans *[numLabels + 1][numLabels]float32, out []uint8, back [][numLabels]uint8) {
	n := len(emit)
	if n == 0 {
		return
	}
	negInf := float32(math.Inf(-1))
	var cur, prev [numLabels]float32
	for b := uint8(0); b < numLabels; b++ {
		if allowed(labelO, b) {
			cur[b] = emit[0][b] + trans[numLabels][b]
		} else {
			cur[b] = negInf
		}
	}
	for i := 1; i < n; i++ {
		prev = cur
		for b := uint8(0); b < numLabels; b++ {
			best, arg := negInf, uint8(0)
			for _, a := range preds[b] {
				if v := prev[a] + trans[a][b]; v > best {
					best, arg = v, a
				}
			}
			cur[b] = best + emit[i][b]
			back[i][b] = arg
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
