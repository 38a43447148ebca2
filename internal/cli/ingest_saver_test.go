package cli

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"
)

// TestSaver checks the queue between the stream and the storing goroutine:
// results are saved in the order put, in batches of at most the size
// given, close waits for all of them, and the first error stops it and
// reaches put and close; a cancelled context stops it with nothing saved.
func TestSaver(t *testing.T) {
	errDisk := errors.New("disk full")
	tests := []struct {
		name    string
		n       int
		failAt  int  // the index whose save fails; -1 for none
		cancel  bool // cancel the context before putting
		wantErr error
		wantLen int // results saved
	}{
		{name: "all in order", n: 100, failAt: -1, wantLen: 100},
		{name: "error stops", n: 100, failAt: 10, wantErr: errDisk, wantLen: 10},
		{name: "cancelled", n: 5, failAt: -1, cancel: true, wantErr: context.Canceled, wantLen: 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			var saved []string
			sv := startSaver(ctx, 4, 8, time.Hour, func(rs []result) error {
				if len(rs) == 0 || len(rs) > 8 {
					t.Errorf("a batch of %d results, want 1 to 8", len(rs))
				}
				for _, r := range rs {
					// Like store.SaveArticles: those before the failing one
					// are saved.
					if len(saved) == tc.failAt {
						return errDisk
					}
					saved = append(saved, r.origin)
				}
				time.Sleep(50 * time.Microsecond) // a commit
				return nil
			})
			if tc.cancel {
				cancel()
			}
			var putErr error
			for i := range tc.n {
				if putErr = sv.put(ctx, result{origin: fmt.Sprint(i)}); putErr != nil {
					break
				}
			}
			err := sv.close()
			switch {
			case tc.wantErr == nil && (err != nil || putErr != nil):
				t.Fatalf("put: %v, close: %v, want no error", putErr, err)
			case tc.cancel && !errors.Is(putErr, tc.wantErr) && !errors.Is(err, tc.wantErr):
				// Either put sees the context first or the saver does.
				t.Fatalf("put: %v, close: %v, want %v from one", putErr, err, tc.wantErr)
			case tc.failAt >= 0 && (!errors.Is(err, errDisk) || !errors.Is(putErr, errDisk)):
				t.Fatalf("put: %v, close: %v, want %v from both", putErr, err, errDisk)
			}
			if len(saved) != tc.wantLen {
				t.Fatalf("saved %d, want %d", len(saved), tc.wantLen)
			}
			for i, o := range saved {
				if o != fmt.Sprint(i) {
					t.Fatalf("saved[%d] = %s: out of order", i, o)
				}
			}
		})
	}
}

// TestSaverWait checks that a batch that does not fill is saved once the
// wait has passed since its first result, without waiting for close.
func TestSaverWait(t *testing.T) {
	ctx := context.Background()
	got := make(chan []result, 4)
	sv := startSaver(ctx, 4, 100, 20*time.Millisecond, func(rs []result) error {
		got <- append([]result(nil), rs...)
		return nil
	})
	defer sv.close()
	for i := range 3 {
		if err := sv.put(ctx, result{origin: fmt.Sprint(i)}); err != nil {
			t.Fatal(err)
		}
	}
	select {
	case rs := <-got:
		if len(rs) != 3 || rs[0].origin != "0" || rs[2].origin != "2" {
			t.Fatalf("batch %v, want the 3 results put, in order", rs)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the batch was not saved after the wait")
	}
}

// TestSaverDrain checks the end of the reading: results that wait in a
// batch that is neither full nor old are stored once drain is called,
// without waiting for close, and those put after it in small batches, in
// order.
func TestSaverDrain(t *testing.T) {
	ctx := context.Background()
	got := make(chan []result, 64)
	sv := startSaver(ctx, 64, 100, time.Hour, func(rs []result) error {
		got <- append([]result(nil), rs...)
		return nil
	})
	defer sv.close()
	put := func(from, to int) {
		t.Helper()
		for i := from; i < to; i++ {
			if err := sv.put(ctx, result{origin: fmt.Sprint(i)}); err != nil {
				t.Fatal(err)
			}
		}
	}
	// Before drain, a batch of 40 (of at most 100, an hour's wait) waits.
	put(0, 40)
	select {
	case rs := <-got:
		t.Fatalf("a batch of %d saved before drain", len(rs))
	case <-time.After(100 * time.Millisecond):
	}
	sv.drain()
	sv.drain() // twice is allowed
	next := 0
	receive := func(upTo int) {
		t.Helper()
		for next < upTo {
			select {
			case rs := <-got:
				if len(rs) == 0 || next > 0 && len(rs) > saveTailBatch {
					t.Fatalf("a batch of %d after drain, want 1 to %d", len(rs), saveTailBatch)
				}
				for _, r := range rs {
					if r.origin != fmt.Sprint(next) {
						t.Fatalf("saved %s, want %d: out of order", r.origin, next)
					}
					next++
				}
			case <-time.After(10 * time.Second):
				t.Fatalf("%d of %d saved 10 s after drain, before close", next, upTo)
			}
		}
	}
	receive(40)
	put(40, 100) // those in analysis when the reading ended
	receive(100)
}
