//go:build !linux

package hugepage

// Prefer does nothing outside Linux (see hugepage_linux.go).
func Prefer[T any](s []T) {}
