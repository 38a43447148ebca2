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
