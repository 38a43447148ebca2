package store

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func TestRowsChunk(t *testing.T) {
	if maxRows[insQuote] != 128 || maxRows[insSentence] != 256 || maxRows[insTokens] != 512 {
		t.Errorf("max rows of quotes, sentences, tokens = %d, %d, %d; want 128, 256, 512",
			maxRows[insQuote], maxRows[insSentence], maxRows[insTokens])
	}
	for q := range numInserts {
		if n, max := maxRows[q]*len(insertSpecs[q].columns), maxInsertParams; n > max || 2*n <= max {
			t.Errorf("%s: %d rows of %d parameters; want the most that fit in %d", insertSpecs[q].table, maxRows[q], len(insertSpecs[q].columns), max)
		}
	}
	defer lowerMaxRows(64)()
	for n, want := range map[int][]int{1: {1}, 2: {2}, 3: {2, 1}, 45: {32, 8, 4, 1}, 64: {64}, 69: {64, 4, 1}, 200: {64, 64, 64, 8}} {
		var got []int
		for m := n; m > 0; {
			k := rowsChunk(insSentence, m)
			got = append(got, k)
			m -= k
		}
		if !cmp.Equal(got, want) {
			t.Errorf("chunks of %d rows = %v; want %v", n, got, want)
		}
	}
}

// lowerMaxRows makes every INSERT take at most n rows, until the function
// it returns is called.
func lowerMaxRows(n int) (restore func()) {
	old := maxRows
	for q := range maxRows {
		maxRows[q] = min(n, maxRows[q])
	}
	return func() { maxRows = old }
}

// TestRoundTripLarge saves an article whose layers take several multi-row
// INSERTs each (100 sentences, in chunks of 64, 32 and 4, with at most 64
// rows an INSERT) and loads it back unchanged, in order.
func TestRoundTripLarge(t *testing.T) {
	ctx := context.Background()
	defer lowerMaxRows(64)()
	s, _ := openTemp(t)
	want := syntheticDoc(t, "large", 0, 100)
	if len(want.Sentences) <= maxRows[insSentence] || len(want.Entities) < 30 {
		t.Fatalf("synthetic document too small: %d sentences, %d entities", len(want.Sentences), len(want.Entities))
	}
	mustSave(t, s, want)
	got, err := s.Document(ctx, want.ID)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("Document differs (-saved +loaded):\n%s", diff)
	}
	var n int
	if err := s.read.QueryRowContext(ctx, `SELECT count(*) FROM sentences s JOIN articles a ON a.seq = s.article WHERE a.id = ?`, want.ID).Scan(&n); err != nil || n != 100 {
		t.Errorf("sentences rows = %d, %v; want 100", n, err)
	}
}
