// Package codec holds the pieces the binary model files of tag, ner and
// parse are written and read with: a gzip stream at a fixed level (no name,
// no time in the header, so the same model always gives the same bytes),
// varints, zig-zag varints, length-prefixed strings and little-endian
// fixed-width words. Each model keeps its own layout; only the primitives
// are shared, and they must not change, since the shipped model files are
// made of them.
package codec

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"io"
)

// Level is the gzip level of every model file. It is fixed so that the
// bytes are reproducible; changing it changes every saved model.
const Level = gzip.BestCompression

// Writer writes a model body into a gzip stream. Write errors are kept by
// the buffer and reported by Close, so the field writers return nothing.
type Writer struct {
	zw  *gzip.Writer
	bw  *bufio.Writer
	buf [binary.MaxVarintLen64]byte
}

// NewWriter starts a gzip stream at Level on w.
func NewWriter(w io.Writer) (*Writer, error) {
	zw, err := gzip.NewWriterLevel(w, Level)
	if err != nil {
		return nil, err
	}
	return &Writer{zw: zw, bw: bufio.NewWriterSize(zw, 1<<16)}, nil
}

// Raw writes s as it is, with no length (a magic string, say).
func (w *Writer) Raw(s string) { w.bw.WriteString(s) }

// Byte writes one byte.
func (w *Writer) Byte(b byte) { w.bw.WriteByte(b) }

// Uvarint writes v as an unsigned varint.
func (w *Writer) Uvarint(v uint64) { w.bw.Write(binary.AppendUvarint(w.buf[:0], v)) }

// Varint writes v as a zig-zag varint.
func (w *Writer) Varint(v int64) { w.bw.Write(binary.AppendVarint(w.buf[:0], v)) }

// Str writes s as its length (a uvarint) and its bytes.
func (w *Writer) Str(s string) { w.Uvarint(uint64(len(s))); w.bw.WriteString(s) }

// Uint32 writes v as four little-endian bytes.
func (w *Writer) Uint32(v uint32) { w.bw.Write(binary.LittleEndian.AppendUint32(w.buf[:0], v)) }

// Uint64 writes v as eight little-endian bytes.
func (w *Writer) Uint64(v uint64) { w.bw.Write(binary.LittleEndian.AppendUint64(w.buf[:0], v)) }

// Close flushes the buffer and ends the gzip stream; it does not close the
// underlying writer. Its error is the first one met while writing.
func (w *Writer) Close() error {
	if err := w.bw.Flush(); err != nil {
		return err
	}
	return w.zw.Close()
}
