package parse

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
)

// The model file is gzip (a fixed level, no name or time in the header, so
// the same model gives the same bytes) around a small columnar format:
//
//	magic "chronicle-parse 2\n"
//	labels: count, then each as length + bytes
//	scale: float32 bits; a weight is its int16 value times scale
//	features: count; 32-bit key deltas (keys ascending); row lengths; the
//	classes of every row; the weights of every row as zig-zag varints
//
// Columns compress better than rows.

const magic = "chronicle-parse 2\n"

// gzipLevel is fixed so that the bytes are reproducible.
const gzipLevel = gzip.BestCompression

// Save writes m in the binary format Load reads. The same model always
// gives the same bytes.
func (m *Model) Save(w io.Writer) error {
	wt := m.wt
	zw, err := gzip.NewWriterLevel(w, gzipLevel)
	if err != nil {
		return fmt.Errorf("parse: save: %w", err)
	}
	bw := bufio.NewWriterSize(zw, 1<<16)
	var tmp [binary.MaxVarintLen64]byte
	uv := func(v uint64) { bw.Write(binary.AppendUvarint(tmp[:0], v)) }
	bw.WriteString(magic)
	uv(uint64(len(m.labels)))
	for _, l := range m.labels {
		uv(uint64(len(l)))
		bw.WriteString(l)
	}
	bw.Write(binary.LittleEndian.AppendUint32(tmp[:0], math.Float32bits(wt.scale)))
	uv(uint64(len(wt.keys)))
	prev := uint32(0)
	for _, k := range wt.keys {
		uv(uint64(k - prev))
		prev = k
	}
	for i := range wt.keys {
		uv(uint64(len(wt.row(i))))
	}
	for i := range wt.keys {
		for _, e := range wt.row(i) {
			bw.WriteByte(e.c)
		}
	}
	for i := range wt.keys {
		for _, e := range wt.row(i) {
			bw.Write(binary.AppendVarint(tmp[:0], int64(e.w)))
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("parse: save: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("parse: save: %w", err)
	}
	return nil
}

// errCorrupt is wrapped by Load's error for a malformed model.
var errCorrupt = errors.New("parse: corrupt model")

// Load reads a model written by Save.
func Load(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("parse: load: %w", err)
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("parse: load: %w", err)
	}
	d := decoder{b: data}
	if string(d.bytes(len(magic))) != magic {
		return nil, fmt.Errorf("%w: bad magic", errCorrupt)
	}
	labels := make([]string, d.count(128))
	for i := range labels {
		labels[i] = string(d.bytes(d.count(len(d.b))))
	}
	scale := math.Float32frombits(binary.LittleEndian.Uint32(d.bytes(4)))
	n := d.count(len(d.b))
	keys := make([]uint32, n)
	prev := uint64(0)
	for i := range keys {
		prev += d.uvarint()
		if prev == 0 || prev > math.MaxUint32 {
			d.fail()
		}
		keys[i] = uint32(prev)
	}
	lens := make([]int, n)
	total := 0
	for i := range lens {
		lens[i] = d.count(256)
		total += lens[i]
	}
	if d.err != nil || total > len(d.b) {
		return nil, fmt.Errorf("%w: truncated", errCorrupt)
	}
	ents := make([]entry, total)
	nc := 1 + 2*len(labels)
	for i := range ents {
		c := d.byte()
		if int(c) >= nc {
			return nil, fmt.Errorf("%w: class %d of %d", errCorrupt, c, nc)
		}
		ents[i].c = c
	}
	for i := range ents {
		v := d.varint()
		if v < -32767 || v > 32767 {
			d.fail()
		}
		ents[i].w = int16(v)
	}
	if d.err != nil {
		return nil, fmt.Errorf("%w: truncated", errCorrupt)
	}
	if len(d.b) != 0 {
		return nil, fmt.Errorf("%w: %d trailing bytes", errCorrupt, len(d.b))
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
	return newModel(labels, wt)
}

// decoder reads the model body; after the first error every read returns
// zero values and err stays set.
type decoder struct {
	b   []byte
	err error
}

func (d *decoder) fail() {
	if d.err == nil {
		d.err = errCorrupt
	}
	d.b = nil
}

func (d *decoder) bytes(n int) []byte {
	if n < 0 || n > len(d.b) {
		d.fail()
		return make([]byte, max(n, 0))
	}
	out := d.b[:n]
	d.b = d.b[n:]
	return out
}

func (d *decoder) byte() byte {
	if len(d.b) == 0 {
		d.fail()
		return 0
	}
	c := d.b[0]
	d.b = d.b[1:]
	return c
}

func (d *decoder) uvarint() uint64 {
	v, k := binary.Uvarint(d.b)
	if k <= 0 {
		d.fail()
		return 0
	}
	d.b = d.b[k:]
	return v
}

func (d *decoder) varint() int64 {
	v, k := binary.Varint(d.b)
	if k <= 0 {
		d.fail()
		return 0
	}
	d.b = d.b[k:]
	return v
}

// count reads a length and checks it against limit.
func (d *decoder) count(limit int) int {
	v := d.uvarint()
	if v > uint64(limit) {
		d.fail()
		return 0
	}
	return int(v)
}
