package hugepage

import (
	"runtime"
	"testing"
	"unsafe"
)

// TestMakeHuge checks that Make gives a zeroed slice of the asked
// length and capacity, aligned to a huge page on Linux when it is that
// large, and that Prefer leaves the contents as they were.
// slot is a table slot like the tagger's and the parser's.
type slot struct{ key, info uint32 }

func TestMake(t *testing.T) {
	for _, n := range []int{0, 1, 1000, 3<<20/8 + 5} {
		s := Make[slot](n, n+16)
		if len(s) != n || cap(s) != n+16 {
			t.Fatalf("Make(%d, %d): len %d cap %d", n, n+16, len(s), cap(s))
		}
		s = s[:cap(s)]
		for i := range s {
			if s[i] != (slot{}) {
				t.Fatalf("Make(%d): slot %d not zero", n, i)
			}
			s[i] = slot{key: uint32(i), info: uint32(7 * i)}
		}
		big := uintptr(cap(s))*unsafe.Sizeof(slot{}) >= Size
		if runtime.GOOS == "linux" && big && uintptr(unsafe.Pointer(unsafe.SliceData(s)))%Size != 0 {
			t.Errorf("Make(%d): not aligned to a huge page", n)
		}
		Prefer(s)
		for i := range s {
			if s[i] != (slot{key: uint32(i), info: uint32(7 * i)}) {
				t.Fatalf("Prefer changed slot %d", i)
			}
		}
	}
}
