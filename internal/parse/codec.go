package parse

import (
	"errors"
	"fmt"
	"io"
	"math"
	"slices"

	"chronicle/internal/model/codec"
)

// The model file is a zstd frame (codec.Writer: fixed options, so the same
// model gives the same bytes; Load reads the gzip of older builds too)
// around a small columnar format:
//
//	magic "chronicle-parse 2\n", or "chronicle-parse 3\n" for a model with
//	the suffix and shape features (a model read with the wrong feature
//	set would parse nonsense, so the set is in the magic)
//	"chronicle-parse 4\n" for one with word clusters too, whose clusters
//	follow the magic: count, 32-bit key deltas (keys ascending), cluster
//	ids
//	labels: count, then each as length + bytes
//	scale: float32 bits; a weight is its int16 value times scale
//	features: count; 32-bit key deltas (keys ascending); row lengths; the
//	classes of every row; the weights of every row as zig-zag varints
//
// Columns compress better than rows.

const (
	magic         = "chronicle-parse 2\n"
	magicShape    = "chronicle-parse 3\n"
	magicClusters = "chronicle-parse 4\n"
)

// Save writes m in the binary format Load reads. The same model always
// gives the same bytes.
func (m *Model) Save(w io.Writer) error {
	wt := m.wt
	e, err := codec.NewWriter(w)
	if err != nil {
		return fmt.Errorf("parse: save: %w", err)
	}
	switch {
	case m.clus != nil:
		e.Raw(magicClusters)
		keys := make([]uint32, 0, len(m.clus))
		for k := range m.clus {
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
			e.Uvarint(uint64(m.clus[k]))
		}
	case m.shape:
		e.Raw(magicShape)
	default:
		e.Raw(magic)
	}
	e.Uvarint(uint64(len(m.labels)))
	for _, l := range m.labels {
		e.Str(l)
	}
	e.Uint32(math.Float32bits(wt.scale))
	e.Uvarint(uint64(len(wt.keys)))
	prev := uint32(0)
	for _, k := range wt.keys {
		e.Uvarint(uint64(k - prev))
		prev = k
	}
	for i := range wt.keys {
		e.Uvarint(uint64(len(wt.row(i))))
	}
	for i := range wt.keys {
		for _, en := range wt.row(i) {
			e.Byte(en.c)
		}
	}
	for i := range wt.keys {
		for _, en := range wt.row(i) {
			e.Varint(int64(en.w))
		}
	}
	if err := e.Close(); err != nil {
		return fmt.Errorf("parse: save: %w", err)
	}
	return nil
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
	d := codec.NewReader(data)
	var shape bool
	var clus map[uint32]uint16
	switch string(d.Bytes(len(magic))) {
	case magic:
	case magicShape:
		shape = true
	case magicClusters:
		shape = true
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
		clus = make(map[uint32]uint16, n)
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
	default:
		return nil, fmt.Errorf("%w: bad magic", errCorrupt)
	}
	labels := make([]string, d.Count(128))
	for i := range labels {
		labels[i] = d.Str()
	}
	scale := math.Float32frombits(d.Uint32())
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
	nc := 1 + 2*len(labels)
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
	if d.Len() != 0 {
		return nil, fmt.Errorf("%w: %d trailing bytes", errCorrupt, d.Len())
	}
	b := newTableBuilder(n, nc, scale)
	off := 0
	for i, l := range lens {
		if err := b.add(keys[i], ents[off:off+l]); err != nil {
			return nil, fmt.Errorf("%w: %w", errCorrupt, err)
		}
		off += l
	}
	wt := b.done()
	m, err := newModel(labels, wt, shape)
	if err != nil {
		return nil, err
	}
	m.clus = clus
	return m, nil
}
