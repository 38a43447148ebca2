package tag

import (
	"math"
	"slices"
)

// trainEntry is one (class, weight) pair during training, with what lazy
// averaging needs: the running total of the weight over all steps, brought
// up to date at step ts.
type trainEntry struct {
	c   uint8
	w   int32
	ts  int64
	tot int64
}

// perceptron is the sparse averaged perceptron being trained. Weights are
// integers (each update is ±1), so training is exactly reproducible.
type perceptron struct {
	index map[uint32]int32 // feature key → row
	keys  []uint32
	rows  [][]trainEntry
	step  int64 // number of training instances seen
}

func newPerceptron() *perceptron {
	return &perceptron{index: map[uint32]int32{}}
}

// predict returns the best class for the features under the current
// (unaveraged) weights; ties go to the lower class, as at inference.
func (p *perceptron) predict(feats []uint32, scores []int32) uint8 {
	clear(scores)
	for _, k := range feats {
		if r, ok := p.index[k]; ok {
			for _, e := range p.rows[r] {
				scores[e.c] += e.w
			}
		}
	}
	best, bc := int32(math.MinInt32), 0
	for j, v := range scores {
		if v > best {
			best, bc = v, j
		}
	}
	return uint8(bc)
}

// update rewards truth and penalises guess on every feature.
func (p *perceptron) update(feats []uint32, truth, guess uint8) {
	for _, k := range feats {
		r, ok := p.index[k]
		if !ok {
			r = int32(len(p.rows))
			p.index[k] = r
			p.keys = append(p.keys, k)
			p.rows = append(p.rows, nil)
		}
		p.bump(r, truth, 1)
		p.bump(r, guess, -1)
	}
}

func (p *perceptron) bump(r int32, c uint8, d int32) {
	row := p.rows[r]
	for i := range row {
		if row[i].c == c {
			e := &row[i]
			e.tot += int64(e.w) * (p.step - e.ts)
			e.ts = p.step
			e.w += d
			return
		}
	}
	p.rows[r] = append(row, trainEntry{c: c, w: d, ts: p.step})
}

// averaged returns the averaged weights quantised to int16: one scale maps
// the largest absolute average to 32767, entries that round to zero or
// below minQuant are dropped, and features left empty are dropped.
func (p *perceptron) averaged(minQuant int) ([]uint32, [][]entry) {
	if p.step == 0 {
		return nil, nil
	}
	avg := func(e trainEntry) float64 {
		return float64(e.tot+int64(e.w)*(p.step-e.ts)) / float64(p.step)
	}
	maxAbs := 0.0
	for _, row := range p.rows {
		for _, e := range row {
			maxAbs = max(maxAbs, math.Abs(avg(e)))
		}
	}
	if maxAbs == 0 {
		return nil, nil
	}
	scale := 32767 / maxAbs
	order := make([]int, len(p.keys))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int {
		return int(int64(p.keys[a]) - int64(p.keys[b]))
	})
	var keys []uint32
	var rows [][]entry
	for _, i := range order {
		var out []entry
		for _, e := range p.rows[i] {
			q := math.Round(avg(e) * scale)
			if math.Abs(q) < float64(max(1, minQuant)) {
				continue
			}
			out = append(out, entry{w: int16(q), c: e.c})
		}
		if len(out) == 0 {
			continue
		}
		slices.SortFunc(out, func(a, b entry) int { return int(a.c) - int(b.c) })
		keys = append(keys, p.keys[i])
		rows = append(rows, out)
	}
	return keys, rows
}
