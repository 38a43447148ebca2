package parse

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestScoreSumsRows checks score against a plain sum of the rows it
// looks up: dense rows with the extreme weights, more of them than one
// sum holds when a lane is 65535 (32), sparse rows, and absent features.
func TestScoreSumsRows(t *testing.T) {
	const nc = 103
	rng := rand.New(rand.NewPCG(1, 2))
	weight := func() int16 {
		switch rng.IntN(4) {
		case 0:
			return 32767
		case 1:
			return -32768
		}
		for {
			if w := int16(rng.IntN(65536) - 32768); w != 0 {
				return w
			}
		}
	}
	byKey := map[uint32][]entry{}
	var feats []uint64
	for len(feats) < numTemplates {
		f := rng.Uint64()
		k := fold(f)
		if _, dup := byKey[k]; dup {
			continue
		}
		feats = append(feats, f)
		if len(feats)%9 == 0 {
			byKey[k] = nil // absent from the table
			continue
		}
		n := 1 + rng.IntN(denseMin-1) // sparse
		if len(feats) < 70 {
			n = denseMin + rng.IntN(nc-denseMin+1) // dense
		}
		cls := rng.Perm(nc)[:n]
		slices.Sort(cls)
		row := make([]entry, n)
		for i, c := range cls {
			row[i] = entry{w: weight(), c: uint8(c)}
		}
		byKey[k] = row
	}
	var keys []uint32
	for k, row := range byKey {
		if row != nil {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	rows := make([][]entry, len(keys))
	for i, k := range keys {
		rows[i] = byKey[k]
	}
	wt, err := newWeights(keys, rows, 1)
	if err != nil {
		t.Fatal(err)
	}
	var buf scoreBuf
	var fk featKeys
	tmpls := make([]uint8, len(feats))
	for i, f := range feats {
		fk[i], tmpls[i] = f, uint8(i)
	}
	for _, n := range []int{0, 1, 8, 33, 50, len(feats)} {
		var scores [256]int32
		var acc denseAcc
		wt.score(&fk, tmpls[:n], &scores, &acc, &buf)
		wt.flushDense(&acc, &scores)
		var want [nc]int32
		for _, f := range feats[:n] {
			for _, e := range byKey[fold(f)] {
				want[e.c] += int32(e.w)
			}
		}
		if got := [nc]int32(scores[:nc]); got != want {
			t.Errorf("%d features: scores differ from the sum of their rows", n)
		}
	}
}
