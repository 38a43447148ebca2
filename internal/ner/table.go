package ner

// table is the trained weights: an open-addressing hash table from feature
// key to a row of numLabels scores. Keys are already hashes, so the slot is
// the low bits; probing is linear; zero marks an empty slot.
type table struct {
	keys []uint32
	rows []float32 // numLabels per slot
	mask uint32
}

func newTable(n int) table {
	size := 1
	for size < 2*n+2 {
		size <<= 1
	}
	return table{keys: make([]uint32, size), rows: make([]float32, size*numLabels), mask: uint32(size - 1)}
}

// slot returns the slot of k, inserting it when insert is true; -1 when
// k is absent and not inserted.
func (t *table) slot(k uint32, insert bool) int {
	i := (k * 0x9e3779b1) & t.mask
	for {
		switch t.keys[i] {
		case k:
			return int(i)
		case 0:
			if !insert {
				return -1
			}
			t.keys[i] = k
			return int(i)
		}
		i = (i + 1) & t.mask
	}
}

func (t *table) add(keys []uint32, out *[numLabels]float32) {
	for _, k := range keys {
		s := t.slot(k, false)
		if s < 0 {
			continue
		}
		row := t.rows[s*numLabels : s*numLabels+numLabels : s*numLabels+numLabels]
		for l := range out {
			out[l] += row[l]
		}
	}
}
