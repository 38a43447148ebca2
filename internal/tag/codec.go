package tag

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"
)

// The model file is a gzip stream (fixed level, no name, no time, so the
// same model always gives the same bytes) of:
//
//	magic "chronicle-tag/1\n"
//	classes:    n, then n strings "XPOS|UPOS"
//	passes:     one byte, 1 or 2 (second-pass weights are stored
//	            under class+128)
//	dictionary: n, then n × (word, class byte)              sorted by word
//	ambiguity:  n, then n × (word, uvarint id)              sorted by word
//	clusters:   n, then n × (8-byte little-endian word hash,
//	            uvarint cluster id)                         sorted by hash
//	coarse:     the same for the coarse clusters
//	keep-case:  n, then n XPOS                              sorted
//	exceptions: n, then n × (key, lemma)                    sorted by key
//	rules:      n, then n × (key, uvarint cut, add)         sorted by key
//	weights:    n, total entries, then n × (uvarint key delta, count byte,
//	            count × (class byte, zigzag varint weight)) sorted by key
//
// Counts are uvarints; strings are a uvarint length and the bytes.

const magic = "chronicle-tag/4\n"

// ErrFormat is wrapped by Load's error when the input is not a model this
// package wrote.
var ErrFormat = errors.New("tag: not a tagger model")

// Save writes the model in its compact, deterministic binary form.
func (m *Model) Save(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("tag: save: %w", err)
	}
	e := &encoder{w: bufio.NewWriterSize(zw, 1<<16)}
	e.w.WriteString(magic)
	e.uvarint(uint64(len(m.upos)))
	for i := range m.upos {
		e.str(m.xpos[i] + "|" + m.upos[i])
	}
	passes := byte(1)
	if m.twoPass {
		passes = 2
	}
	e.w.WriteByte(passes)
	words := slices.Sorted(maps.Keys(m.lex.dict))
	e.uvarint(uint64(len(words)))
	for _, wd := range words {
		e.str(wd)
		e.w.WriteByte(m.lex.dict[wd])
	}
	words = slices.Sorted(maps.Keys(m.lex.amb))
	e.uvarint(uint64(len(words)))
	for _, wd := range words {
		e.str(wd)
		e.uvarint(uint64(m.lex.amb[wd]))
	}
	e.clusters(m.lex.clus)
	e.clusters(m.lex.coarse)
	keep := slices.Sorted(maps.Keys(m.lem.keepCase))
	e.uvarint(uint64(len(keep)))
	for _, x := range keep {
		e.str(x)
	}
	keys := slices.Sorted(maps.Keys(m.lem.except))
	e.uvarint(uint64(len(keys)))
	for _, k := range keys {
		e.str(k)
		e.str(m.lem.except[k])
	}
	keys = slices.Sorted(maps.Keys(m.lem.rules))
	e.uvarint(uint64(len(keys)))
	for _, k := range keys {
		r := m.lem.rules[k]
		e.str(k)
		e.uvarint(uint64(r.cut))
		e.str(r.add)
	}
	var slots []slot
	for _, s := range m.wt.slots {
		if s.key != 0 {
			slots = append(slots, s)
		}
	}
	slices.SortFunc(slots, func(a, b slot) int { return cmpUint32(a.key, b.key) })
	e.uvarint(uint64(len(slots)))
	e.uvarint(uint64(len(m.wt.ents)))
	prev := uint32(0)
	for _, s := range slots {
		e.uvarint(uint64(s.key - prev))
		prev = s.key
		start, n := s.info>>8, s.info&0xff
		e.w.WriteByte(byte(n))
		for _, en := range m.wt.ents[start : start+n] {
			e.w.WriteByte(en.c)
			e.varint(int64(en.w))
		}
	}
	if err := e.w.Flush(); err != nil {
		return fmt.Errorf("tag: save: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("tag: save: %w", err)
	}
	return nil
}

func cmpUint32(a, b uint32) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

type encoder struct {
	w   *bufio.Writer
	buf [binary.MaxVarintLen64]byte
}

func (e *encoder) uvarint(v uint64) { e.w.Write(binary.AppendUvarint(e.buf[:0], v)) }
func (e *encoder) varint(v int64)   { e.w.Write(binary.AppendVarint(e.buf[:0], v)) }
func (e *encoder) str(s string)     { e.uvarint(uint64(len(s))); e.w.WriteString(s) }

// clusters writes a word-hash → cluster table sorted by hash.
func (e *encoder) clusters(c map[uint64]uint16) {
	hashes := slices.Sorted(maps.Keys(c))
	e.uvarint(uint64(len(hashes)))
	for _, h := range hashes {
		e.w.Write(binary.LittleEndian.AppendUint64(e.buf[:0], h))
		e.uvarint(uint64(c[h]))
	}
}

// Load reads a model written by Save.
func Load(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrFormat, err)
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("tag: load: %w", err)
	}
	d := &decoder{b: data}
	if string(d.bytes(len(magic))) != magic {
		return nil, ErrFormat
	}
	classes := make([]string, d.count(255))
	for i := range classes {
		classes[i] = d.str()
	}
	passes := d.byte()
	if passes != 1 && passes != 2 || passes == 2 && len(classes) > pass2Class {
		d.fail()
	}
	twoPass := passes == 2
	lex := lexicon{dict: map[string]uint8{}, amb: map[string]uint16{}}
	n := d.count(1 << 24)
	lex.dict = make(map[string]uint8, n)
	for range n {
		wd := d.str()
		lex.dict[wd] = d.byte()
	}
	n = d.count(1 << 24)
	lex.amb = make(map[string]uint16, n)
	for range n {
		wd := d.str()
		lex.amb[wd] = uint16(d.uvarint())
	}
	lex.clus = d.clusters()
	lex.coarse = d.clusters()
	lem := lemmatizer{keepCase: map[string]bool{}}
	for range d.count(1 << 10) {
		lem.keepCase[d.str()] = true
	}
	n = d.count(1 << 24)
	lem.except = make(map[string]string, n)
	for range n {
		k := d.str()
		lem.except[k] = d.str()
	}
	n = d.count(1 << 24)
	lem.rules = make(map[string]editRule, n)
	for range n {
		k := d.str()
		cut := int(d.uvarint())
		lem.rules[k] = editRule{cut: cut, add: d.str()}
	}
	// The weight table is filled as it is read, sized from the counts up
	// front: loading time is mostly this loop.
	n = d.count(maxEntries)
	total := d.count(maxEntries - 1)
	wt := newTable(n, total)
	prev := uint32(0)
	for i := range n {
		prev += uint32(d.uvarint())
		c := int(d.byte())
		start := len(wt.ents)
		for range c {
			cls := d.byte()
			w := d.varint()
			ok := int(cls) < len(classes) || twoPass && cls >= pass2Class && int(cls) < pass2Class+len(classes)
			if !ok || w < -32768 || w > 32767 || len(wt.ents) >= total {
				d.fail()
				break
			}
			wt.ents = append(wt.ents, entry{c: cls, w: int16(w)})
		}
		if d.err != nil || (i > 0 && prev == 0) {
			d.fail()
			break
		}
		if err := wt.insert(prev, start, len(wt.ents)-start); err != nil {
			return nil, fmt.Errorf("%w: %w", ErrFormat, err)
		}
	}
	if d.err != nil {
		return nil, fmt.Errorf("%w: %w", ErrFormat, d.err)
	}
	if len(d.b) != 0 {
		return nil, fmt.Errorf("%w: %d trailing bytes", ErrFormat, len(d.b))
	}
	return newModel(classes, lex, wt, twoPass, lem), nil
}

// decoder reads the model body; after the first error every read returns
// zero values and err stays set.
type decoder struct {
	b   []byte
	err error
}

func (d *decoder) fail() {
	if d.err == nil {
		d.err = errors.New("truncated or corrupt")
	}
	d.b = nil
}

func (d *decoder) bytes(n int) []byte {
	if n < 0 || n > len(d.b) {
		d.fail()
		return nil
	}
	out := d.b[:n]
	d.b = d.b[n:]
	return out
}

func (d *decoder) byte() byte {
	b := d.bytes(1)
	if b == nil {
		return 0
	}
	return b[0]
}

func (d *decoder) uvarint() uint64 {
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.fail()
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) varint() int64 {
	v, n := binary.Varint(d.b)
	if n <= 0 {
		d.fail()
		return 0
	}
	d.b = d.b[n:]
	return v
}

// count reads a count and checks it against a sanity limit.
func (d *decoder) count(limit int) int {
	v := d.uvarint()
	if v > uint64(limit) {
		d.fail()
		return 0
	}
	return int(v)
}

func (d *decoder) str() string { return string(d.bytes(d.count(len(d.b)))) }

// clusters reads a table written by encoder.clusters.
func (d *decoder) clusters() map[uint64]uint16 {
	n := d.count(1 << 24)
	c := make(map[uint64]uint16, n)
	for range n {
		b := d.bytes(8)
		if b == nil {
			break
		}
		c[binary.LittleEndian.Uint64(b)] = uint16(d.uvarint())
	}
	return c
}
