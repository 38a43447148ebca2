package ner

// table is the trained weights: an open-addressing hash table from feature
// key to a row of numLabels quantised scores. Keys are already hashes, so
// the slot comes from a multiplicative mix of the key; probing is linear;
// key zero marks an empty slot. Rows stay int16 (as stored in the file) and
// are summed as integers, then scaled once per token.
//
// The lookups are cache misses, so the table is kept small: most rows have
// only two to four non-zero weights (a perceptron update moves the gold
// and the predicted label of a token, nothing else), and a slot holds such
// a row sparsely, key and up to slotPairs (label, weight) pairs in 16
// bytes, four slots to a cache line. Denser rows live in a side array that
// the slot points to. Unused pairs are label 0, weight 0, so they can be
// added without a test.
type table struct {
	slots []slot
	dense [][numLabels]int16
	mask  uint32
	scale float32
}

const slotPairs = 4

// denseMark in slot.lab[0] says that w[0] and w[1] hold the index in
// table.dense of the slot's row (low half first).
const denseMark = 0xff

type slot struct {
	key uint32
	lab [slotPairs]uint8
	w   [slotPairs]int16
}

// sumRow is a row of summed weights, padded to 32 so that a label byte
// masked with 31 indexes it without a bounds check.
type sumRow [32]int32

func newTable(n int, scale float32) table {
	size := 1
	for size < n+n/2+2 {
		size <<= 1
	}
	return table{slots: make([]slot, size), mask: uint32(size - 1), scale: scale}
}

// put stores the row of k, which must not be in the table yet.
func (t *table) put(k uint32, row []int16) {
	i := (k * 0x9e3779b1) & t.mask
	for t.slots[i].key != 0 {
		i = (i + 1) & t.mask
	}
	s := &t.slots[i]
	s.key = k
	n := 0
	for l := range numLabels {
		if row[l] == 0 {
			continue
		}
		if n == slotPairs {
			d := uint32(len(t.dense))
			t.dense = append(t.dense, [numLabels]int16(row))
			s.lab = [slotPairs]uint8{denseMark}
			s.w = [slotPairs]int16{int16(uint16(d)), int16(uint16(d >> 16))}
			return
		}
		s.lab[n], s.w[n] = uint8(l), row[l]
		n++
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
	var sum sumRow
	t.addTo(&sum, keys)
	return [numLabels]int32(sum[:numLabels])
}

// score sets out to the scaled sum of base and the rows of keys; with base
// the sum of other keys' rows, it equals add of all the keys on a zero out.
func (t *table) score(base *[numLabels]int32, keys []uint32, out *[numLabels]float32) {
	var sum sumRow
	copy(sum[:numLabels], base[:])
	t.addTo(&sum, keys)
	for l := range out {
		out[l] = float32(sum[l]) * t.scale
	}
}

func (t *table) addTo(sum *sumRow, keys []uint32) {
	for _, k := range keys {
		i := (k * 0x9e3779b1) & t.mask
		for {
			s := &t.slots[i]
			if s.key == k {
				if s.lab[0] == denseMark {
					d := &t.dense[uint32(uint16(s.w[0]))|uint32(uint16(s.w[1]))<<16]
					for l := range numLabels {
						sum[l] += int32(d[l])
					}
					break
				}
				sum[s.lab[0]&31] += int32(s.w[0])
				sum[s.lab[1]&31] += int32(s.w[1])
				sum[s.lab[2]&31] += int32(s.w[2])
				sum[s.lab[3]&31] += int32(s.w[3])
				break
			}
			if s.key == 0 {
				break
			}
			i = (i + 1) & t.mask
		}
	}
}
