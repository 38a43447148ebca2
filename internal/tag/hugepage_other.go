//go:build !linux

package tag

// hugePageSize is the size makeHuge aligns to on Linux.
const hugePageSize = 2 << 20

// preferHugePages does nothing outside Linux (see hugepage_linux.go).
func preferHugePages[T any](s []T) {}

// makeHuge is make([]T, n, c) outside Linux.
func makeHuge[T any](n, c int) []T { return make([]T, n, c) }
