package parse

import "fmt"

// Dense rows hold three classes per uint64, in lanes of denseLaneBits
// bits: in a row of dw words, class i in the low lane of word i, dw+i in
// the middle one, 2dw+i in the high one (so that the lanes of the sums
// unpack into three runs of scores), each as w + denseBias (an absent
// class as denseBias alone). A weight is an int16, so every lane is below 65536, and adding
// the rows of up to 32 features word-wise (more, see addDense) never
// carries from one lane into the next; a lane's sum less k*denseBias is
// the exact int32 sum of the k rows' weights. Three lanes instead of two (of 32 bits) take the
// words addDense reads and adds per row from 52 to 35 for the 103 classes
// of the English model, and the dense rows from 1.2 to 0.8 MB.
const (
	denseBias     = 1 << 15
	denseLaneBits = 21
	denseLaneMask = 1<<denseLaneBits - 1
	// denseEmpty is a dense word with no weights.
	denseEmpty = denseBias | denseBias<<denseLaneBits | denseBias<<(2*denseLaneBits)
	// denseWords is the length of a dense row: enough for 256 classes.
	// Rows are stored only as long as the model's classes need
	// (weights.dw), this is the scratch size.
	denseWords = (256 + 2) / 3
	// denseMin is the row length from which a row is stored dense: from
	// there on, 52 word adds (for the 103 classes of the English model,
	// two lanes a word when this was measured) beat a scatter of that many
	// single weights. On EWT dev the rows of 16 to 31 weights are 18 of a move's 72 sparse rows but carry 419
	// of its 678 sparse weights: stored dense (2,474 rows, 1 MB more),
	// they take two passes of BenchmarkParseDev, model load included,
	// from 2.73 to 2.46 G instructions (cachegrind); rows of 8 to 15
	// would save 3% more for 3 MB more and more cache misses.
	denseMin = 16
	// rankDenseMin is the row length from which tableBuilder.done puts a
	// row in first whatever its length, as when denseMin was 32: the order
	// of the inserts decides where keys land, which Save writes, so it
	// may not change with the in-memory layout.
	rankDenseMin = 32
)

// tableBuilder fills a weights table one key at a time, keys ascending.
type tableBuilder struct {
	wt    *weights
	mask  uint32
	nc    int      // number of classes
	keys  []uint32 // the keys added, ascending
	infos []uint32 // infos[i]: the rowInfo of keys[i]
	lens  []uint8  // lens[i]: the number of weights of keys[i]
}

func newTableBuilder(nkeys, nclasses int, scale float32) *tableBuilder {
	bits := uint(4)
	for float64(uint(1)<<bits) < 1.5*float64(nkeys) {
		bits++
	}
	wt := &weights{
		slots: make([]slot, 1<<bits), shift: 32 - bits,
		scale: scale, dw: denseRowWords(nclasses),
	}
	return &tableBuilder{wt: wt, mask: uint32(1<<bits - 1), nc: nclasses,
		keys: make([]uint32, 0, nkeys), infos: make([]uint32, 0, nkeys)}
}

// add stores key k with its row, whose entries are in ascending class
// order and all below the builder's class count.
func (b *tableBuilder) add(k uint32, row []entry) error {
	wt := b.wt
	if k == 0 || (len(b.keys) > 0 && k <= b.keys[len(b.keys)-1]) {
		return fmt.Errorf("parse: feature keys not ascending and non-zero")
	}
	if len(row) == 0 || len(row) > 255 {
		return fmt.Errorf("parse: a feature with %d weights", len(row))
	}
	// A dense row cannot tell a zero weight from an absent class, and Save
	// must write a row back as it was added (Load refuses zero weights
	// too; quantise drops them).
	for _, e := range row {
		if e.w == 0 {
			return fmt.Errorf("parse: a zero weight")
		}
	}
	var info uint32
	if len(row) >= denseMin {
		i := len(wt.dense) / max(wt.dw, 1)
		if i >= maxEntries {
			return fmt.Errorf("parse: more than %d dense rows", maxEntries)
		}
		info = denseInfo(i)
		start := len(wt.dense)
		for range wt.dw {
			wt.dense = append(wt.dense, denseEmpty)
		}
		d := wt.dense[start:]
		for _, e := range row {
			if int(e.c) >= b.nc {
				return fmt.Errorf("parse: class %d of %d", e.c, b.nc)
			}
			setDense(d, int(e.c), int32(e.w))
		}
	} else {
		off := len(wt.ents)
		if off+len(row) >= maxEntries {
			return fmt.Errorf("parse: more than %d weights", maxEntries)
		}
		info = sparseInfo(off, len(row))
		for _, e := range row {
			if int(e.c) >= b.nc {
				return fmt.Errorf("parse: class %d of %d", e.c, b.nc)
			}
			wt.ents = append(wt.ents, uint32(uint16(e.w))<<16|uint32(e.c))
		}
	}
	b.keys = append(b.keys, k)
	b.infos = append(b.infos, info)
	b.lens = append(b.lens, uint8(len(row)))
	return nil
}

// done fills the slots. (Save records where each key landed, so Load
// rebuilds this very layout without redoing the inserts.) Every insert is a cache miss, so keys go in in
// batches whose home slots are touched first (as in score): it halves the
// load time of the shipped model.
//
// Keys go in by the length of their rows, longest first (dense rows, then
// sparse ones), since a feature with weights for many classes is one met
// often: with linear probing the keys put in first sit in their home slots,
// so the lookups of the frequent features end at the first slot they read.
// On EWT dev that takes the share of lookups that read past the home slot
// from a third to a tenth (measured).
func (b *tableBuilder) done() *weights {
	wt := b.wt
	const batch = 64
	var home [batch]uint32
	var sink uint32
	order := byRowLength(b.lens)
	for lo := 0; lo < len(order); lo += batch {
		idx := order[lo:min(lo+batch, len(order))]
		for i, x := range idx {
			home[i] = wt.slotOf(b.keys[x]) & b.mask
			sink |= wt.slots[home[i]].key
		}
		for i, x := range idx {
			j := home[i]
			for wt.slots[j].key != 0 {
				j = (j + 1) & b.mask
			}
			wt.slots[j] = slot{key: b.keys[x], info: b.infos[x]}
		}
	}
	wt.n = len(b.keys)
	wt.markOverflows()
	wt.setDenseMaxima()
	wt.touched = sink
	// Padding, so that score may read a block of sparsePad entries from
	// any row.
	wt.ents = append(wt.ents, make([]uint32, sparsePad)...)
	return wt
}

// byRowLength returns the indices of lens ordered by the row lengths,
// longest first (a row of rankDenseMin or more weights counts as the
// longest), and by index among rows of one length: a counting sort, so the
// order is fixed.
func byRowLength(lens []uint8) []int32 {
	rank := func(n uint8) int {
		if n < rankDenseMin {
			return 256 - int(n)
		}
		return 0
	}
	var start [257]int
	for _, n := range lens {
		start[rank(n)+1]++
	}
	for r := 1; r < len(start); r++ {
		start[r] += start[r-1]
	}
	order := make([]int32, len(lens))
	for i, n := range lens {
		r := rank(n)
		order[start[r]] = int32(i)
		start[r]++
	}
	return order
}

// rowOf returns the entries of the row at info in ascending class order.
func (wt *weights) rowOf(info uint32) []entry {
	if info&denseFlag == 0 {
		n, off := info&sparseLenMask, info>>8
		row := make([]entry, n)
		for j := range row {
			x := wt.ents[off+uint32(j)]
			row[j] = entry{w: int16(x >> 16), c: uint8(x)}
		}
		return row
	}
	d := wt.dense[int(info>>8)*wt.dw:][:wt.dw]
	var row []entry
	for c := range 3 * wt.dw {
		if w := denseWeight(d, c); w != 0 {
			row = append(row, entry{w: int16(w), c: uint8(c)})
		}
	}
	return row
}

// denseRowWords returns the words of a dense row of nc classes.
func denseRowWords(nc int) int { return (nc + 2) / 3 }

// setDense sets the weight of class c in the dense row d.
func setDense(d []uint64, c int, w int32) {
	i, sh := c%len(d), denseLaneBits*uint(c/len(d))
	d[i] = d[i]&^(denseLaneMask<<sh) | uint64(w+denseBias)<<sh
}

// denseWeight returns the weight of class c in the dense row d.
func denseWeight(d []uint64, c int) int32 {
	return int32(d[c%len(d)]>>(denseLaneBits*uint(c/len(d)))&denseLaneMask) - denseBias
}

// score adds the weights of the features of the templates tmpls (whose
// keys are in feats) to scores, the dense rows to acc, whose sums reach
// scores when it is full or the caller flushes it (flushDense). Nearly
// every lookup misses the cache (the table is far larger), so it works in
// passes that keep many misses in flight at once instead of waiting on each
// in turn: it touches every feature's home slot with no branch in between,
// then finds the rows, touches them, and only then adds the dense rows
// word-wise and the sparse ones weight by weight. On EWT dev the touch
// passes alone are worth a quarter of the parser's speed.
//
// The passes avoid branches whose outcome varies from feature to feature
// (found or not, dense or sparse, a row's length): each would be
// mispredicted a good part of the time, and there are some 120 of them a
// move. A key found in its home slot (most are; the table is at most
// two-thirds full) is sorted into the list of its kind (dense, or sparse
// by its length) through a table, and the sparse rows are added in fixed
// blocks.
//
// Each pass is a function of its own: in one function the passes' many
// live values do not fit in registers, and the loops spill and reload them
// every iteration (1% more instructions for the parser, measured).
func (wt *weights) score(feats *featKeys, tmpls []uint8, scores *[256]int32, acc *denseAcc, buf *scoreBuf) {
	tmpls = tmpls[:min(len(tmpls), numTemplates)]
	sink := wt.touchHomes(feats, tmpls, buf)
	wt.findRows(len(tmpls), buf)
	sink |= wt.touchRows(buf)
	// Class 255 does not exist (there are at most 255 classes); the
	// store keeps the compiler from dropping the touch passes.
	scores[255] = int32(sink)
	if dense := buf.list(kindDense); len(dense) > 0 {
		wt.addDense(dense, acc, scores)
	}
	wt.addSparse(buf, scores)
}

// touchHomes folds every feature's key, finds its home slot and touches it
// without a branch, so that all the cache misses are in flight at once.
//
//go:noinline
func (wt *weights) touchHomes(feats *featKeys, tmpls []uint8, buf *scoreBuf) uint32 {
	slots := wt.slots
	// The home slot, slotOf's top bits of k*golden, as a multiplication
	// by the slot count (a power of two) rather than a shift by a
	// variable, which x86 does only by CL.
	size := uint64(len(slots))
	keys, home := buf.keys[:len(tmpls)], buf.home[:len(tmpls)]
	var sink uint32
	for i, t := range tmpls {
		k := fold(feats[t&numTemplates1])
		j := uint32(uint64(k*golden) * size >> 32)
		keys[i], home[i] = k, j
		sink |= slots[j].info
	}
	return sink
}

// findRows finds the rows of the first n keys of buf and lists the infos
// of those found by their kind (rowKind): the sparse rows by their length,
// the dense ones in a list of their own. buf.n says how many each list
// holds. An absent key goes to list 0, which is never read.
//
//go:noinline
func (wt *weights) findRows(n int, buf *scoreBuf) {
	mask := uint32(len(wt.slots) - 1)
	slots := wt.slots
	keys, home := buf.keys[:n], buf.home[:n]
	cnt := &buf.n
	*cnt = [numKinds]int32{}
	for i, k := range keys {
		j := home[i]
		sl := slots[j]
		// One branch, rarely taken: the home slot holds another key and
		// some key whose home it is lies further on (overflowFlag), so
		// the key may too. (As two, key found and slot empty, it was
		// mispredicted for the absent keys; without the flag, for those
		// whose home holds another key.) The product of two numbers
		// below 1<<32 is 0 in 64 bits only when one of them is; an empty
		// slot's info is 0.
		d := sl.key ^ k // 0 when found
		if uint64(d)*uint64(sl.info&overflowFlag) != 0 {
			for {
				j = (j + 1) & mask
				sl = slots[j]
				if sl.key == k || sl.key == 0 {
					break
				}
			}
			d = sl.key ^ k
		}
		// An absent key ends on another key's slot or an empty one: its
		// info is 0, of kind 0. (uint64(d)-1)>>32 is all ones for d = 0
		// and 0 for any other uint32, with no branch.
		info := sl.info & uint32((uint64(d)-1)>>32)
		kd := rowKind[uint8(info)] & (numKinds - 1)
		c := cnt[kd]
		buf.rows[kd][c&numTemplates1] = info
		cnt[kd] = c + 1
	}
}

// Row kinds, which findRows sorts the rows into, so that each list is
// added with no branch per row on its length: sparse rows of 1, 2, 3 to 4,
// 5 to 8 and 9 to 15 entries (kindSparse1 to kindSparse9), dense rows
// (kindDense), none (0).
const (
	kindSparse1 = 1 + iota
	kindSparse2
	kindSparse3
	kindSparse5
	kindSparse9
	kindDense
	numKinds = 8 // a power of two above kindDense
)

var _ [numKinds - kindDense - 1]struct{}

// rowKind maps the low byte of a slot's info to the kind of its row,
// whether or not overflowFlag is set.
var rowKind = func() (k [256]uint8) {
	for b := range k {
		switch n := b & sparseLenMask; {
		case b&denseFlag != 0:
			k[b] = kindDense
		case n == 0:
		case n == 1:
			k[b] = kindSparse1
		case n == 2:
			k[b] = kindSparse2
		case n <= 4:
			k[b] = kindSparse3
		case n <= 8:
			k[b] = kindSparse5
		default:
			k[b] = kindSparse9
		}
	}
	return k
}()

// touchRows touches the rows found, for the same reason as touchHomes,
// and turns the dense rows' infos into their indices.
//
//go:noinline
func (wt *weights) touchRows(buf *scoreBuf) uint32 {
	var sink uint32
	ents := wt.ents
	// Both lines each row may span (its block: see addSparse).
	for _, info := range buf.list(kindSparse1) {
		sink |= ents[info>>8]
	}
	for _, info := range buf.list(kindSparse2) {
		sink |= ents[info>>8] ^ ents[info>>8+1]
	}
	for _, info := range buf.list(kindSparse3) {
		sink |= ents[info>>8] ^ ents[info>>8+3]
	}
	for _, info := range buf.list(kindSparse5) {
		sink |= ents[info>>8] ^ ents[info>>8+7]
	}
	for _, info := range buf.list(kindSparse9) {
		sink |= ents[info>>8] ^ ents[info>>8+15]
	}
	dense := buf.list(kindDense)
	for j, info := range dense {
		i := info >> 8
		dense[j] = i
		sink |= uint32(wt.dense[int(i)*wt.dw])
	}
	return sink
}

// addSparse adds the sparse rows to scores straight from ents, each list of
// rows in fixed blocks: a row of 1 or 2 entries as it is, one of 3 to 4 in
// a block of 4, 5 to 8 in one of 8, 9 to 15 in two (ents has a block of
// padding at its end). The entries past a row's end, which belong to the
// next rows, add their weight masked to 0. Fixed blocks spare a loop whose
// length, the row's, varies from row to row and would be mispredicted;
// blocks of 8 for every row (as before) took 9.5 adds a row for 5.5
// weights on EWT dev, and a list for each length (1 to 15) more in loop
// overhead than it saved in adds (cachegrind).
//
//go:noinline
func (wt *weights) addSparse(buf *scoreBuf, scores *[256]int32) {
	ents := wt.ents
	for _, info := range buf.list(kindSparse1) {
		x := ents[info>>8]
		scores[uint8(x)] += int32(x) >> 16
	}
	for _, info := range buf.list(kindSparse2) {
		b := (*[2]uint32)(ents[info>>8:])
		x0, x1 := b[0], b[1]
		scores[uint8(x0)] += int32(x0) >> 16
		scores[uint8(x1)] += int32(x1) >> 16
	}
	for _, info := range buf.list(kindSparse3) {
		b := (*[4]uint32)(ents[info>>8:])
		m := &sparseMasks[info&sparseLenMask&15]
		x0, x1, x2, x3 := b[0], b[1], b[2], b[3]
		scores[uint8(x0)] += int32(x0) >> 16
		scores[uint8(x1)] += int32(x1) >> 16
		scores[uint8(x2)] += int32(x2) >> 16
		scores[uint8(x3)] += int32(x3) >> 16 & m[3]
	}
	for _, info := range buf.list(kindSparse5) {
		b := (*[8]uint32)(ents[info>>8:])
		m := &sparseMasks[info&sparseLenMask&15]
		x0, x1, x2, x3 := b[0], b[1], b[2], b[3]
		scores[uint8(x0)] += int32(x0) >> 16
		scores[uint8(x1)] += int32(x1) >> 16
		scores[uint8(x2)] += int32(x2) >> 16
		scores[uint8(x3)] += int32(x3) >> 16
		x4, x5, x6, x7 := b[4], b[5], b[6], b[7]
		scores[uint8(x4)] += int32(x4) >> 16
		scores[uint8(x5)] += int32(x5) >> 16 & m[5]
		scores[uint8(x6)] += int32(x6) >> 16 & m[6]
		scores[uint8(x7)] += int32(x7) >> 16 & m[7]
	}
	for _, info := range buf.list(kindSparse9) {
		b := (*[16]uint32)(ents[info>>8:])
		m := &sparseMasks[info&sparseLenMask&15]
		x0, x1, x2, x3 := b[0], b[1], b[2], b[3]
		scores[uint8(x0)] += int32(x0) >> 16
		scores[uint8(x1)] += int32(x1) >> 16
		scores[uint8(x2)] += int32(x2) >> 16
		scores[uint8(x3)] += int32(x3) >> 16
		x4, x5, x6, x7 := b[4], b[5], b[6], b[7]
		scores[uint8(x4)] += int32(x4) >> 16
		scores[uint8(x5)] += int32(x5) >> 16
		scores[uint8(x6)] += int32(x6) >> 16
		scores[uint8(x7)] += int32(x7) >> 16
		x0, x1, x2, x3 = b[8], b[9], b[10], b[11]
		scores[uint8(x0)] += int32(x0) >> 16
		scores[uint8(x1)] += int32(x1) >> 16 & m[9]
		scores[uint8(x2)] += int32(x2) >> 16 & m[10]
		scores[uint8(x3)] += int32(x3) >> 16 & m[11]
		x4, x5, x6, x7 = b[12], b[13], b[14], b[15]
		scores[uint8(x4)] += int32(x4) >> 16 & m[12]
		scores[uint8(x5)] += int32(x5) >> 16 & m[13]
		scores[uint8(x6)] += int32(x6) >> 16 & m[14]
		scores[uint8(x7)] += int32(x7) >> 16 & m[15]
	}
}

// sparseMasks[n] keeps the weights of the first n entries of a block of
// 16. A sparse row has fewer than 16 entries (denseMin).
var sparseMasks = func() (m [16][16]int32) {
	for n := range m {
		for i := range n {
			m[n][i] = -1
		}
	}
	return m
}()

// list returns the infos of the rows of kind k found.
func (b *scoreBuf) list(k int) []uint32 {
	return b.rows[k&(numKinds-1)][:b.n[k&(numKinds-1)]&numTemplates1]
}

// numTemplates1 is numTemplates rounded up to a power of two, less one: a
// mask that spares findRows its bounds checks.
const numTemplates1 = 127

// numTemplates must not exceed numTemplates1 + 1, and addSparse's blocks
// and masks are for rows of at most 15 entries (these fail to compile
// otherwise).
var (
	_ [numTemplates1 + 1 - numTemplates]struct{}
	_ [16 - denseMin]struct{}
	_ [denseMin - 16]struct{}
)

// sparsePad is the padding at the end of ents: addSparse reads a block of
// up to 16 entries from any row's start.
const sparsePad = 16

// scoreBuf is score's working memory, kept with the caller's scratch so
// that a move neither allocates nor clears it.
type scoreBuf struct {
	keys, home [numTemplates]uint32
	// rows[k] lists the infos of the rows of kind k found (the dense
	// ones' indices once touchRows has run), n[k] how many.
	rows [numKinds][numTemplates1 + 1]uint32
	n    [numKinds]int32
}

// denseAcc sums dense rows word-wise (see addDense) before their sums are
// unpacked into scores.
type denseAcc struct {
	sum  [denseWords]uint64
	rows int32 // the rows summed
	top  int32 // the sum of their highest lanes (dmax)
}

// addDense adds the dense rows idx to a, as many rows as can be summed with
// no carry out of a lane: while the sum of the rows' highest lanes (dmax)
// fits in a lane; past that it flushes a into scores first. That is at
// least 32 rows (32 * 65535 < 1<<21), and most moves' forty-odd rows at
// once, where 32 would unpack most moves' sums twice (the weights are
// mostly far below the int16 bound, so a row's highest lane is mostly not
// far above denseBias).
func (wt *weights) addDense(idx []uint32, a *denseAcc, scores *[256]int32) {
	dmax := wt.dmax
	// Mostly all the rows fit: their highest lanes summed with no branch
	// per row say so.
	top := a.top
	for _, i := range idx {
		top += int32(dmax[i])
	}
	if top <= denseLaneMask {
		wt.addDenseChunk(idx, &a.sum)
		a.rows += int32(len(idx))
		a.top = top
		return
	}
	for {
		n, top := 0, a.top
		for _, i := range idx {
			t := top + int32(dmax[i])
			if t > denseLaneMask {
				break
			}
			n, top = n+1, t
		}
		if n > 0 {
			wt.addDenseChunk(idx[:n], &a.sum)
			a.rows += int32(n)
			a.top = top
			idx = idx[n:]
		}
		if len(idx) == 0 {
			return
		}
		// Full: an empty sum takes at least one row.
		wt.flushDense(a, scores)
	}
}

// flushDense adds the sums of a to scores and empties a.
func (wt *weights) flushDense(a *denseAcc, scores *[256]int32) {
	acc := a.sum[:wt.dw]
	// k rows add k*denseBias to every lane; it is taken off each lane's
	// sum, which fits in denseLaneBits bits.
	bias := a.rows * denseBias
	// The low lanes hold classes 0..dw-1, the middle ones dw..2dw-1, the
	// high ones 2dw..3dw-1 (3dw is at most 255): three runs as long as
	// acc, which spares the bounds checks.
	s0, s1, s2 := scores[:len(acc)], scores[len(acc):2*len(acc)], scores[2*len(acc):3*len(acc)]
	s1, s2 = s1[:len(acc)], s2[:len(acc)]
	for i, x := range acc {
		s0[i] += int32(x&denseLaneMask) - bias
		s1[i] += int32(x>>denseLaneBits&denseLaneMask) - bias
		s2[i] += int32(x>>(2*denseLaneBits)) - bias
	}
	a.reset(wt.dw)
}

// reset empties a, for dense rows of dw words.
func (a *denseAcc) reset(dw int) {
	clear(a.sum[:dw])
	a.rows, a.top = 0, 0
}

// copyFrom sets a to b, for dense rows of dw words.
func (a *denseAcc) copyFrom(b *denseAcc, dw int) {
	copy(a.sum[:dw], b.sum[:dw])
	a.rows, a.top = b.rows, b.top
}

// setDenseMaxima sets dmax from the dense rows.
func (wt *weights) setDenseMaxima() {
	if wt.dw == 0 {
		return
	}
	rows := len(wt.dense) / wt.dw
	wt.dmax = make([]uint16, rows)
	for r := range rows {
		m := uint64(0)
		for _, x := range wt.dense[r*wt.dw : (r+1)*wt.dw] {
			m = max(m, x&denseLaneMask, x>>denseLaneBits&denseLaneMask, x>>(2*denseLaneBits))
		}
		wt.dmax[r] = uint16(m)
	}
}

// addDenseChunk adds the dense rows idx, whose highest lanes and those of
// the rows already in acc sum below 1<<denseLaneBits, to acc.
func (wt *weights) addDenseChunk(idx []uint32, accp *[denseWords]uint64) {
	addRows(wt.dense, wt.dw, idx, accp[:wt.dw])
}

// addRows adds the packed rows idx of dw words each of src to acc (dw
// words), as addDenseChunk.
func addRows(src []uint64, dw int, idx []uint32, acc []uint64) {
	acc = acc[:dw]
	rowAt := func(i uint32) []uint64 {
		o := int(i) * dw
		return src[o : o+dw : o+dw]
	}
	// Eight rows at a time read and write the sums half as often as four.
	for len(idx) >= 8 {
		r0, r1, r2, r3 := rowAt(idx[0]), rowAt(idx[1]), rowAt(idx[2]), rowAt(idx[3])
		r4, r5, r6, r7 := rowAt(idx[4]), rowAt(idx[5]), rowAt(idx[6]), rowAt(idx[7])
		r0, r1, r2, r3 = r0[:len(acc)], r1[:len(acc)], r2[:len(acc)], r3[:len(acc)]
		r4, r5, r6, r7 = r4[:len(acc)], r5[:len(acc)], r6[:len(acc)], r7[:len(acc)]
		for i := range acc {
			acc[i] += r0[i] + r1[i] + r2[i] + r3[i] + r4[i] + r5[i] + r6[i] + r7[i]
		}
		idx = idx[8:]
	}
	for len(idx) >= 4 {
		r0, r1, r2, r3 := rowAt(idx[0]), rowAt(idx[1]), rowAt(idx[2]), rowAt(idx[3])
		r0, r1, r2, r3 = r0[:len(acc)], r1[:len(acc)], r2[:len(acc)], r3[:len(acc)]
		for i := range acc {
			acc[i] += r0[i] + r1[i] + r2[i] + r3[i]
		}
		idx = idx[4:]
	}
	// The last rows in one pass too, which spares reading and writing
	// the sums once or twice more.
	switch len(idx) {
	case 3:
		r0, r1, r2 := rowAt(idx[0]), rowAt(idx[1]), rowAt(idx[2])
		r0, r1, r2 = r0[:len(acc)], r1[:len(acc)], r2[:len(acc)]
		for i := range acc {
			acc[i] += r0[i] + r1[i] + r2[i]
		}
	case 2:
		r0, r1 := rowAt(idx[0]), rowAt(idx[1])
		r0, r1 = r0[:len(acc)], r1[:len(acc)]
		for i := range acc {
			acc[i] += r0[i] + r1[i]
		}
	case 1:
		r := rowAt(idx[0])[:len(acc)]
		for i := range acc {
			acc[i] += r[i]
		}
	}
}
