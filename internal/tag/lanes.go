package tag

// Packed score rows. A row of scores that each fit in an int16 (the
// weights of one feature, or the summed weights a cached word gives a
// neighbour) is packed three classes to a uint64, in lanes of laneBits
// bits, each as score + laneBias: class 3i in the low lane of word i, 3i+1
// in the middle one, 3i+2 in the high one. Every lane is then below 65536,
// so up to laneChunk rows add word-wise with no carry from one lane into
// the next, and a lane's total less k*laneBias is the exact int32 sum of
// the k scores. For the shipped model's 117 classes a row is 39 word adds
// instead of a scatter of up to 117 weights, and the rows a word's scoring
// adds (its neighbours' role sums, the long rows of its pair and tag
// features) are unpacked once, together.
const (
	laneBias = 1 << 15
	laneBits = 21
	laneMask = 1<<laneBits - 1
	// laneChunk is the most rows summed at once: 32 * 65535 < 1<<21.
	laneChunk = 1 << (laneBits - 16)
	// maxLaneWords is laneWords of a full score array.
	maxLaneWords = (256 + 2) / 3
)

// laneWords is the number of packed words of n scores.
func laneWords(n int) int { return (n + 2) / 3 }

// packLanes appends to dst the packed words of the scores sc[:n], which
// must each fit in an int16; the lanes past n hold 0.
func packLanes(dst []uint64, sc []int32, n int) []uint64 {
	for i := 0; i < 3*laneWords(n); i += 3 {
		var v [3]int32
		for j := range v {
			if i+j < n {
				v[j] = sc[i+j]
			}
		}
		dst = append(dst, uint64(v[0]+laneBias)|uint64(v[1]+laneBias)<<laneBits|uint64(v[2]+laneBias)<<(2*laneBits))
	}
	return dst
}

// laneAcc gathers packed rows of nw words until flush adds them up and to
// a score array. Rows come one at a time; summed four at a time, a word
// of the sums is loaded and stored once per four rows instead of per row.
type laneAcc struct {
	rows [laneChunk][]uint64
	n    int
	nw   int
	w    [maxLaneWords]uint64
}

// init empties a for rows of nw words.
func (a *laneAcc) init(nw int) {
	clear(a.rows[:])
	a.nw, a.n = nw, 0
}

// add adds the packed row (of nw words at least) to those to sum,
// flushing them to sc first when there are laneChunk. The row must not
// change until the flush.
func (a *laneAcc) add(row []uint64, sc *[256]int32) {
	if a.n == len(a.rows) {
		a.flush(sc)
	}
	a.rows[a.n] = row
	a.n++
}

// flush adds the rows to sc and empties a. The lanes past the scores
// (3*nw is at most 255, below the 256 of sc) add 0.
func (a *laneAcc) flush(sc *[256]int32) {
	if a.n == 0 {
		return
	}
	w := a.sum()
	bias := int32(a.n) * laneBias
	for i, x := range w {
		sc[uint8(3*i)] += int32(x&laneMask) - bias
		sc[uint8(3*i+1)] += int32(x>>laneBits&laneMask) - bias
		sc[uint8(3*i+2)] += int32(x>>(2*laneBits)) - bias
	}
	clear(w)
	a.n = 0
}

// sum adds up the rows in a.w and returns it.
func (a *laneAcc) sum() []uint64 {
	w := a.w[:a.nw]
	rows := a.rows[:a.n]
	for ; len(rows) >= 4; rows = rows[4:] {
		r0, r1, r2, r3 := rows[0][:len(w)], rows[1][:len(w)], rows[2][:len(w)], rows[3][:len(w)]
		for i := range w {
			w[i] += r0[i] + r1[i] + r2[i] + r3[i]
		}
	}
	for _, r := range rows {
		r = r[:len(w)]
		for i := range w {
			w[i] += r[i]
		}
	}
	return w
}

// flushArgmax returns argmax(sc[:n]) of the scores flush would leave, and
// empties a, but leaves sc as it was: the scoring of a word needs only its
// best class, and unpacking the sums, adding sc and comparing in one pass
// saves a store and a load of every score and the separate argmax loop
// (cachegrind, analyze over the PolNeAR dev texts: flush, argmax and
// predict 201 M instructions, now 178 M with this and sum, about 290
// fewer a token). It is argmax(sc[:n]) after flush whenever n is the 3*nw
// scores of the packed rows (for the shipped model's 117 classes, 39
// words); otherwise it is computed that way.
func (a *laneAcc) flushArgmax(sc *[256]int32, n int) uint8 {
	if a.n == 0 || n != 3*a.nw {
		a.flush(sc)
		return argmax(sc[:n])
	}
	w := a.sum()
	bias := int32(a.n) * laneBias
	best, c := int32(-1<<31), 0
	for i, x := range w {
		// In class order, strictly greater, so that ties keep the lowest
		// class as argmax does.
		if v := sc[uint8(3*i)] + int32(x&laneMask) - bias; v > best {
			best, c = v, 3*i
		}
		if v := sc[uint8(3*i+1)] + int32(x>>laneBits&laneMask) - bias; v > best {
			best, c = v, 3*i+1
		}
		if v := sc[uint8(3*i+2)] + int32(x>>(2*laneBits)) - bias; v > best {
			best, c = v, 3*i+2
		}
	}
	clear(w)
	a.n = 0
	return uint8(c)
}
