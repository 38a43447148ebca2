package hugepage

import "testing"

// slot is a table slot like the tagger's and the parser's.
type slot struct{ key, info uint32 }

// TestPreferKeepsContents checks that Prefer leaves every byte of a slice
// as it was, for slices smaller than a huge page, spanning several, and
// starting at an offset that is no multiple of one.
func TestPreferKeepsContents(t *testing.T) {
	Prefer([]slot(nil))
	for _, n := range []int{1, 1000, 3<<20/8 + 5, 9 << 20 / 8} {
		all := make([]slot, n+3)
		for i := range all {
			all[i] = slot{key: uint32(i), info: uint32(7 * i)}
		}
		s := all[3:]
		Prefer(s)
		for i := range all {
			if all[i] != (slot{key: uint32(i), info: uint32(7 * i)}) {
				t.Fatalf("n=%d: Prefer changed slot %d", n, i)
			}
		}
	}
	b := make([]byte, 5<<20+1)
	b[len(b)-1] = 9
	Prefer(b[1:])
	if b[len(b)-1] != 9 || b[0] != 0 {
		t.Fatal("Prefer changed a byte slice")
	}
}
