package codec

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"

	"github.com/klauspost/compress/gzip"
	"github.com/klauspost/compress/zstd"
)

// maxBody bounds the size a model body may claim, so that a corrupt or
// hostile header cannot make Decompress allocate without limit. The largest
// model body is some 11 MB.
const maxBody = 1 << 28

// Decompress returns the body of a model file: a zstd frame as Writer
// writes, or a gzip stream as older builds wrote.
func Decompress(b []byte) ([]byte, error) {
	switch {
	case bytes.HasPrefix(b, []byte{0x28, 0xb5, 0x2f, 0xfd}):
		// A decoder of its own, closed after: models are decoded once
		// per process, and a shared one would keep its buffers.
		dec, err := zstd.NewReader(nil, zstd.WithDecoderConcurrency(1), zstd.WithDecoderMaxMemory(maxBody))
		if err != nil {
			return nil, err
		}
		defer dec.Close()
		return dec.DecodeAll(b, nil)
	case bytes.HasPrefix(b, []byte{0x1f, 0x8b}):
		zr, err := gzip.NewReader(bytes.NewReader(b))
		if err != nil {
			return nil, err
		}
		return io.ReadAll(io.LimitReader(zr, maxBody))
	}
	return nil, fmt.Errorf("%w: neither zstd nor gzip", ErrCorrupt)
}

// ReadAll reads a model file from r and returns its body (see Decompress).
func ReadAll(r io.Reader) ([]byte, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	return Decompress(b)
}

// ErrCorrupt is the error a Reader keeps after its first failed read.
var ErrCorrupt = errors.New("truncated or corrupt")

// Reader reads a model body (already decompressed) field by field. After
// the first failure every read returns a zero value and Err stays set, so a
// loader can read a whole section and check once, and a malformed file
// never makes it panic or allocate beyond its own size.
type Reader struct {
	b   []byte
	err error
}

// NewReader reads b.
func NewReader(b []byte) *Reader { return &Reader{b: b} }

// Err returns ErrCorrupt once a read has failed, else nil.
func (d *Reader) Err() error { return d.err }

// Len returns the number of bytes not yet read.
func (d *Reader) Len() int { return len(d.b) }

// Fail marks the input corrupt, for checks the caller makes on values read
// (a weight out of range, say); the rest reads as empty.
func (d *Reader) Fail() {
	if d.err == nil {
		d.err = ErrCorrupt
	}
	d.b = nil
}

// Bytes returns the next n bytes, or nil if there are fewer.
func (d *Reader) Bytes(n int) []byte {
	if n < 0 || n > len(d.b) {
		d.Fail()
		return nil
	}
	out := d.b[:n]
	d.b = d.b[n:]
	return out
}

// Byte returns the next byte.
func (d *Reader) Byte() byte {
	b := d.Bytes(1)
	if b == nil {
		return 0
	}
	return b[0]
}

// Uvarint returns the next unsigned varint. A one-byte varint (most of
// the millions in a model) takes a path short enough to be inlined.
func (d *Reader) Uvarint() uint64 {
	if b := d.b; len(b) > 0 && b[0] < 0x80 {
		d.b = b[1:]
		return uint64(b[0])
	}
	return d.uvarint()
}

func (d *Reader) uvarint() uint64 {
	// Two bytes: weights and key deltas mostly are.
	if b := d.b; len(b) >= 2 && b[1] < 0x80 {
		d.b = b[2:]
		return uint64(b[0]&0x7f) | uint64(b[1])<<7
	}
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.Fail()
		return 0
	}
	d.b = d.b[n:]
	return v
}

// Varint returns the next zig-zag varint (as binary.Varint decodes it).
func (d *Reader) Varint() int64 {
	u := d.Uvarint()
	return int64(u>>1) ^ -int64(u&1)
}

// Count returns the next uvarint as a count, failing (and returning 0)
// when it is above limit, so a corrupt count cannot size an allocation.
func (d *Reader) Count(limit int) int {
	v := d.Uvarint()
	if v > uint64(limit) {
		d.Fail()
		return 0
	}
	return int(v)
}

// Str returns the next string written by Writer.Str.
func (d *Reader) Str() string { return string(d.Bytes(d.Count(len(d.b)))) }

// Uint32 returns the next four bytes as a little-endian number.
func (d *Reader) Uint32() uint32 {
	b := d.Bytes(4)
	if b == nil {
		return 0
	}
	return binary.LittleEndian.Uint32(b)
}

// Uint64 returns the next eight bytes as a little-endian number.
func (d *Reader) Uint64() uint64 {
	b := d.Bytes(8)
	if b == nil {
		return 0
	}
	return binary.LittleEndian.Uint64(b)
}
