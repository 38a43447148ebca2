// Package codec holds the pieces the binary model files of tag, ner and
// parse are written and read with: a zstd frame at a fixed level and with
// fixed options (so the same model always gives the same bytes), varints,
// zig-zag varints, length-prefixed strings and little-endian fixed-width
// words. Each model keeps its own layout; only the primitives are shared,
// and they must not change, since the shipped model files are made of them.
//
// Files used to be gzip streams; Decompress still reads those, so a model
// saved by an older build loads (and saving it again writes zstd). zstd
// replaced gzip for load time: klauspost's zstd decodes the shipped
// parser's 11 MB body in ~26 ms against ~116 ms for its inflate, for about
// the same file size (measured on the three shipped models, one core).
package codec

import (
	"encoding/binary"
	"io"

	"github.com/klauspost/compress/zstd"
)

// Level is the zstd level of every model file. It and the other encoder
// options are fixed so that the bytes are reproducible; changing them
// changes every saved model. SpeedBestCompression makes files a twentieth
// smaller but decodes two to three times slower (measured).
const Level = zstd.SpeedBetterCompression

// Writer collects a model body in memory and writes it as one zstd frame
// on Close (a frame that records its size, so the reader allocates once).
// The field writers return nothing; errors come from Close.
type Writer struct {
	w   io.Writer
	buf []byte
}

// NewWriter starts a model body to be written to w.
func NewWriter(w io.Writer) (*Writer, error) {
	return &Writer{w: w, buf: make([]byte, 0, 1<<16)}, nil
}

// Raw writes s as it is, with no length (a magic string, say).
func (w *Writer) Raw(s string) { w.buf = append(w.buf, s...) }

// Byte writes one byte.
func (w *Writer) Byte(b byte) { w.buf = append(w.buf, b) }

// Bytes writes b as it is, with no length.
func (w *Writer) Bytes(b []byte) { w.buf = append(w.buf, b...) }

// Uvarint writes v as an unsigned varint.
func (w *Writer) Uvarint(v uint64) { w.buf = binary.AppendUvarint(w.buf, v) }

// Varint writes v as a zig-zag varint.
func (w *Writer) Varint(v int64) { w.buf = binary.AppendVarint(w.buf, v) }

// Str writes s as its length (a uvarint) and its bytes.
func (w *Writer) Str(s string) { w.Uvarint(uint64(len(s))); w.buf = append(w.buf, s...) }

// Uint32 writes v as four little-endian bytes.
func (w *Writer) Uint32(v uint32) { w.buf = binary.LittleEndian.AppendUint32(w.buf, v) }

// Uint64 writes v as eight little-endian bytes.
func (w *Writer) Uint64(v uint64) { w.buf = binary.LittleEndian.AppendUint64(w.buf, v) }

// Close compresses the body and writes it; it does not close the
// underlying writer.
func (w *Writer) Close() error {
	enc, err := zstd.NewWriter(nil, zstd.WithEncoderLevel(Level), zstd.WithEncoderConcurrency(1),
		zstd.WithEncoderCRC(true), zstd.WithZeroFrames(true))
	if err != nil {
		return err
	}
	out := enc.EncodeAll(w.buf, nil)
	if err := enc.Close(); err != nil {
		return err
	}
	_, err = w.w.Write(out)
	return err
}
