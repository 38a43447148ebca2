package tag

import (
	"fmt"

	"chronicle/internal/model/hugepage"
)

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
	shift uint32 // a key's home slot is key >> shift: see newTable
	ents  []entry
	// After makeDense, the rows of denseMin entries or more are also
	// packed (lanes.go) in dense, dw words each, and their slots' info is
	// index<<8 (a count of 0); dspan keeps, per dense row, the info of its
	// entries in ents.
	dense []uint64
	dw    int
	dspan []uint32
}

// denseMin is the row length from which makeDense packs a row: 39 word
// adds for the shipped model's 117 classes and a share of one unpacking
// against a scatter of that many single weights. The features met at
// every word (the previous tags, the neighbours' clusters and suffixes)
// have the long rows. Measured (cachegrind, analyze over PolNeAR dev, the
// tagger's scoring and model load): 16 and 24 within 1% of each other
// (16 has 7,290 packed rows, 2.3 MB; 24 has about half), 40 3% more.
const denseMin = 24

// makeDense packs the rows of denseMin entries or more (and the empty
// ones, whose count would otherwise read as dense) in rows of dw words.
// A row with a class past 3*dw stays as it is.
func (wt *weights) makeDense(dw int) {
	wt.dw = dw
	sc := make([]int32, 3*dw)
	for j, s := range wt.slots {
		start, n := s.info>>8, s.info&0xff
		if s.key == 0 || n != 0 && n < denseMin {
			continue
		}
		clear(sc)
		fits := true
		for _, e := range wt.ents[start : start+n] {
			if int(e.c) >= len(sc) {
				fits = false
				break
			}
			sc[e.c] = int32(e.w)
		}
		if !fits {
			continue
		}
		wt.slots[j].info = uint32(len(wt.dspan)) << 8
		wt.dspan = append(wt.dspan, s.info)
		wt.dense = packLanes(wt.dense, sc, len(sc))
	}
}

// span returns where the entries of the row at info are in ents.
func (wt *weights) span(info uint32) (start, n uint32) {
	if info&0xff == 0 && wt.dspan != nil {
		info = wt.dspan[info>>8]
	}
	return info >> 8, info & 0xff
}

// maxEntries is the most entries the packed slot info can address.
const maxEntries = 1 << 24

// newTable returns an empty table for n keys and total entries. A key's
// home slot is given by its top bits, which are as uniform as any (keys
// are hashes), so that keys inserted in sorted order, as Load reads them,
// fill the table from front to back instead of at random: that halves
// the loading time of a table much larger than the CPU cache.
func newTable(n, total int) *weights {
	size, bits := 1, uint32(0)
	for size < 2*n+1 {
		size <<= 1
		bits++
	}
	return &weights{slots: make([]slot, size), mask: uint32(size - 1), shift: 32 - bits, ents: make([]entry, 0, total)}
}

// home returns the first slot to probe for key k. (For a one-slot table
// shift is 32, and Go shifts a uint32 by 32 to zero.)
func (wt *weights) home(k uint32) uint32 { return k >> wt.shift }

// insert adds key k whose entries are ents[start:start+count].
func (wt *weights) insert(k uint32, start, count int) error {
	if count > 255 {
		return fmt.Errorf("tag: feature with %d classes, at most 255", count)
	}
	if k == 0 {
		return fmt.Errorf("tag: zero feature key")
	}
	j := wt.home(k)
	for wt.slots[j].key != 0 {
		if wt.slots[j].key == k {
			return fmt.Errorf("tag: duplicate feature key %#x", k)
		}
		j = (j + 1) & wt.mask
	}
	wt.slots[j] = slot{key: k, info: uint32(start)<<8 | uint32(count)}
	return nil
}

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
	counts := make([]uint8, len(rows))
	flat := make([]entry, 0, total)
	for i, r := range rows {
		if len(r) > 255 {
			return nil, fmt.Errorf("tag: feature with %d classes, at most 255", len(r))
		}
		counts[i] = uint8(len(r))
		flat = append(flat, r...)
	}
	return buildTable(keys, counts, flat)
}

// buildTable builds the table of keys whose entries are flat, counts[i] of
// them for keys[i], in order. It stores the rows with more entries first:
// the features met at nearly every token (suffixes, shapes, clusters of
// the neighbours, the previous tags) have the most, so their rows sit
// together in fewer cache lines instead of scattered among the rare ones.
func buildTable(keys []uint32, counts []uint8, flat []entry) (*weights, error) {
	var next [256]int // per row length, where the next such row goes
	for _, c := range counts {
		next[c] += int(c)
	}
	at := 0
	for c := 255; c >= 0; c-- {
		at, next[c] = at+next[c], at
	}
	wt := newTable(len(keys), len(flat))
	wt.ents = wt.ents[:len(flat)]
	from := 0
	for i, k := range keys {
		c := int(counts[i])
		start := next[c]
		next[c] += c
		copy(wt.ents[start:start+c], flat[from:from+c])
		from += c
		if err := wt.insert(k, start, c); err != nil {
			return nil, err
		}
	}
	hugepage.Prefer(wt.slots)
	hugepage.Prefer(wt.ents)
	return wt, nil
}

// addAll adds the rows of keys: the sparse ones to scores, the dense ones
// to acc (which its caller flushes to scores). Nearly every lookup misses
// the cache, so it first touches every key's home slot with no branch in
// between, to have all the misses in flight at once (as the parser's score
// does), then adds the rows one by one. Class 255 does not exist (a model
// has at most 255 classes, 0 to 254, in either pass), so the touch pass
// may store its sink there to keep the compiler from dropping it.
func (wt *weights) addAll(scores *[256]int32, acc *laneAcc, keys []uint32) {
	var sink uint32
	for _, k := range keys {
		sink |= wt.slots[wt.home(k)].key
	}
	scores[255] = int32(sink)
	for _, k := range keys {
		j := wt.home(k)
		for {
			s := wt.slots[j]
			if s.key == k {
				if n := s.info & 0xff; n != 0 {
					start := s.info >> 8
					for _, e := range wt.ents[start : start+n] {
						scores[e.c] += int32(e.w)
					}
				} else if wt.dspan != nil {
					o := int(s.info>>8) * wt.dw
					acc.add(wt.dense[o:o+wt.dw], scores)
				}
				break
			}
			if s.key == 0 {
				break
			}
			j = (j + 1) & wt.mask
		}
	}
}

// addAllNow is addAll with the dense rows flushed to scores at once.
func (wt *weights) addAllNow(scores *[256]int32, acc *laneAcc, keys []uint32) {
	wt.addAll(scores, acc, keys)
	acc.flush(scores)
}

// add adds the weights of feature k to scores.
func (wt *weights) add(scores *[256]int32, k uint32) {
	j := wt.home(k)
	for {
		s := wt.slots[j]
		if s.key == k {
			start, n := wt.span(s.info)
			for _, e := range wt.ents[start : start+n] {
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
