package testutil

import (
	"os"
	"path/filepath"
	"testing"
)

func TestRepoRoot(t *testing.T) {
	root := RepoRoot(t)
	if _, err := os.Stat(filepath.Join(root, "go.mod")); err != nil {
		t.Fatalf("RepoRoot = %s, which holds no go.mod", root)
	}
	if _, err := os.Stat(filepath.Join(root, "internal", "testutil", "shared.go")); err != nil {
		t.Errorf("RepoRoot = %s, not this repository", root)
	}
}

// TestSharedSkipsWhenAbsent runs the helper in a subtest on a path that
// cannot exist: the subtest must be skipped, not failed.
func TestSharedSkipsWhenAbsent(t *testing.T) {
	var got string
	t.Run("absent", func(t *testing.T) {
		got = SharedData(t, "no such corpus", "x.txt")
		t.Error("SharedData returned for an absent path")
	})
	if got != "" {
		t.Errorf("SharedData = %q for an absent path", got)
	}
}

func TestSharedData(t *testing.T) {
	p := SharedData(t) // skips when ../shared/data is absent
	want := filepath.Join(RepoRoot(t), "..", "shared", "data")
	if p != want {
		t.Errorf("SharedData(t) = %s, want %s", p, want)
	}
}

func TestCPUTimeAdvances(t *testing.T) {
	start := CPUTime()
	x := 0
	for i := range 5_000_000 {
		x ^= i * i
	}
	if end := CPUTime(); end < start || x == 1 {
		t.Errorf("CPUTime went from %s back to %s", start, end)
	}
}
