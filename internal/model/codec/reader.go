package codec

import (
	"encoding/binary"
	"errors"
)

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

// Uvarint returns the next unsigned varint.
func (d *Reader) Uvarint() uint64 {
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.Fail()
		return 0
	}
	d.b = d.b[n:]
	return v
}

// Varint returns the next zig-zag varint.
func (d *Reader) Varint() int64 {
	v, n := binary.Varint(d.b)
	if n <= 0 {
		d.Fail()
		return 0
	}
	d.b = d.b[n:]
	return v
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
