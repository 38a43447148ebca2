package pipeline

import (
	"context"
	"runtime"
	"sync"
)

// Job is one unit of work for Run: a document to analyze, or an input that
// already failed to be read (Err set, Doc possibly nil), which Run passes
// through in order so that the caller reports it in sequence.
type Job[T any] struct {
	Item T
	Err  error
}

// Run applies work to every item from in on at most workers goroutines
// (runtime.NumCPU() when workers < 1) and calls emit with each result in
// input order. Memory stays bounded: at most about 2*workers items are in
// flight. Run returns when in is closed and every result was emitted, or
// when ctx is cancelled (then pending items are dropped and ctx.Err() is
// returned). An error from emit stops the run and is returned.
func Run[T, R any](ctx context.Context, workers int, in <-chan T, work func(context.Context, T) R, emit func(R) error) error {
	if workers < 1 {
		workers = runtime.NumCPU()
	}
	parent := ctx
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	type slot struct{ done chan R }
	// order carries one slot per item, in input order; its capacity bounds
	// how far the workers may run ahead of the slowest item.
	order := make(chan slot, 2*workers)
	tasks := make(chan struct {
		item T
		s    slot
	})

	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for t := range tasks {
				t.s.done <- work(ctx, t.item)
				// Let the goroutine that emits (woken by the send) run
				// now rather than at the end of this one's time slice.
				runtime.Gosched()
			}
		}()
	}

	go func() {
		defer close(order)
		defer close(tasks)
		for {
			select {
			case <-ctx.Done():
				return
			case item, ok := <-in:
				if !ok {
					return
				}
				s := slot{done: make(chan R, 1)}
				select {
				case order <- s:
				case <-ctx.Done():
					return
				}
				select {
				case tasks <- struct {
					item T
					s    slot
				}{item, s}:
				case <-ctx.Done():
					return
				}
			}
		}
	}()

	var err error
	for s := range order {
		var r R
		select {
		case r = <-s.done:
		case <-ctx.Done():
		}
		if ctx.Err() != nil {
			break
		}
		if err = emit(r); err != nil {
			cancel()
			break
		}
	}
	cancel()
	// Drain so the feeder and workers can exit.
	go func() {
		for range order {
		}
	}()
	wg.Wait()
	if err != nil {
		return err
	}
	return parent.Err()
}
