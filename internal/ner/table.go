package ner

// table is the trained weights: an open-addressing hash table from feature
// key to a row of numLabels quantised scores, key and row side by side so
// that a lookup touches one cache line. Keys are already hashes, so the
// slot comes from a multiplicative mix of the key; probing is linear; key
// zero marks an empty slot. Rows stay int16 (as stored in the file) and
// are summed as integers, then scaled once per token: half the memory of
// float32 rows, which matters because the lookups are cache misses.
type table struct {
	slots []slot
	mask  uint32
	scale float32
}

type slot struct {
	key uint32
	w   [numLabels]int16
}

func newTable(n int, scale float32) table {
	size := 1
	for size < n+n/2+2 {
		size <<= 1
	}
	return table{slots: make([]slot, size), mask: uint32(size - 1), scale: scale}
}

// insert returns the slot of k, claiming an empty one if k is absent.
func (t *table) insert(k uint32) *slot {
	i := (k * 0x9e3779b1) & t.mask
	for {
		switch t.slots[i].key {
		case k:
			return &t.slots[i]
		case 0:
			t.slots[i].key = k
			return &t.slots[i]
		}
		i = (i + 1) & t.mask
	}
}

func (t *table) add(keys []uint32, out *[numLabels]float32) {
	sum := t.sum(keys)
	for l := range out {
		out[l] += float32(sum[l]) * t.scale
	}
}

// sum returns the summed rows of keys, unscaled.
func (t *table) sum(keys []uint32) [numLabels]int32 {
	var sum [numLabels]int32
	t.addTo(&sum, keys)
	return sum
}

// score sets out to the scaled sum of base and the rows of keys; with base
// the sum of other keys' rows, it equals add of all the keys on a zero out.
func (t *table) score(base *[numLabels]int32, keys []uint32, out *[numLabels]float32) {
	sum := *base
	t.addTo(&sum, keys)
	for l := range out {
		out[l] = float32(sum[l]) * t.scale
	}
}

func (t *table) addTo(sum *[numLabels]int32, keys []uint32) {
	for _, k := range keys {
		i := (k * 0x9e3779b1) & t.mask
		for {
			s := &t.slots[i]
			if s.key == k {
				for l := range sum {
					sum[l] += int32(s.w[l])
				}
				break
			}
			if s.key == 0 {
				break
			}
			i = (i + 1) & t.mask
		}
	}
}
