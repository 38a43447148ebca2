package ner

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"

	"chronicle/internal/model/codec"
)

// The model file is a zstd frame (codec.Writer: fixed options, so the same
// model gives the same bytes; Load reads the gzip of older builds too) over:
//
//	magic "chronicle-ner\n", format version (uvarint)
//	gazetteer fingerprint (8 bytes), number of labels (uvarint)
//	word clusters: count c (uvarint), c word hashes ascending as uvarint
//	  deltas, then c cluster ids (uvarint)
//	number of passes (uvarint, 1 or 2), then each pass, first pass first:
//	  transition scores: (numLabels+1)*numLabels float32 bits (uvarint)
//	  scale (float32 bits), feature count n (uvarint)
//	  n keys, ascending, as uvarint deltas
//	  n rows of numLabels int16 weights as zigzag varints (times scale)
//
// Only hashed keys are stored, never words.
const (
	magic         = "chronicle-ner\n"
	formatVersion = 3
)

// ErrFormat is wrapped by Load's errors for a file that is not a model of
// this format, or was trained with other gazetteers.
var ErrFormat = errors.New("ner: bad model file")

// Save writes m to w.
func (m *Model) Save(w io.Writer) error {
	e, err := codec.NewWriter(w)
	if err != nil {
		return fmt.Errorf("ner: save: %w", err)
	}
	e.Raw(magic)
	e.Uvarint(formatVersion)
	e.Uint64(m.gaz.fingerprint)
	e.Uvarint(numLabels)
	hashes := make([]uint64, 0, len(m.clus))
	for h := range m.clus {
		hashes = append(hashes, h)
	}
	slices.Sort(hashes)
	e.Uvarint(uint64(len(hashes)))
	prevH := uint64(0)
	for _, h := range hashes {
		e.Uvarint(h - prevH)
		prevH = h
	}
	for _, h := range hashes {
		e.Uvarint(uint64(m.clus[h]))
	}
	passes := []*Model{m}
	if m.first != nil {
		passes = []*Model{m.first, m}
	}
	e.Uvarint(uint64(len(passes)))
	for _, p := range passes {
		p.writePass(e)
	}
	if err := e.Close(); err != nil {
		return fmt.Errorf("ner: save: %w", err)
	}
	return nil
}

func (m *Model) writePass(e *codec.Writer) {
	for a := range m.trans {
		for b := range m.trans[a] {
			e.Uvarint(uint64(math.Float32bits(m.trans[a][b])))
		}
	}
	e.Uvarint(uint64(math.Float32bits(m.scale)))
	e.Uvarint(uint64(len(m.qkeys)))
	prev := uint32(0)
	for _, k := range m.qkeys {
		e.Uvarint(uint64(k - prev))
		prev = k
	}
	for _, v := range m.qrows {
		e.Varint(int64(v))
	}
}

// Load reads a model written by Save.
func Load(r io.Reader) (*Model, error) {
	raw, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrFormat, err)
	}
	return loadBytes(raw)
}

// loadBytes reads a model file held in memory (the embedded one is read
// without a copy).
func loadBytes(file []byte) (*Model, error) {
	g, err := loadGazetteer()
	if err != nil {
		return nil, err
	}
	b, err := codec.Decompress(file)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrFormat, err)
	}
	if !bytes.HasPrefix(b, []byte(magic)) {
		return nil, fmt.Errorf("%w: no magic", ErrFormat)
	}
	d := codec.NewReader(b[len(magic):])
	if v := d.Uvarint(); v != formatVersion {
		return nil, fmt.Errorf("%w: version %d", ErrFormat, v)
	}
	if fp := d.Uint64(); d.Err() == nil && fp != g.fingerprint {
		return nil, fmt.Errorf("%w: trained with other gazetteers (retrain the model)", ErrFormat)
	}
	if n := d.Uvarint(); d.Err() == nil && n != numLabels {
		return nil, fmt.Errorf("%w: %d labels, want %d", ErrFormat, n, numLabels)
	}
	nc := d.Uvarint()
	if d.Err() != nil || nc > uint64(d.Len()) {
		return nil, fmt.Errorf("%w: truncated", ErrFormat)
	}
	hashes := make([]uint64, nc)
	prevH := uint64(0)
	for i := range hashes {
		prevH += d.Uvarint()
		hashes[i] = prevH
	}
	clus := make(map[uint64]uint16, nc)
	for _, h := range hashes {
		c := d.Uvarint()
		if c == 0 || c > numClusters {
			return nil, fmt.Errorf("%w: bad cluster id %d", ErrFormat, c)
		}
		clus[h] = uint16(c)
	}
	if len(clus) == 0 {
		clus = nil
	}
	passes := d.Uvarint()
	if d.Err() == nil && passes != 1 && passes != 2 {
		return nil, fmt.Errorf("%w: %d passes", ErrFormat, passes)
	}
	var m *Model
	for p := uint64(0); p < passes && d.Err() == nil; p++ {
		next, err := readPass(d, g)
		if err != nil {
			return nil, err
		}
		next.first, next.clus, m = m, clus, next
	}
	if d.Err() != nil {
		return nil, fmt.Errorf("%w: truncated", ErrFormat)
	}
	if d.Len() != 0 {
		return nil, fmt.Errorf("%w: %d trailing bytes", ErrFormat, d.Len())
	}
	return m, nil
}

// pass reads one pass's weights.
func readPass(d *codec.Reader, g *gazetteer) (*Model, error) {
	var trans [numLabels + 1][numLabels]float32
	for a := range trans {
		for b := range trans[a] {
			trans[a][b] = math.Float32frombits(uint32(d.Uvarint()))
		}
	}
	scale := math.Float32frombits(uint32(d.Uvarint()))
	n := d.Uvarint()
	if d.Err() != nil || n > uint64(d.Len()) {
		return nil, fmt.Errorf("%w: truncated", ErrFormat)
	}
	keys := make([]uint32, n)
	prev := uint64(0)
	for i := range keys {
		prev += d.Uvarint()
		if prev > math.MaxUint32 || (i > 0 && uint32(prev) == keys[i-1]) || prev == 0 {
			return nil, fmt.Errorf("%w: bad key %d", ErrFormat, i)
		}
		keys[i] = uint32(prev)
	}
	if d.Err() != nil || n*numLabels > uint64(d.Len()) {
		return nil, fmt.Errorf("%w: truncated", ErrFormat)
	}
	rows := make([]int16, n*numLabels)
	rest := d.Bytes(d.Len())
	used, err := readWeights(rest, rows)
	if err != nil {
		return nil, err
	}
	*d = *codec.NewReader(rest[used:])
	m := buildModel(g, keys, rows, scale)
	m.trans = trans
	return m, nil
}

// readWeights fills rows with the zig-zag varint weights at the start of
// b and returns how many bytes they took. It reads the bytes itself
// rather than through a codec.Reader: the rows are some million varints,
// most of the loading time, nearly all of one byte (a zero weight). A
// weight needs at most three bytes; a longer varint or a value beyond
// an int16 is out of range.
func readWeights(b []byte, rows []int16) (int, error) {
	p := 0
	for i := range rows {
		if p == len(b) {
			return 0, fmt.Errorf("%w: truncated", ErrFormat)
		}
		u := uint32(b[p])
		p++
		if u >= 0x80 {
			if p == len(b) {
				return 0, fmt.Errorf("%w: truncated", ErrFormat)
			}
			u = u&0x7f | uint32(b[p])<<7
			p++
			if u >= 1<<14 {
				if p == len(b) {
					return 0, fmt.Errorf("%w: truncated", ErrFormat)
				}
				if b[p] >= 1<<2 {
					return 0, fmt.Errorf("%w: weight out of range", ErrFormat)
				}
				u = u&(1<<14-1) | uint32(b[p])<<14
				p++
			}
		}
		rows[i] = int16(int32(u>>1) ^ -int32(u&1))
	}
	return p, nil
}
