// Package hugepage places the large, randomly read weight tables of the
// tagger and the parser on transparent huge pages, so that their lookups
// miss the TLB less. It changes no byte of a table.
package hugepage

import (
	"syscall"
	"unsafe"
)

// madvCollapse is MADV_COLLAPSE (Linux 6.1): back a range with huge pages
// now, synchronously. The syscall package does not name it.
const madvCollapse = 25

// Size is the size of a transparent huge page on x86-64 (and of
// arm64 with 4 KB pages).
const Size = 2 << 20

// Make returns make([]T, n, c) placed, when it spans a huge page or
// more, to start at a huge page boundary, so that Prefer can
// cover all of it rather than only the whole huge pages that happen to lie
// inside (a table of 8 MB at a random offset has only three). It asks for
// one huge page more than it needs; the part before the boundary is never
// touched.
func Make[T any](n, c int) []T {
	var zero T
	size := unsafe.Sizeof(zero)
	if size == 0 || uintptr(c)*size < Size {
		return make([]T, n, c)
	}
	extra := int((Size + size - 1) / size)
	s := make([]T, c+extra)
	start := uintptr(unsafe.Pointer(unsafe.SliceData(s)))
	skip := ((start+Size-1)&^(Size-1) - start) / size
	if (start+skip*size)%Size != 0 {
		// T's size does not divide the distance: no aligned start.
		return s[:n:c]
	}
	return s[skip : int(skip)+n : int(skip)+c]
}

// Prefer asks the kernel to back the whole 2 MB pages inside s with
// transparent huge pages. A parser move looks up some 85 keys at random in
// an 8 MB slot table and reads their rows from 3 MB of sparse entries (the
// tagger likewise, 8 MB of slots and 5.6 MB of entries): with 4 KB pages nearly every lookup also misses the TLB, whose
// reach is a few MB. Most kernels give huge pages only where they are
// asked for (transparent_hugepage "madvise", the default of many
// distributions), and the Go runtime does not ask for its heap. The advice
// changes no byte of s; where the kernel refuses it (an older kernel, huge
// pages disabled) nothing changes at all.
func Prefer[T any](s []T) {
	if len(s) == 0 {
		return
	}
	var zero T
	all := unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(s))), uintptr(len(s))*unsafe.Sizeof(zero))
	start := uintptr(unsafe.Pointer(unsafe.SliceData(all)))
	lo := (start+Size-1)&^(Size-1) - start
	hi := (start+uintptr(len(all)))&^(Size-1) - start
	if hi <= lo || hi > uintptr(len(all)) {
		return
	}
	b := all[lo:hi]
	// Errors are not failures here: the table works the same either way.
	_ = syscall.Madvise(b, syscall.MADV_HUGEPAGE)
	_ = syscall.Madvise(b, madvCollapse)
}
