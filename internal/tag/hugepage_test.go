package tag

import (
	"runtime"
	"testing"
	"unsafe"
)

// TestMakeHuge checks that makeHuge gives a zeroed slice of the asked
// length and capacity, aligned to a huge page on Linux when it is that
// large, and that preferHugePages leaves the contents as they were.
func TestMakeHuge(t *testing.T) {
	for _, n := range []int{0, 1, 1000, 3<<20/8 + 5} {
		s := makeHuge[slot](n, n+16)
		if len(s) != n || cap(s) != n+16 {
			t.Fatalf("makeHuge(%d, %d): len %d cap %d", n, n+16, len(s), cap(s))
		}
		s = s[:cap(s)]
		for i := range s {
			if s[i] != (slot{}) {
				t.Fatalf("makeHuge(%d): slot %d not zero", n, i)
			}
			s[i] = slot{key: uint32(i), info: uint32(7 * i)}
		}
		big := uintptr(cap(s))*unsafe.Sizeof(slot{}) >= hugePageSize
		if runtime.GOOS == "linux" && big && uintptr(unsafe.Pointer(unsafe.SliceData(s)))%hugePageSize != 0 {
			t.Errorf("makeHuge(%d): not aligned to a huge page", n)
		}
		preferHugePages(s)
		for i := range s {
			if s[i] != (slot{key: uint32(i), info: uint32(7 * i)}) {
				t.Fatalf("preferHugePages changed slot %d", i)
			}
		}
	}
}
