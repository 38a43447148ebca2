package codec

import (
	"bytes"
	"compress/gzip"
	"errors"
	"math"
	"testing"
)

// roundTrip writes with write, decompresses and returns a Reader over the
// body.
func roundTrip(t *testing.T, write func(*Writer)) (*Reader, []byte) {
	t.Helper()
	var buf bytes.Buffer
	w, err := NewWriter(&buf)
	if err != nil {
		t.Fatal(err)
	}
	write(w)
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	body, err := Decompress(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	return NewReader(body), buf.Bytes()
}

func TestRoundTrip(t *testing.T) {
	write := func(w *Writer) {
		w.Raw("magic\n")
		w.Byte(7)
		w.Uvarint(300)
		w.Varint(-32768)
		w.Str("héllo")
		w.Uint32(math.Float32bits(0.25))
		w.Uint64(0x0102030405060708)
	}
	d, gz := roundTrip(t, write)
	tests := []struct {
		name      string
		got, want any
	}{
		{"raw", string(d.Bytes(6)), "magic\n"},
		{"byte", d.Byte(), byte(7)},
		{"uvarint", d.Uvarint(), uint64(300)},
		{"varint", d.Varint(), int64(-32768)},
		{"str", d.Str(), "héllo"},
		{"uint32", math.Float32frombits(d.Uint32()), float32(0.25)},
		{"uint64", d.Uint64(), uint64(0x0102030405060708)},
		{"rest", d.Len(), 0},
		{"err", d.Err(), nil},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s = %v, want %v", tt.name, tt.got, tt.want)
		}
	}
	// The encoder's options are fixed: the same body gives the same
	// bytes.
	if _, again := roundTrip(t, write); !bytes.Equal(gz, again) {
		t.Error("two writes of the same body gave different bytes")
	}
}

// TestDecompressGzip reads a body in the gzip stream older builds wrote,
// and rejects input that is neither format.
func TestDecompressGzip(t *testing.T) {
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		t.Fatal(err)
	}
	zw.Write([]byte("chronicle-old\n"))
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	body, err := Decompress(buf.Bytes())
	if err != nil || string(body) != "chronicle-old\n" {
		t.Errorf("Decompress(gzip) = %q, %v", body, err)
	}
	for _, in := range []string{"", "plain text", "\x28\xb5\x2f\xfd\x00", "\x1f\x8b\x08"} {
		if _, err := Decompress([]byte(in)); err == nil {
			t.Errorf("Decompress(%q) gave no error", in)
		}
	}
}

func TestReaderFailsAndStays(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
		read func(*Reader)
	}{
		{"bytes past end", []byte{1, 2}, func(d *Reader) { d.Bytes(3) }},
		{"byte of empty", nil, func(d *Reader) { d.Byte() }},
		{"truncated uvarint", []byte{0x80}, func(d *Reader) { d.Uvarint() }},
		{"truncated varint", []byte{0xff}, func(d *Reader) { d.Varint() }},
		{"count over limit", []byte{5, 42}, func(d *Reader) { d.Count(4) }},
		{"string longer than input", []byte{9, 'a'}, func(d *Reader) { d.Str() }},
		{"short uint32", []byte{1, 2, 3}, func(d *Reader) { d.Uint32() }},
		{"short uint64", []byte{1, 2, 3, 4, 5, 6, 7}, func(d *Reader) { d.Uint64() }},
	}
	for _, tt := range tests {
		d := NewReader(tt.in)
		tt.read(d)
		if !errors.Is(d.Err(), ErrCorrupt) {
			t.Errorf("%s: Err() = %v, want ErrCorrupt", tt.name, d.Err())
			continue
		}
		if d.Len() != 0 || d.Uvarint() != 0 || d.Byte() != 0 || d.Uint64() != 0 || d.Str() != "" {
			t.Errorf("%s: reads after a failure return data", tt.name)
		}
	}
}

// FuzzReader reads arbitrary bytes with every reader: it must never panic
// and, once failed, stay failed.
func FuzzReader(f *testing.F) {
	f.Add([]byte{3, 'a', 'b', 'c', 0x80, 0x01, 1, 2, 3, 4, 5, 6, 7, 8})
	f.Add([]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01})
	f.Fuzz(func(t *testing.T, b []byte) {
		d := NewReader(b)
		for d.Err() == nil && d.Len() > 0 {
			_ = d.Str()
			_ = d.Count(1 << 10)
			_ = d.Varint()
			_ = d.Uint32()
			_ = d.Byte()
			_ = d.Uint64()
			_ = d.Bytes(int(d.Byte()) - 100)
		}
		if d.Err() != nil && d.Len() != 0 {
			t.Fatalf("failed reader still has %d bytes", d.Len())
		}
	})
}

func BenchmarkReaderUvarint(b *testing.B) {
	body := make([]byte, 0, 3<<10)
	for i := range 1 << 10 {
		body = append(body, byte(i)|0x80, 0x01)
	}
	for b.Loop() {
		d := NewReader(body)
		for d.Len() > 0 {
			d.Uvarint()
		}
	}
}
