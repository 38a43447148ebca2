package tag

import (
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"

	"chronicle/internal/model/codec"
)

// The model file is a zstd frame (codec.Writer: fixed options, so the same
// model always gives the same bytes; Load reads the gzip of older builds
// too) of:
//
//	magic "chronicle-tag/5\n"
//	classes:    n, then n strings "XPOS|UPOS"
//	passes:     one byte, 1 or 2 (second-pass weights are stored
//	            under class+128)
//	dictionary: n, then n × (word, class byte)              sorted by word
//	ambiguity:  n, then n × (word, uvarint id)              sorted by word
//	clusters:   n, then n × (8-byte little-endian word hash,
//	            uvarint cluster id)                         sorted by hash
//	coarse:     the same for the coarse clusters
//	keep-case:  n, then n XPOS                              sorted
//	lowered:    n, then n × key (lower-cased form + 0 + XPOS) sorted
//	exceptions: n, then n × (key, lemma)                    sorted by key
//	rules:      n, then n × (key, uvarint cut, add)         sorted by key
//	weights:    n, total entries, then n × (uvarint key delta, count byte,
//	            count × (class byte, zigzag varint weight)) sorted by key
//
// Counts are uvarints; strings are a uvarint length and the bytes.

const magic = "chronicle-tag/5\n"

// ErrFormat is wrapped by Load's error when the input is not a model this
// package wrote.
var ErrFormat = errors.New("tag: not a tagger model")

// Save writes the model in its compact, deterministic binary form.
func (m *Model) Save(w io.Writer) error {
	e, err := codec.NewWriter(w)
	if err != nil {
		return fmt.Errorf("tag: save: %w", err)
	}
	e.Raw(magic)
	e.Uvarint(uint64(len(m.upos)))
	for i := range m.upos {
		e.Str(m.xpos[i] + "|" + m.upos[i])
	}
	passes := byte(1)
	if m.twoPass {
		passes = 2
	}
	e.Byte(passes)
	words := slices.Sorted(maps.Keys(m.lex.dict))
	e.Uvarint(uint64(len(words)))
	for _, wd := range words {
		e.Str(wd)
		e.Byte(m.lex.dict[wd])
	}
	words = slices.Sorted(maps.Keys(m.lex.amb))
	e.Uvarint(uint64(len(words)))
	for _, wd := range words {
		e.Str(wd)
		e.Uvarint(uint64(m.lex.amb[wd]))
	}
	writeClusters(e, m.lex.clus)
	writeClusters(e, m.lex.coarse)
	keep := slices.Sorted(maps.Keys(m.lem.keepCase))
	e.Uvarint(uint64(len(keep)))
	for _, x := range keep {
		e.Str(x)
	}
	keys := slices.Sorted(maps.Keys(m.lem.lowered))
	e.Uvarint(uint64(len(keys)))
	for _, k := range keys {
		e.Str(k)
	}
	keys = slices.Sorted(maps.Keys(m.lem.except))
	e.Uvarint(uint64(len(keys)))
	for _, k := range keys {
		e.Str(k)
		e.Str(m.lem.except[k])
	}
	keys = slices.Sorted(maps.Keys(m.lem.rules))
	e.Uvarint(uint64(len(keys)))
	for _, k := range keys {
		r := m.lem.rules[k]
		e.Str(k)
		e.Uvarint(uint64(r.cut))
		e.Str(r.add)
	}
	var slots []slot
	for _, s := range m.wt.slots {
		if s.key != 0 {
			slots = append(slots, s)
		}
	}
	slices.SortFunc(slots, func(a, b slot) int { return cmpUint32(a.key, b.key) })
	e.Uvarint(uint64(len(slots)))
	e.Uvarint(uint64(len(m.wt.ents)))
	prev := uint32(0)
	for _, s := range slots {
		e.Uvarint(uint64(s.key - prev))
		prev = s.key
		start, n := m.wt.span(s.info)
		e.Byte(byte(n))
		for _, en := range m.wt.ents[start : start+n] {
			e.Byte(en.c)
			e.Varint(int64(en.w))
		}
	}
	if err := e.Close(); err != nil {
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

// writeClusters writes a word-hash → cluster table sorted by hash.
func writeClusters(e *codec.Writer, c map[uint64]uint16) {
	hashes := slices.Sorted(maps.Keys(c))
	e.Uvarint(uint64(len(hashes)))
	for _, h := range hashes {
		e.Uint64(h)
		e.Uvarint(uint64(c[h]))
	}
}

// Load reads a model written by Save.
func Load(r io.Reader) (*Model, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("tag: load: %w", err)
	}
	return loadBytes(b)
}

// loadBytes reads a model file held in memory (the embedded one is read
// without a copy).
func loadBytes(file []byte) (*Model, error) {
	data, err := codec.Decompress(file)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrFormat, err)
	}
	d := codec.NewReader(data)
	if string(d.Bytes(len(magic))) != magic {
		return nil, ErrFormat
	}
	classes := make([]string, d.Count(255))
	for i := range classes {
		classes[i] = d.Str()
	}
	passes := d.Byte()
	if passes != 1 && passes != 2 || passes == 2 && len(classes) > pass2Class {
		d.Fail()
	}
	twoPass := passes == 2
	lex := lexicon{dict: map[string]uint8{}, amb: map[string]uint16{}}
	n := d.Count(1 << 24)
	lex.dict = make(map[string]uint8, n)
	for range n {
		wd := d.Str()
		lex.dict[wd] = d.Byte()
	}
	n = d.Count(1 << 24)
	lex.amb = make(map[string]uint16, n)
	for range n {
		wd := d.Str()
		lex.amb[wd] = uint16(d.Uvarint())
	}
	lex.clus = readClusters(d)
	lex.coarse = readClusters(d)
	lex.index()
	lem := lemmatizer{keepCase: map[string]bool{}}
	for range d.Count(1 << 10) {
		lem.keepCase[d.Str()] = true
	}
	n = d.Count(1 << 24)
	lem.lowered = make(map[string]bool, n)
	for range n {
		lem.lowered[d.Str()] = true
	}
	n = d.Count(1 << 24)
	lem.except = make(map[string]string, n)
	for range n {
		k := d.Str()
		lem.except[k] = d.Str()
	}
	n = d.Count(1 << 24)
	lem.rules = make(map[string]editRule, n)
	for range n {
		k := d.Str()
		cut := int(d.Uvarint())
		lem.rules[k] = editRule{cut: cut, add: d.Str()}
	}
	lem.indexRules()
	// The rows are read in key order, then the table is built from them
	// (see buildTable): loading time is mostly this.
	n = d.Count(maxEntries)
	total := d.Count(maxEntries - 1)
	var valid [256]bool // the class bytes a row may hold
	for c := range classes {
		valid[c] = true
		if twoPass && pass2Class+c < len(valid) {
			valid[pass2Class+c] = true
		}
	}
	keys, counts, flat, ok := readRows(d.Bytes(d.Len()), n, total, &valid)
	if !ok {
		d.Fail()
	}
	var wt *weights
	if d.Err() == nil {
		if wt, err = buildTable(keys, counts, flat); err != nil {
			return nil, fmt.Errorf("%w: %w", ErrFormat, err)
		}
	}
	if d.Err() != nil {
		return nil, fmt.Errorf("%w: %w", ErrFormat, d.Err())
	}
	return newModel(classes, lex, wt, twoPass, lem), nil
}

// readRows reads the weights section, the rest of the file b: n rows of
// total entries in all (see the format above), as the keys in order, the
// number of entries of each and all the entries in order. It reports
// false when b is not exactly that, a class is not valid or a weight not
// an int16. It reads the bytes itself rather than through a
// codec.Reader: the million entries and more of the shipped model are
// most of the loading time, and nearly every one is a class byte and a
// one- or two-byte varint.
func readRows(b []byte, n, total int, valid *[256]bool) (keys []uint32, counts []uint8, flat []entry, ok bool) {
	// A row takes two bytes at least, an entry too: a corrupt count must
	// not size the allocations beyond what the file can hold.
	if n > len(b)/2 || total > len(b)/2 {
		return nil, nil, nil, false
	}
	keys = make([]uint32, n)
	counts = make([]uint8, n)
	flat = make([]entry, total)
	p, f := 0, 0
	prev := uint32(0)
	for i := range n {
		// The key delta: a uvarint of at most five bytes for a uint32.
		var delta uint64
		for shift := uint(0); ; shift += 7 {
			if p == len(b) || shift > 28 {
				return nil, nil, nil, false
			}
			c := b[p]
			p++
			delta |= uint64(c&0x7f) << shift
			if c < 0x80 {
				break
			}
		}
		if delta > 1<<32-1 || i > 0 && delta == 0 || uint64(prev)+delta > 1<<32-1 {
			return nil, nil, nil, false
		}
		prev += uint32(delta)
		keys[i] = prev
		if p == len(b) {
			return nil, nil, nil, false
		}
		c := int(b[p])
		p++
		counts[i] = uint8(c)
		if c > total-f {
			return nil, nil, nil, false
		}
		row := flat[f : f+c]
		for j := range row {
			// A class byte, then the weight as a zig-zag varint of
			// at most three bytes (an int16 needs no more).
			if len(b)-p < 2 {
				return nil, nil, nil, false
			}
			cls, u := b[p], uint32(b[p+1])
			p += 2
			if u >= 0x80 {
				if p == len(b) {
					return nil, nil, nil, false
				}
				u = u&0x7f | uint32(b[p])<<7
				p++
				if u >= 1<<14 {
					if p == len(b) || b[p] >= 0x80 {
						return nil, nil, nil, false
					}
					u = u&(1<<14-1) | uint32(b[p])<<14
					p++
				}
			}
			w := int32(u>>1) ^ -int32(u&1)
			if !valid[cls] || w < -32768 || w > 32767 {
				return nil, nil, nil, false
			}
			row[j] = entry{c: cls, w: int16(w)}
		}
		f += c
	}
	if p != len(b) {
		return nil, nil, nil, false
	}
	return keys, counts, flat[:f], true
}

// readClusters reads a table written by writeClusters.
func readClusters(d *codec.Reader) map[uint64]uint16 {
	n := d.Count(1 << 24)
	c := make(map[uint64]uint16, n)
	for range n {
		h := d.Uint64()
		if d.Err() != nil {
			break
		}
		c[h] = uint16(d.Uvarint())
	}
	return c
}
