package cluster

import (
	"maps"
	"strings"
	"testing"

	"chronicle/internal/model/hashkey"
)

// corpus returns a small text, written for this test, as word hashes.
func corpus(t testing.TB) [][]uint64 {
	t.Helper()
	var sents [][]uint64
	for range 20 {
		for _, s := range []string{"the cat sat", "a dog sat", "the dog ran", "a cat ran", "rare"} {
			var hs []uint64
			for _, w := range strings.Fields(s) {
				hs = append(hs, hashkey.String(w))
			}
			sents = append(sents, hs)
		}
	}
	return append(sents, []uint64{hashkey.String("once")})
}

func TestExchange(t *testing.T) {
	sents := corpus(t)
	tests := []struct {
		k, minFreq int
		absent     []string
		present    []string
	}{
		{k: 4, minFreq: 2, absent: []string{"once"}, present: []string{"cat", "rare"}},
		{k: 256, minFreq: 2, absent: []string{"once"}, present: []string{"the", "ran"}},
		{k: 2, minFreq: 1, present: []string{"once", "dog"}},
		{k: 3, minFreq: 1000, absent: []string{"the", "once"}},
	}
	for _, tt := range tests {
		a, b := Exchange(sents, tt.k, tt.minFreq, 8), Exchange(sents, tt.k, tt.minFreq, 8)
		if !maps.Equal(a, b) {
			t.Errorf("k=%d min=%d: two runs differ", tt.k, tt.minFreq)
		}
		for h, c := range a {
			if c < 1 || int(c) > tt.k {
				t.Errorf("k=%d: word %#x has cluster %d", tt.k, h, c)
			}
		}
		for _, w := range tt.absent {
			if _, ok := a[hashkey.String(w)]; ok {
				t.Errorf("k=%d min=%d: %q has a cluster", tt.k, tt.minFreq, w)
			}
		}
		for _, w := range tt.present {
			if _, ok := a[hashkey.String(w)]; !ok {
				t.Errorf("k=%d min=%d: %q has no cluster", tt.k, tt.minFreq, w)
			}
		}
	}
}

func BenchmarkExchange(b *testing.B) {
	sents := corpus(b)
	for b.Loop() {
		Exchange(sents, 16, 2, 8)
	}
}
