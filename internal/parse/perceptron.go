package parse

import (
	"cmp"
	"math"
	"slices"
)

// tentry is a training weight with what averaging needs: the running sum of
// the weight over time up to stamp.
type tentry struct {
	w     float64
	total float64
	stamp int64
	c     uint8
}

// perceptron is the trainer's weight store: a map from feature key to a
// short row of the classes that feature was ever updated for. Only the
// trainer uses it; Model scores with the packed weights.
type perceptron struct {
	index map[uint64]int32
	rows  [][]tentry
	now   int64 // number of training instances seen
}

func newPerceptron() *perceptron {
	return &perceptron{index: make(map[uint64]int32)}
}

// score adds the current (not averaged) weights of feats to scores.
func (p *perceptron) score(feats []uint64, scores []float32) {
	for _, k := range feats {
		r, ok := p.index[k]
		if !ok {
			continue
		}
		for _, e := range p.rows[r] {
			scores[e.c] += float32(e.w)
		}
	}
}

// update moves the weights of feats towards class truth and away from guess.
func (p *perceptron) update(feats []uint64, truth, guess int) {
	for _, k := range feats {
		r, ok := p.index[k]
		if !ok {
			r = int32(len(p.rows))
			p.index[k] = r
			p.rows = append(p.rows, nil)
		}
		p.bump(r, uint8(truth), 1)
		p.bump(r, uint8(guess), -1)
	}
}

func (p *perceptron) bump(r int32, c uint8, d float64) {
	row := p.rows[r]
	for i := range row {
		if row[i].c == c {
			e := &row[i]
			e.total += float64(p.now-e.stamp) * e.w
			e.stamp = p.now
			e.w += d
			return
		}
	}
	p.rows[r] = append(row, tentry{w: d, stamp: p.now, c: c})
}

// averaged returns the averaged weights as sorted keys and rows, dropping
// weights whose magnitude is below minAbs. It does not change p, so
// training can go on.
func (p *perceptron) averaged(minAbs float64) ([]uint64, [][]fentry) {
	keys := make([]uint64, 0, len(p.index))
	for k := range p.index {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	outKeys := keys[:0]
	var rows [][]fentry
	now := float64(max(p.now, 1))
	for _, k := range keys {
		var row []fentry
		for _, e := range p.rows[p.index[k]] {
			tot := e.total + float64(p.now-e.stamp)*e.w
			avg := tot / now
			if math.Abs(avg) < minAbs || avg == 0 {
				continue
			}
			row = append(row, fentry{w: avg, c: e.c})
		}
		if len(row) == 0 {
			continue
		}
		slices.SortFunc(row, func(a, b fentry) int { return cmp.Compare(a.c, b.c) })
		outKeys = append(outKeys, k)
		rows = append(rows, row)
	}
	return outKeys, rows
}
