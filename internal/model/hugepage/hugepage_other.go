//go:build !linux

package hugepage

// Size is the size Make aligns to on Linux.
const Size = 2 << 20

// Prefer does nothing outside Linux (see hugepage_linux.go).
func Prefer[T any](s []T) {}

// Make is make([]T, n, c) outside Linux.
func Make[T any](n, c int) []T { return make([]T, n, c) }
