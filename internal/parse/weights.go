package parse

import (
	"cmp"
	"math"
	"slices"
)

// entry is one (class, weight) pair of a feature, as the trainer, Save and
// Load see it. Weights are quantised to int16 with one scale for the whole
// model (quantising the averaged weights moves dev LAS by less than 0.1,
// measured in TestQuantisationCost) and scores are summed exactly in int32,
// so the table's layout does not change a single parse.
type entry struct {
	w int16
	c uint8
}

// slot is one cell of the open-addressing table from a 32-bit feature key
// to its row (see rowInfo). Key 0 marks an empty cell, so fold never
// returns 0.
type slot struct {
	key  uint32
	info uint32
}

// weights maps feature keys to their per-class weights. It is built once
// (by the trainer through tableBuilder, or by Load, which places every key
// in the slot the file records) and only read afterwards, so any number of
// goroutines may score with it.
//
// Scoring is bound by memory, by the adds and by mispredicted branches: a
// move of the shipped model on EWT dev looks up some 100 features (of 108
// templates, the buffer's summed once for each front of the buffer) in a
// table far larger than the cache, of which some 17 are absent, 46 have
// dense rows and 45 sparse ones with some 255 weights between them. Rows
// come in two layouts. Most features (half a million) have a few weights
// and are stored sparse, one uint32 per weight. The few thousand frequent
// ones (single tags, tag pairs) carry weights for most classes and make up
// most of the adds; they are stored dense, three classes to a uint64 (see
// table.go), and added 64 bits at a time.
type weights struct {
	slots []slot
	shift uint
	ents  []uint32 // sparse rows' entries, concatenated: uint16(weight)<<16 | class
	dense []uint64 // dense rows, dw words each
	n     int      // number of keys
	scale float32  // a weight is its int16 value times scale
	dw    int      // words in a dense row: a third of the classes, rounded up
	dmax  []uint16 // per dense row, its highest lane (see addDense)
	// touched keeps the compiler from dropping the touch pass of
	// tableBuilder.done; it means nothing.
	touched uint32
}

// maxEntries is the most sparse entries (and dense rows) the packed row
// info can address.
const maxEntries = 1 << 24

// A rowInfo packs where a row is: offset<<8 | length for a sparse row of
// 1..denseMin-1 entries at ents[offset:]; index<<8 | denseFlag for the
// dense row dense[index*dw:]. No row's info is 0, the info of an empty
// slot, so that score tells a found key from an absent one by its info
// alone.
func sparseInfo(off, n int) uint32 { return uint32(off)<<8 | uint32(n) }
func denseInfo(i int) uint32       { return uint32(i)<<8 | denseFlag }

// denseFlag marks the info of a dense row; a sparse row's length is below
// it (and below sparseLenMask+1). overflowFlag is not the row's: it marks a
// slot that is the home of some key stored further on, the only slots
// past which a lookup must probe (see markOverflows).
const (
	denseFlag     = 0x80
	overflowFlag  = 0x40
	sparseLenMask = 0x3f
)

var _ [sparseLenMask + 1 - denseMin]struct{} // a sparse row's length fits in sparseLenMask

// markOverflows sets overflowFlag in the info of every slot that is the
// home of a key stored past it. A lookup whose home slot holds another key
// and lacks the flag knows its key absent without probing on: with linear
// probing and no deletion, a key stored away from its home was stored
// there because its home was taken. (An empty slot is the home of no such
// key, so its info stays 0.)
func (wt *weights) markOverflows() {
	mask := uint32(len(wt.slots) - 1)
	for j, sl := range wt.slots {
		if sl.key == 0 {
			continue
		}
		if h := wt.slotOf(sl.key) & mask; h != uint32(j) {
			wt.slots[h].info |= overflowFlag
		}
	}
}

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
// their rows (entries in ascending class order).
func newWeights(keys []uint32, rows [][]entry, scale float32) (*weights, error) {
	nc := 1
	for _, r := range rows {
		for _, e := range r {
			nc = max(nc, int(e.c)+1)
		}
	}
	b := newTableBuilder(len(keys), nc, scale)
	for i, k := range keys {
		if err := b.add(k, rows[i]); err != nil {
			return nil, err
		}
	}
	return b.done(), nil
}
