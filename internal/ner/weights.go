package ner

import (
	"cmp"
	"math"
	"slices"
)

// trainWeights are the perceptron's weights while it learns: integer
// weights w (updates are ±1) and, for averaging, u, the sum of each update
// times the step at which it was made. The averaged weight is w - u/c
// (Daumé's trick), so averaging costs nothing per step.
type trainWeights struct {
	index  map[uint32]int32 // feature key -> row
	keys   []uint32         // row -> feature key
	w      []int32
	u      []int64
	tw     [numLabels + 1][numLabels]int32
	tu     [numLabels + 1][numLabels]int64
	transF [numLabels + 1][numLabels]float32
	c      int64 // steps so far, starting at 1
}

func newTrainWeights() *trainWeights {
	return &trainWeights{index: map[uint32]int32{}, c: 1}
}

func (tw *trainWeights) addScores(keys []uint32, out *[numLabels]float32) {
	for _, k := range keys {
		r, ok := tw.index[k]
		if !ok {
			continue
		}
		row := tw.w[int(r)*numLabels : int(r)*numLabels+numLabels]
		for l := range out {
			out[l] += float32(row[l])
		}
	}
}

func (tw *trainWeights) transitions() *[numLabels + 1][numLabels]float32 {
	for a := range tw.tw {
		for b := range tw.tw[a] {
			tw.transF[a][b] = float32(tw.tw[a][b])
		}
	}
	return &tw.transF
}

func (tw *trainWeights) row(k uint32) int {
	r, ok := tw.index[k]
	if !ok {
		r = int32(len(tw.keys))
		tw.index[k] = r
		tw.keys = append(tw.keys, k)
		tw.w = append(tw.w, make([]int32, numLabels)...)
		tw.u = append(tw.u, make([]int64, numLabels)...)
	}
	return int(r) * numLabels
}

// update moves the weights towards gold and away from pred for one
// sentence, then advances the step.
func (tw *trainWeights) update(feats []uint32, offs []int32, gold, pred []uint8) {
	c := tw.c
	for k := range gold {
		g, p := gold[k], pred[k]
		if g != p {
			for _, key := range feats[offs[k]:offs[k+1]] {
				r := tw.row(key)
				tw.w[r+int(g)]++
				tw.u[r+int(g)] += c
				tw.w[r+int(p)]--
				tw.u[r+int(p)] -= c
			}
		}
		gp, pp := uint8(numLabels), uint8(numLabels)
		if k > 0 {
			gp, pp = gold[k-1], pred[k-1]
		}
		if gp != pp || g != p {
			tw.tw[gp][g]++
			tw.tu[gp][g] += c
			tw.tw[pp][p]--
			tw.tu[pp][p] -= c
		}
	}
	tw.c++
}

// freeze returns the averaged weights as a Model. Rows whose largest
// averaged weight is below prune in magnitude are dropped, and weights are
// quantised to 16 bits exactly as Save stores them, so that a saved and
// reloaded model scores like the one returned here.
func (tw *trainWeights) freeze(g *gazetteer, prune float64) *Model {
	c := float64(tw.c)
	order := make([]int, len(tw.keys))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int { return cmp.Compare(tw.keys[a], tw.keys[b]) })
	avg := make([]float64, numLabels)
	var keep []uint32
	var rows []float64
	maxAbs := 0.0
	for _, r := range order {
		big := 0.0
		for l := 0; l < numLabels; l++ {
			i := r*numLabels + l
			avg[l] = float64(tw.w[i]) - float64(tw.u[i])/c
			big = max(big, math.Abs(avg[l]))
		}
		if big <= prune {
			continue
		}
		maxAbs = max(maxAbs, big)
		keep = append(keep, tw.keys[r])
		rows = append(rows, avg...)
	}
	q := quantizer(maxAbs)
	qrows := make([]int16, len(rows))
	for i, v := range rows {
		qrows[i] = q.quant(v)
	}
	m := buildModel(g, keep, qrows, q.scale)
	for a := range tw.tw {
		for b := range tw.tw[a] {
			m.trans[a][b] = float32(float64(tw.tw[a][b]) - float64(tw.tu[a][b])/c)
		}
	}
	return m
}

type quant struct{ scale float32 }

func quantizer(maxAbs float64) quant {
	if maxAbs == 0 {
		return quant{scale: 1}
	}
	return quant{scale: float32(maxAbs / 32767)}
}

func (q quant) quant(v float64) int16 {
	x := math.Round(v / float64(q.scale))
	return int16(max(-32767, min(32767, x)))
}

// buildModel makes a Model from sorted keys and their quantised rows.
func buildModel(g *gazetteer, keys []uint32, qrows []int16, scale float32) *Model {
	m := &Model{tab: newTable(len(keys), scale), features: len(keys), gaz: g}
	m.scale, m.qkeys, m.qrows = scale, keys, qrows
	// Rows with more non-zero weights first: they are the features the
	// perceptron met most often (templates with few values, frequent
	// words), so their dense rows, looked up at nearly every token, end
	// up side by side in a few cache lines.
	// A counting sort (stable, so rows of one count stay in key order).
	nnz := make([]uint8, len(keys))
	var start [numLabels + 2]int
	for i := range keys {
		for _, w := range qrows[i*numLabels : (i+1)*numLabels] {
			if w != 0 {
				nnz[i]++
			}
		}
		start[numLabels-int(nnz[i])+1]++
	}
	for r := 1; r < len(start); r++ {
		start[r] += start[r-1]
	}
	order := make([]int32, len(keys))
	for i, c := range nnz {
		r := numLabels - int(c)
		order[start[r]] = int32(i)
		start[r]++
	}
	for _, i := range order {
		m.tab.put(keys[i], qrows[i*numLabels:(i+1)*numLabels])
	}
	return m
}
