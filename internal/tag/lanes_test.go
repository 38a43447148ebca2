package tag

import (
	"math/rand/v2"
	"testing"
)

// TestLaneAccSums checks that packed rows, the extreme scores among them
// and more rows than one laneChunk, add up to the plain sums.
func TestLaneAccSums(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for _, n := range []int{1, 2, 3, 117, 245, 255} {
		nw := laneWords(n)
		var acc laneAcc
		acc.init(nw)
		var got, want [256]int32
		for i := range got {
			got[i] = int32(i) // flush adds to what is there
			want[i] = int32(i)
		}
		for range 3*laneChunk + 5 {
			row := make([]int32, n)
			for c := range row {
				switch rng.IntN(4) {
				case 0:
					row[c] = 32767
				case 1:
					row[c] = -32768
				default:
					row[c] = int32(rng.IntN(65536) - 32768)
				}
				want[c] += row[c]
			}
			packed := packLanes(nil, row, n)
			if len(packed) != nw {
				t.Fatalf("%d scores packed in %d words, want %d", n, len(packed), nw)
			}
			acc.add(packed, &got)
		}
		acc.flush(&got)
		if got != want {
			t.Errorf("%d scores: packed sums differ from the plain ones", n)
		}
	}
}

// TestFlushArgmax checks flushArgmax against flush and argmax, ties
// included (scores drawn from a few values, so that classes tie often),
// and that it empties the accumulator.
func TestFlushArgmax(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for _, n := range []int{3, 116, 117, 120} {
		nw := laneWords(n)
		for trial := range 200 {
			var acc, ref laneAcc
			acc.init(nw)
			ref.init(nw)
			var sc, want [256]int32
			for c := range n {
				sc[c] = int32(rng.IntN(3)) * 100
			}
			want = sc
			for range rng.IntN(3 * laneChunk) {
				row := make([]int32, n)
				for c := range row {
					row[c] = int32(rng.IntN(3)-1) * 50
				}
				packed := packLanes(nil, row, n)
				acc.add(packed, &sc)
				ref.add(packed, &want)
			}
			ref.flush(&want)
			if got, exp := acc.flushArgmax(&sc, n), argmax(want[:n]); got != exp {
				t.Fatalf("%d scores, trial %d: flushArgmax %d, flush and argmax %d", n, trial, got, exp)
			}
			if acc.n != 0 || acc.w != [maxLaneWords]uint64{} {
				t.Fatalf("%d scores, trial %d: accumulator not emptied", n, trial)
			}
		}
	}
}
