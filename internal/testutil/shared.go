// Package testutil holds helpers for the tests of several packages. It is
// imported only by _test.go files.
package testutil

import (
	"os"
	"path/filepath"
	"testing"
)

// RepoRoot returns the directory holding go.mod at or above the working
// directory (a package's tests run in its own folder), or skips the test
// when there is none, as when a package is tested outside the repository.
func RepoRoot(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		up := filepath.Dir(dir)
		if up == dir {
			t.Skip("testutil: go.mod not found above the test directory; cannot locate ../shared")
		}
		dir = up
	}
}

// Shared returns ../shared/<elem...> beside the repository root, or skips
// the test when that path is absent: the shared corpora and examples are
// kept out of the repository and may not be on every machine.
func Shared(t testing.TB, elem ...string) string {
	t.Helper()
	p := filepath.Join(append([]string{RepoRoot(t), "..", "shared"}, elem...)...)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("testutil: %s not present (shared data lives in ../shared beside the repository); skipping", p)
	}
	return p
}

// SharedData returns ../shared/data/<elem...> (for example SharedData(t,
// "ud", "en_ewt", "dev.conllu")), or skips the test when it is absent.
func SharedData(t testing.TB, elem ...string) string {
	t.Helper()
	return Shared(t, append([]string{"data"}, elem...)...)
}
