package store

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
)

// TestConcurrentSaveAndRead saves documents from several goroutines through
// one Storage while others query and load, as `chronicle serve` may while
// an ingest runs.
func TestConcurrentSaveAndRead(t *testing.T) {
	const writers, perWriter = 3, 4
	ctx := context.Background()
	s, _ := openTemp(t)
	docs := make([][]string, writers)
	var wg sync.WaitGroup
	var done atomic.Bool
	errs := make(chan error, writers+2)
	for w := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range perWriter {
				id := fmt.Sprintf("w%d-%d", w, i)
				d := syntheticDoc(t, id, w*100+i, 3)
				if saved, err := s.SaveDocument(ctx, d); err != nil || !saved {
					errs <- fmt.Errorf("SaveDocument(%s) = %v, %v", id, saved, err)
					return
				}
				docs[w] = append(docs[w], id)
			}
		}()
	}
	var readers sync.WaitGroup
	for range 2 {
		readers.Add(1)
		go func() {
			defer readers.Done()
			for !done.Load() {
				rows, err := s.Articles(ctx, Filter{Text: "geneva", Limit: -1})
				if err != nil {
					errs <- err
					return
				}
				// Whatever a reader sees is complete.
				for _, r := range rows {
					d, err := s.Document(ctx, r.ID)
					if err != nil {
						errs <- err
						return
					}
					if len(d.Quotes) != 3 || len(d.Sentences) != 3 {
						errs <- fmt.Errorf("reader saw %s with %d quotes, %d sentences", r.ID, len(d.Quotes), len(d.Sentences))
						return
					}
				}
				if _, err := s.Actors(ctx, Filter{}); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	// The same document saved at once from several goroutines is stored once.
	var dup atomic.Int32
	for range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			saved, err := s.SaveDocument(ctx, natoDoc(t))
			if err != nil {
				errs <- err
			}
			if saved {
				dup.Add(1)
			}
		}()
	}
	wg.Wait()
	done.Store(true)
	readers.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if dup.Load() != 1 {
		t.Errorf("the same document was saved %d times; want 1", dup.Load())
	}
	counts, err := s.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if want := int64(writers*perWriter + 1); counts["articles"] != want {
		t.Errorf("%d articles stored; want %d", counts["articles"], want)
	}
	checkIntegrity(t, s)
}
