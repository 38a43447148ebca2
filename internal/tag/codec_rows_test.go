package tag

import (
	"encoding/binary"
	"math/rand/v2"
	"slices"
	"testing"
)

// readRows reads back rows written as Save writes them, weights of one,
// two and three varint bytes alike, and rejects every truncation, a
// trailing byte, a class not in the model and a weight beyond an int16.
func TestReadRows(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	var valid [256]bool
	for c := range 40 {
		valid[c], valid[pass2Class+c] = true, true
	}
	var b []byte
	var keys []uint32
	var counts []uint8
	var flat []entry
	key := uint32(0)
	for range 300 {
		key += 1 + uint32(rng.IntN(1<<uint(rng.IntN(24))))
		b = binary.AppendUvarint(b, uint64(key-keyOr0(keys)))
		keys = append(keys, key)
		c := rng.IntN(60)
		counts = append(counts, uint8(c))
		b = append(b, byte(c))
		for range c {
			cls := uint8(rng.IntN(40))
			if rng.IntN(2) == 0 {
				cls += pass2Class
			}
			w := int16(rng.IntN(1<<16) - 1<<15)
			if rng.IntN(3) == 0 {
				w = int16(rng.IntN(128) - 64)
			}
			b = append(b, cls)
			b = binary.AppendVarint(b, int64(w))
			flat = append(flat, entry{c: cls, w: w})
		}
	}
	k, c, f, ok := readRows(b, len(keys), len(flat), &valid)
	if !ok || !slices.Equal(k, keys) || !slices.Equal(c, counts) || !slices.Equal(f, flat) {
		t.Fatalf("readRows did not read back what was written (ok %v)", ok)
	}
	for i := range b {
		if _, _, _, ok := readRows(b[:i], len(keys), len(flat), &valid); ok {
			t.Fatalf("readRows accepted the first %d of %d bytes", i, len(b))
		}
	}
	if _, _, _, ok := readRows(append(slices.Clip(b), 0), len(keys), len(flat), &valid); ok {
		t.Error("readRows accepted a trailing byte")
	}
	one := func(cls byte, w int64) bool {
		row := binary.AppendVarint([]byte{1, 1, cls}, w)
		_, _, _, ok := readRows(row, 1, 1, &valid)
		return ok
	}
	if !one(3, -32768) || !one(3, 32767) || !one(pass2Class+39, 5) {
		t.Error("readRows rejected a valid row")
	}
	if one(40, 5) || one(pass2Class+40, 5) || one(3, 32768) || one(3, -32769) {
		t.Error("readRows accepted an invalid class or weight")
	}
}

func keyOr0(keys []uint32) uint32 {
	if len(keys) == 0 {
		return 0
	}
	return keys[len(keys)-1]
}

// FuzzReadRows checks that readRows never panics and that what it accepts
// is well formed: n strictly increasing keys and as many entries as the
// counts say, of valid classes.
func FuzzReadRows(f *testing.F) {
	f.Add([]byte{1, 1, 3, 4}, 1, 1)
	f.Add([]byte{5, 0, 2, 2, 7, 0x80, 0x02}, 2, 2)
	f.Fuzz(func(t *testing.T, b []byte, n, total int) {
		if n < 0 || total < 0 {
			return
		}
		var valid [256]bool
		for c := range 8 {
			valid[c] = true
		}
		keys, counts, flat, ok := readRows(b, n, total, &valid)
		if !ok {
			return
		}
		sum := 0
		for i, c := range counts {
			sum += int(c)
			if i > 0 && keys[i] <= keys[i-1] {
				t.Fatalf("keys not increasing: %v", keys)
			}
		}
		if len(keys) != n || sum != len(flat) || len(flat) > total {
			t.Fatalf("%d keys for %d, %d entries for counts summing to %d (total %d)", len(keys), n, len(flat), sum, total)
		}
		for _, e := range flat {
			if !valid[e.c] {
				t.Fatalf("class %d accepted", e.c)
			}
		}
	})
}
