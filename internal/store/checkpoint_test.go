package store

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestCheckpointTruncatesAtClose checks that the write connection leaves
// checkpoints to the checkpointer and that Close leaves an empty WAL with
// every article in the database file.
func TestCheckpointTruncatesAtClose(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "c.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	var auto int
	if err := s.write.QueryRowContext(ctx, "PRAGMA wal_autocheckpoint").Scan(&auto); err != nil {
		t.Fatal(err)
	}
	if auto != 0 {
		t.Errorf("wal_autocheckpoint = %d; want 0", auto)
	}
	const n = 5
	for i := range n {
		mustSave(t, s, syntheticDoc(t, fmt.Sprintf("d%d", i), i, 3))
	}
	time.Sleep(2 * checkpointEvery) // let a background round run
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Stat(path + "-wal"); err == nil && fi.Size() != 0 {
		t.Errorf("WAL is %d bytes after Close; want 0", fi.Size())
	}
	s, err = Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for i := range n {
		if ok, err := s.Has(ctx, fmt.Sprintf("d%d", i)); err != nil || !ok {
			t.Errorf("Has(d%d) = %v, %v after reopening", i, ok, err)
		}
	}
}
