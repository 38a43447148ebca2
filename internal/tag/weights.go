package tag

import "fmt"

// entry is one (class, weight) pair of a feature. Weights are quantised to
// int16 with one scale for the whole model; scores are summed in int32.
type entry struct {
	w int16
	c uint8
}

// slot is one cell of the open-addressing table from feature key to its
// entries: ents[info>>8 : info>>8 + info&0xff].
type slot struct {
	key  uint32
	info uint32
}

// weights maps feature keys to their per-class weights. It is built once
// and only read afterwards.
type weights struct {
	slots []slot
	mask  uint32
	ents  []entry
}

// maxEntries is the most entries the packed slot info can address.
const maxEntries = 1 << 24

// newWeights builds the table from features given in any order; rows[i]
// holds the entries of keys[i].
func newWeights(keys []uint32, rows [][]entry) (*weights, error) {
	total := 0
	for _, r := range rows {
		total += len(r)
	}
	if total >= maxEntries {
		return nil, fmt.Errorf("tag: %d weights, the table holds at most %d", total, maxEntries)
	}
	size := 1
	for size < 2*len(keys)+1 {
		size <<= 1
	}
	wt := &weights{slots: make([]slot, size), mask: uint32(size - 1), ents: make([]entry, 0, total)}
	for i, k := range keys {
		if len(rows[i]) > 255 {
			return nil, fmt.Errorf("tag: feature with %d classes, at most 255", len(rows[i]))
		}
		info := uint32(len(wt.ents))<<8 | uint32(len(rows[i]))
		wt.ents = append(wt.ents, rows[i]...)
		j := k & wt.mask
		for wt.slots[j].key != 0 {
			if wt.slots[j].key == k {
				return nil, fmt.Errorf("tag: duplicate feature key %#x", k)
			}
			j = (j + 1) & wt.mask
		}
		wt.slots[j] = slot{key: k, info: info}
	}
	return wt, nil
}

// add adds the weights of feature k to scores.
func (wt *weights) add(scores *[256]int32, k uint32) {
	j := k & wt.mask
	for {
		s := wt.slots[j]
		if s.key == k {
			start := s.info >> 8
			for _, e := range wt.ents[start : start+s.info&0xff] {
				scores[e.c] += int32(e.w)
			}
			return
		}
		if s.key == 0 {
			return
		}
		j = (j + 1) & wt.mask
	}
}
