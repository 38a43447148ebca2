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
	dense []denseRow
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

// denseRow holds a row as numLabels lanes of 32 bits, two to a word, each
// weight plus denseBias, so that rows are summed lane by lane with one
// 64-bit addition per two labels: a lane stays below 2^32 over fewer than
// 2^16 rows, so no carry crosses into the next.
type denseRow [(numLabels + 1) / 2]uint64

const denseBias = 1 << 15

// addTo adds a denseRow as nine words; this fails to compile if the row
// has another length.
var _ [9]uint64 = denseRow{}

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
			var dr denseRow
			for l, w := range row[:numLabels] {
				dr[l/2] |= uint64(int32(w)+denseBias) << (32 * (l % 2))
			}
			t.dense = append(t.dense, dr)
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
	// The table's fields are read once, not through t at every probe.
	mask, dense := t.mask, t.dense
	slots := t.slots[:int(mask)+1]
	// Nearly every lookup misses the cache: touch every key's home slot
	// first, with no branch in between, so that the misses are in flight
	// together (as the tagger's and the parser's scoring do). Label 31 is
	// padding (numLabels < 32), so the sink may be stored there unread.
	var sink uint32
	for _, k := range keys {
		sink |= slots[(k*0x9e3779b1)&mask].key
	}
	sum[31] = int32(sink)
	// The dense rows found (most rows met are dense) are listed, then
	// added up by addDense in a loop of their own: summed in the probing
	// loop, their nine lanes took every register, and the loop spilled
	// and reloaded them and its own bounds at every row. Cachegrind,
	// analyze over the PolNeAR dev texts: 152.5 M instructions, now
	// 105.6 M here and 32.0 M in addDense.
	var lanes denseRow
	var found [32]uint32
	n, nd := 0, int32(0)
	for _, k := range keys {
		i := (k * 0x9e3779b1) & mask
		for {
			s := &slots[i]
			if s.key == k {
				if s.lab[0] == denseMark {
					if n == len(found) {
						addDense(&lanes, dense, found[:n])
						n = 0
					}
					found[n] = uint32(uint16(s.w[0])) | uint32(uint16(s.w[1]))<<16
					n++
					nd++
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
			i = (i + 1) & mask
		}
	}
	if nd == 0 {
		return
	}
	addDense(&lanes, dense, found[:n])
	bias := nd * denseBias
	for l, a := range lanes {
		sum[2*l] += int32(uint32(a)) - bias
		if 2*l+1 < numLabels {
			sum[2*l+1] += int32(uint32(a>>32)) - bias
		}
	}
}

// addDense adds the dense rows rows to lanes, lane by lane in registers.
func addDense(lanes *denseRow, dense []denseRow, rows []uint32) {
	a0, a1, a2, a3, a4, a5, a6, a7, a8 := lanes[0], lanes[1], lanes[2], lanes[3], lanes[4], lanes[5], lanes[6], lanes[7], lanes[8]
	for _, r := range rows {
		d := &dense[r]
		a0 += d[0]
		a1 += d[1]
		a2 += d[2]
		a3 += d[3]
		a4 += d[4]
		a5 += d[5]
		a6 += d[6]
		a7 += d[7]
		a8 += d[8]
	}
	*lanes = denseRow{a0, a1, a2, a3, a4, a5, a6, a7, a8}
}
