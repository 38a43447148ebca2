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
//
// The tables are not aligned to it: an 8 MB table at a random offset has
// three whole huge pages rather than four, but aligning it costs a huge
// page of heap per table that the collector counts as live, which raised
// the peak RSS of a two-core ingest by 10-20 MB, past 400 MB.
const Size = 2 << 20

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
