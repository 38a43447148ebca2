package ner

import (
	"encoding/binary"
	"errors"
	"math/rand/v2"
	"slices"
	"testing"
)

// readWeights reads back weights written as Save writes them, of one, two
// and three bytes, says how many bytes they took, and rejects every
// truncation and a weight beyond an int16.
func TestReadWeights(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	var b []byte
	var want []int16
	for range 500 {
		w := int16(rng.IntN(1<<16) - 1<<15)
		if rng.IntN(2) == 0 {
			w = int16(rng.IntN(130) - 65)
		}
		want = append(want, w)
		b = binary.AppendVarint(b, int64(w))
	}
	b = append(b, 0xAA) // what follows the rows
	got := make([]int16, len(want))
	used, err := readWeights(b, got)
	if err != nil || used != len(b)-1 || !slices.Equal(got, want) {
		t.Fatalf("read %d of %d bytes (err %v), weights equal: %v", used, len(b)-1, err, slices.Equal(got, want))
	}
	for i := range len(b) - 1 {
		if _, err := readWeights(b[:i], got); !errors.Is(err, ErrFormat) {
			t.Fatalf("the first %d bytes: err %v, want ErrFormat", i, err)
		}
	}
	for _, v := range []int64{32768, -32769, 1 << 20} {
		if _, err := readWeights(binary.AppendVarint(nil, v), got[:1]); !errors.Is(err, ErrFormat) {
			t.Errorf("weight %d accepted", v)
		}
	}
	for _, v := range []int64{32767, -32768, 0} {
		if _, err := readWeights(binary.AppendVarint(nil, v), got[:1]); err != nil || int64(got[0]) != v {
			t.Errorf("weight %d read as %d (err %v)", v, got[0], err)
		}
	}
}
