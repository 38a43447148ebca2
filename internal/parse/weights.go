package parse

import (
	"cmp"
	"fmt"
	"math"
	"slices"
)

// entry is one (class, weight) pair of a feature. Weights are quantised to
// int16 with one scale for the whole model (quantising the averaged
// weights moves dev LAS by less than 0.1, measured in TestQuantisationCost)
// and scores are summed in int32; small entries keep the table in cache.
type entry struct {
	w int16
	c uint8
}

// slot is one cell of the open-addressing table from a 32-bit feature key
// to its entries ents[info>>8 : info>>8 + info&0xff]. Key 0 marks an empty
// cell, so fold never returns 0.
type slot struct {
	key  uint32
	info uint32
}

// weights maps feature keys to their per-class weights. It is built once
// (by the trainer or Load) and only read afterwards, so any number of
// goroutines may score with it.
type weights struct {
	slots []slot
	shift uint
	ents  []entry
	keys  []uint32 // the keys in ascending order, for Save
	rows  []uint32 // rows[i]: the slot of keys[i]
	scale float32  // a weight is its int16 value times scale
}

// maxEntries is the most entries the packed slot info can address.
const maxEntries = 1 << 24

// fold turns a 64-bit feature key into the 32-bit key the model stores.
// Distinct features that fold together share weights (the hashing trick);
// with a few million features that happens to a handful.
func fold(h uint64) uint32 {
	h ^= h >> 29
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 32
	if k := uint32(h); k != 0 {
		return k
	}
	return 1
}

func (wt *weights) slotOf(k uint32) uint32 { return (k * 0x9E3779B1) >> wt.shift }

// fentry is a weight before quantisation.
type fentry struct {
	w float64
	c uint8
}

// quantise packs averaged float weights: keys are folded to 32 bits (rows
// whose keys fold together are summed), weights scaled to int16 over the
// largest magnitude, and weights that round to 0 dropped.
func quantise(keys []uint64, rows [][]fentry) (*weights, error) {
	type frow struct {
		key  uint32
		ents []fentry
	}
	fr := make([]frow, len(keys))
	maxAbs := 0.0
	for i, k := range keys {
		fr[i] = frow{fold(k), rows[i]}
		for _, e := range rows[i] {
			maxAbs = math.Max(maxAbs, math.Abs(e.w))
		}
	}
	slices.SortFunc(fr, func(a, b frow) int { return cmp.Compare(a.key, b.key) }) // keys fold together so rarely that their order does not matter;
	// the sort is deterministic for a given input anyway
	scale := maxAbs / 32767
	if scale == 0 {
		scale = 1
	}
	var outKeys []uint32
	var outRows [][]entry
	var sum [256]float64
	var seen [256]bool
	for i := 0; i < len(fr); {
		j := i
		for j < len(fr) && fr[j].key == fr[i].key {
			for _, e := range fr[j].ents {
				sum[e.c] += e.w
				seen[e.c] = true
			}
			j++
		}
		var row []entry
		for c := range sum {
			if !seen[c] {
				continue
			}
			if q := math.Round(sum[c] / scale); q != 0 {
				row = append(row, entry{w: int16(max(-32767, min(32767, q))), c: uint8(c)})
			}
			sum[c], seen[c] = 0, false
		}
		if len(row) > 0 {
			outKeys = append(outKeys, fr[i].key)
			outRows = append(outRows, row)
		}
		i = j
	}
	return newWeights(outKeys, outRows, float32(scale))
}

// newWeights builds the table from distinct keys in ascending order and
// their rows.
func newWeights(keys []uint32, rows [][]entry, scale float32) (*weights, error) {
	total := 0
	for _, r := range rows {
		if len(r) > 255 {
			return nil, fmt.Errorf("parse: a feature with %d weights", len(r))
		}
		total += len(r)
	}
	if total >= maxEntries {
		return nil, fmt.Errorf("parse: %d weights, the table holds at most %d", total, maxEntries)
	}
	bits := uint(4)
	for float64(uint(1)<<bits) < 1.5*float64(len(keys)) {
		bits++
	}
	wt := &weights{
		slots: make([]slot, 1<<bits), shift: 32 - bits, ents: make([]entry, 0, total),
		keys: keys, rows: make([]uint32, len(keys)), scale: scale,
	}
	mask := uint32(1<<bits - 1)
	for i, k := range keys {
		if k == 0 || (i > 0 && k <= keys[i-1]) {
			return nil, fmt.Errorf("parse: feature keys not ascending and non-zero")
		}
		j := wt.slotOf(k)
		for wt.slots[j].key != 0 {
			j = (j + 1) & mask
		}
		wt.slots[j] = slot{key: k, info: uint32(len(wt.ents))<<8 | uint32(len(rows[i]))}
		wt.rows[i] = j
		wt.ents = append(wt.ents, rows[i]...)
	}
	return wt, nil
}

// row returns the entries of the i-th key.
func (wt *weights) row(i int) []entry {
	info := wt.slots[wt.rows[i]].info
	return wt.ents[info>>8 : info>>8+info&0xff]
}

// score adds the weights of every feature in feats to scores. It works in
// two passes, first finding every feature's slot and then adding the
// entries, so that the cache misses of different features overlap instead
// of waiting on each other (the table is far larger than the cache).
func (wt *weights) score(feats []uint64, scores []int32) {
	mask := uint32(len(wt.slots) - 1)
	slots, ents := wt.slots, wt.ents
	var buf [numTemplates]uint32
	found := buf[:0]
	for _, f := range feats {
		k := fold(f)
		j := wt.slotOf(k)
		for {
			sl := slots[j]
			if sl.key == k {
				found = append(found, sl.info)
				break
			}
			if sl.key == 0 {
				break
			}
			j = (j + 1) & mask
		}
	}
	for _, info := range found {
		for _, e := range ents[info>>8 : info>>8+info&0xff] {
			scores[e.c] += int32(e.w)
		}
	}
}
