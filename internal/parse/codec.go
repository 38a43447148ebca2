package parse

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"

	"chronicle/internal/model/codec"
	"chronicle/internal/model/hugepage"
)

// The model file is a zstd frame (codec.Writer: fixed options, so the same
// model gives the same bytes; Load reads the gzip of older builds too)
// around a small columnar format, which holds the weight table in the very
// layout it has in memory, so that loading places every row with no hash
// table build (a random write per key, which was most of the load time):
//
//	magic "chronicle-parse 5\n"
//	feature set: one byte, 0 for the base features, 1 with the suffix and
//	shape features, 2 with those and word clusters, 3 with those and the
//	words' tag classes (a model read with the wrong feature set would
//	parse nonsense, so the set is in the file); for 2 the clusters
//	follow: count, 32-bit key deltas (keys ascending), cluster ids; for
//	3 the clusters and then the tag classes in the same form
//	labels: count, then each as length + bytes
//	scale: float32 bits; a weight is its int16 value times scale
//	table: log2 of the slot count (one byte), key count n, then the keys
//	in ascending order of their slot hash h = key*0x9E3779B1 (whose top
//	bits are the home slot) as deltas of h; each key's displacement from
//	its home slot (uvarint, nearly all 0); the row lengths (a byte
//	each); the classes of every row; the weights of every row as zig-zag
//	varints
//
// Columns compress better than rows. Formats 2, 3 and 4 (older builds)
// held the keys in ascending order and left the table to be built on load;
// Load still reads them.

const (
	magic         = "chronicle-parse 2\n"
	magicShape    = "chronicle-parse 3\n"
	magicClusters = "chronicle-parse 4\n"
	magicTable    = "chronicle-parse 5\n"
)

// The feature sets of a format 5 file.
const (
	featBase = iota
	featShape
	featClusters
	featTagClasses
)

// golden is the multiplier of weights.slotOf and goldenInv its inverse
// modulo 2^32, which turns a stored slot hash back into its key.
const (
	golden    = 0x9E3779B1
	goldenInv = 0x0E8B2F51
)

// Save writes m in the binary format Load reads. The same model always
// gives the same bytes.
func (m *Model) Save(w io.Writer) error {
	wt := m.wt
	e, err := codec.NewWriter(w)
	if err != nil {
		return fmt.Errorf("parse: save: %w", err)
	}
	e.Raw(magicTable)
	switch {
	case m.amb != nil:
		e.Byte(featTagClasses)
		writeClusters(e, m.clus)
		writeClusters(e, m.amb)
	case m.clus != nil:
		e.Byte(featClusters)
		writeClusters(e, m.clus)
	case m.shape:
		e.Byte(featShape)
	default:
		e.Byte(featBase)
	}
	e.Uvarint(uint64(len(m.labels)))
	for _, l := range m.labels {
		e.Str(l)
	}
	e.Uint32(math.Float32bits(wt.scale))
	// The occupied slots in order of slot hash, each as h<<32 | slot.
	order := make([]uint64, 0, wt.n)
	for j, sl := range wt.slots {
		if sl.key != 0 {
			order = append(order, uint64(sl.key*golden)<<32|uint64(j))
		}
	}
	slices.Sort(order)
	bits := 32 - wt.shift
	mask := uint32(len(wt.slots) - 1)
	e.Byte(byte(bits))
	e.Uvarint(uint64(len(order)))
	prev := uint32(0)
	for _, o := range order {
		h := uint32(o >> 32)
		e.Uvarint(uint64(h - prev))
		prev = h
	}
	for _, o := range order {
		h, j := uint32(o>>32), uint32(o)
		e.Uvarint(uint64((j - h>>wt.shift) & mask))
	}
	rows := make([][]entry, len(order))
	for i, o := range order {
		rows[i] = wt.rowOf(wt.slots[uint32(o)].info)
		e.Byte(byte(len(rows[i])))
	}
	for _, r := range rows {
		for _, en := range r {
			e.Byte(en.c)
		}
	}
	for _, r := range rows {
		for _, en := range r {
			e.Varint(int64(en.w))
		}
	}
	if err := e.Close(); err != nil {
		return fmt.Errorf("parse: save: %w", err)
	}
	return nil
}

func writeClusters(e *codec.Writer, clus map[uint32]uint16) {
	keys := make([]uint32, 0, len(clus))
	for k := range clus {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	e.Uvarint(uint64(len(keys)))
	prev := uint32(0)
	for _, k := range keys {
		e.Uvarint(uint64(k - prev))
		prev = k
	}
	for _, k := range keys {
		e.Uvarint(uint64(clus[k]))
	}
}

func readClusters(d *codec.Reader) (map[uint32]uint16, error) {
	n := d.Count(d.Len())
	keys := make([]uint32, n)
	prev := uint64(0)
	for i := range keys {
		prev += d.Uvarint()
		if (i > 0 && uint32(prev) == keys[i-1]) || prev > math.MaxUint32 {
			d.Fail()
		}
		keys[i] = uint32(prev)
	}
	clus := make(map[uint32]uint16, n)
	for _, k := range keys {
		id := d.Uvarint()
		if id > math.MaxUint16 {
			d.Fail()
		}
		clus[k] = uint16(id)
	}
	if d.Err() != nil {
		return nil, fmt.Errorf("%w: truncated clusters", errCorrupt)
	}
	return clus, nil
}

// errCorrupt is wrapped by Load's error for a malformed model.
var errCorrupt = errors.New("parse: corrupt model")

// Load reads a model written by Save.
func Load(r io.Reader) (*Model, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("parse: load: %w", err)
	}
	return loadBytes(b)
}

// loadBytes reads a model file held in memory (the embedded one is read
// without a copy).
func loadBytes(file []byte) (*Model, error) {
	data, err := codec.Decompress(file)
	if err != nil {
		return nil, fmt.Errorf("parse: load: %w", err)
	}
	return loadBody(data)
}

// loadBody reads a decompressed model body.
func loadBody(data []byte) (*Model, error) {
	var err error
	d := codec.NewReader(data)
	var shape bool
	var clus, amb map[uint32]uint16
	m := string(d.Bytes(len(magic)))
	switch m {
	case magic:
	case magicShape:
		shape = true
	case magicClusters:
		shape = true
		if clus, err = readClusters(d); err != nil {
			return nil, err
		}
	case magicTable:
		switch d.Byte() {
		case featBase:
		case featShape:
			shape = true
		case featClusters:
			shape = true
			if clus, err = readClusters(d); err != nil {
				return nil, err
			}
		case featTagClasses:
			shape = true
			if clus, err = readClusters(d); err != nil {
				return nil, err
			}
			if amb, err = readClusters(d); err != nil {
				return nil, err
			}
		default:
			return nil, fmt.Errorf("%w: bad feature set", errCorrupt)
		}
	default:
		return nil, fmt.Errorf("%w: bad magic", errCorrupt)
	}
	labels := make([]string, d.Count(128))
	for i := range labels {
		labels[i] = d.Str()
	}
	scale := math.Float32frombits(d.Uint32())
	var wt *weights
	if m == magicTable {
		wt, err = readTable(d, 1+2*len(labels), scale)
	} else {
		wt, err = readLegacy(d, 1+2*len(labels), scale)
	}
	if err != nil {
		return nil, err
	}
	if d.Len() != 0 {
		return nil, fmt.Errorf("%w: %d trailing bytes", errCorrupt, d.Len())
	}
	mod, err := newModel(labels, wt, shape)
	if err != nil {
		return nil, err
	}
	mod.clus, mod.amb = clus, amb
	return mod, nil
}

// readTable reads the weight table of a format 5 file, nc classes. The
// columns are read with a cursor of their own rather than codec.Reader:
// they are millions of varints, nearly all of one byte.
func readTable(d *codec.Reader, nc int, scale float32) (*weights, error) {
	bits := int(d.Byte())
	if d.Err() != nil || bits < 4 || bits > 30 {
		return nil, fmt.Errorf("%w: table of 2^%d slots", errCorrupt, bits)
	}
	size := 1 << bits
	// At least one slot stays empty, or a lookup of an absent key would
	// never end.
	n := d.Count(min(d.Len(), size-1))
	if d.Err() != nil {
		return nil, fmt.Errorf("%w: truncated", errCorrupt)
	}
	// newTableBuilder makes at most 3n slots (16 at least); more would
	// let a corrupt file claim gigabytes.
	if size > 16 && size > 3*n {
		return nil, fmt.Errorf("%w: 2^%d slots for %d keys", errCorrupt, bits, n)
	}
	wt := &weights{slots: make([]slot, size), shift: uint(32 - bits), scale: scale, dw: denseRowWords(nc), n: n}
	mask := uint32(size - 1)
	b := d.Bytes(d.Len())
	i := 0
	// Slot hashes, ascending and non-zero (key 0 marks an empty slot).
	hs := make([]uint32, n)
	prev := uint64(0)
	for k := range hs {
		var v uint64
		v, i = uvarintAt(b, i)
		prev += v
		if i < 0 || prev == 0 || prev > math.MaxUint32 || (k > 0 && v == 0) {
			return nil, fmt.Errorf("%w: bad keys", errCorrupt)
		}
		hs[k] = uint32(prev)
	}
	// Each key into its slot; pos[k] keeps the slot for the row info.
	pos := make([]uint32, n)
	for k, h := range hs {
		var disp uint64
		disp, i = uvarintAt(b, i)
		j := (h>>wt.shift + uint32(disp)) & mask
		if i < 0 || disp >= uint64(size) || wt.slots[j].key != 0 {
			return nil, fmt.Errorf("%w: truncated or overlapping table", errCorrupt)
		}
		wt.slots[j].key = h * goldenInv
		pos[k] = j
	}
	if !probesReach(wt) {
		return nil, fmt.Errorf("%w: a key beyond an empty slot", errCorrupt)
	}
	if i+n > len(b) {
		return nil, fmt.Errorf("%w: truncated", errCorrupt)
	}
	lens := b[i : i+n]
	i += n
	total, nsparse, ndense := 0, 0, 0
	for _, l := range lens {
		switch {
		case l == 0:
			return nil, fmt.Errorf("%w: an empty row", errCorrupt)
		case l >= denseMin:
			ndense++
		default:
			nsparse += int(l)
		}
		total += int(l)
	}
	if i+total > len(b) {
		return nil, fmt.Errorf("%w: truncated", errCorrupt)
	}
	if nsparse+sparsePad >= maxEntries || ndense >= maxEntries {
		return nil, fmt.Errorf("%w: table too large", errCorrupt)
	}
	// The classes and the weights, row by row: cls is the class column,
	// ws the weight column.
	cls, ws := b[i:i+total], b[i+total:]
	wt.ents = make([]uint32, nsparse, nsparse+sparsePad)
	wt.dense = make([]uint64, ndense*wt.dw)
	for k := range wt.dense {
		wt.dense[k] = denseEmpty
	}
	off, di, ci, wi := 0, 0, 0, 0
	for k, l := range lens {
		l := int(l)
		rc := cls[ci : ci+l]
		ci += l
		var info uint32
		var row []uint64
		if l >= denseMin {
			info = denseInfo(di)
			row = wt.dense[di*wt.dw : (di+1)*wt.dw]
			di++
		} else {
			info = sparseInfo(off, l)
		}
		last := -1
		for _, c := range rc {
			var u uint64
			u, wi = uvarintAt(ws, wi)
			w := int64(u>>1) ^ -int64(u&1)
			if wi < 0 || int(c) >= nc || int(c) <= last || w == 0 || w < -32767 || w > 32767 {
				return nil, fmt.Errorf("%w: bad row", errCorrupt)
			}
			last = int(c)
			if row != nil {
				setDense(row, int(c), int32(w))
			} else {
				wt.ents[off] = uint32(uint16(int16(w)))<<16 | uint32(c)
				off++
			}
		}
		wt.slots[pos[k]].info = info
	}
	if wi != len(ws) {
		return nil, fmt.Errorf("%w: %d trailing bytes", errCorrupt, len(ws)-wi)
	}
	// Padding, so that score may read a block of sparsePad entries from
	// any row.
	wt.ents = append(wt.ents, make([]uint32, sparsePad)...)
	wt.markOverflows()
	hugepage.Prefer(wt.slots)
	hugepage.Prefer(wt.ents)
	hugepage.Prefer(wt.dense)
	wt.setDenseMaxima()
	return wt, nil
}

// uvarintAt reads the unsigned varint at b[i:] and returns it with the
// index after it, or with -1 when it is truncated or overlong. One- and
// two-byte varints (nearly all of a model's) take fast paths.
func uvarintAt(b []byte, i int) (uint64, int) {
	if i >= 0 && i < len(b) && b[i] < 0x80 {
		return uint64(b[i]), i + 1
	}
	// Two bytes, as most weights take: the same value binary.Uvarint
	// gives, without its loop.
	if i >= 0 && i+1 < len(b) && b[i+1] < 0x80 {
		return uint64(b[i]&0x7f) | uint64(b[i+1])<<7, i + 2
	}
	if i < 0 || i >= len(b) {
		return 0, -1
	}
	v, n := binary.Uvarint(b[i:])
	if n <= 0 {
		return 0, -1
	}
	return v, i + n
}

// probesReach reports whether linear probing finds every key of wt: no
// empty slot may lie between a key's home slot and its slot. It walks the
// slots once from an empty one, counting the length of the run of full
// slots each is in; a key's distance from its home must be below that.
func probesReach(wt *weights) bool {
	size := len(wt.slots)
	mask := uint32(size - 1)
	start := slices.IndexFunc(wt.slots, func(s slot) bool { return s.key == 0 })
	if start < 0 {
		return false
	}
	run := uint32(0)
	for t := 1; t <= size; t++ {
		j := uint32(start+t) & mask
		k := wt.slots[j].key
		if k == 0 {
			run = 0
			continue
		}
		run++
		if (j-wt.slotOf(k))&mask >= run {
			return false
		}
	}
	return true
}

// readLegacy reads the weight table of a format 2, 3 or 4 file (keys
// ascending) and builds the hash table from it.
func readLegacy(d *codec.Reader, nc int, scale float32) (*weights, error) {
	n := d.Count(d.Len())
	keys := make([]uint32, n)
	prev := uint64(0)
	for i := range keys {
		prev += d.Uvarint()
		if prev == 0 || prev > math.MaxUint32 {
			d.Fail()
		}
		keys[i] = uint32(prev)
	}
	lens := make([]int, n)
	total := 0
	for i := range lens {
		lens[i] = d.Count(256)
		total += lens[i]
	}
	if d.Err() != nil || total > d.Len() {
		return nil, fmt.Errorf("%w: truncated", errCorrupt)
	}
	ents := make([]entry, total)
	for i := range ents {
		c := d.Byte()
		if int(c) >= nc {
			return nil, fmt.Errorf("%w: class %d of %d", errCorrupt, c, nc)
		}
		ents[i].c = c
	}
	for i := range ents {
		v := d.Varint()
		if v < -32767 || v > 32767 {
			d.Fail()
		}
		ents[i].w = int16(v)
	}
	if d.Err() != nil {
		return nil, fmt.Errorf("%w: truncated", errCorrupt)
	}
	b := newTableBuilder(n, nc, scale)
	off := 0
	for i, l := range lens {
		if err := b.add(keys[i], ents[off:off+l]); err != nil {
			return nil, fmt.Errorf("%w: %w", errCorrupt, err)
		}
		off += l
	}
	return b.done(), nil
}
