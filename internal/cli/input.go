package cli

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"time"

	"github.com/spf13/cobra"

	"chronicle/internal/dedup"
	"chronicle/internal/doc"
	"chronicle/internal/ingest"
	"chronicle/internal/pipeline"
)

// inputFlags are the flags shared by the commands that read articles.
type inputFlags struct {
	published string
	maxBytes  int64
	workers   int
	kb        string
}

func (f *inputFlags) register(c *cobra.Command) {
	c.Flags().StringVar(&f.published, "published", "", "publication date (YYYY-MM-DD or RFC 3339) for inputs that carry none")
	c.Flags().Int64Var(&f.maxBytes, "max-bytes", 5<<20, "refuse input files (and WARC records, pages) larger than this many bytes")
	c.Flags().IntVar(&f.workers, "workers", runtime.NumCPU(), "documents parsed and analyzed in parallel")
	c.Flags().StringVar(&f.kb, "kb", "", "extend the embedded actor knowledge base with this JSON file (people, roles, organisations, countries)")
}

func (f *inputFlags) options() (ingest.Options, error) {
	opt := ingest.Options{MaxBytes: f.maxBytes}
	if f.published != "" {
		t, hasTime, err := doc.ParsePublished(f.published)
		if err != nil {
			return opt, usagef("--published: %v", err)
		}
		opt.Published, opt.PublishedHasTime = t, hasTime
	}
	if f.maxBytes <= 0 {
		return opt, usagef("--max-bytes must be positive")
	}
	return opt, nil
}

// result is one article after analysis, or the input that failed.
type result struct {
	doc      *doc.Document
	origin   string
	location string // URL of a fetched page or WARC record; "" for files
	err      error
	skipped  bool             // already stored (by id or location); not analyzed
	known    bool             // skipped by location, before fetching or parsing: doc is nil
	sig      *dedup.Signature // for near-duplicate detection, when streamConfig.sign
	dropped  bool             // read ahead but not started when the reading was stopped: not emitted
}

// streamStats counts what a stream did.
type streamStats struct {
	read, analyzed, skipped, failed int
	tokens                          int64
	elapsed                         time.Duration
	interrupted                     bool // reading stopped early on streamConfig.stop
}

// streamConfig is what streamWith needs beyond the sources.
type streamConfig struct {
	sources []string
	opt     ingest.Options
	workers int
	p       *pipeline.Pipeline
	// skip, when not nil, is asked before analysis whether an article can
	// be passed over (ingest's resumption: already stored).
	skip func(context.Context, *doc.Document) (bool, error)
	// stop, when not nil, ends the reading of sources when it is done (a
	// first Ctrl-C): what was read is still analyzed and emitted, with
	// the stream's own context, which stays live.
	stop context.Context
	// sign computes each article's dedup signature on the workers.
	sign bool
	// readAhead is how many read articles may wait for a worker (those
	// not begun when stop ends the reading are dropped). Reading
	// (with parsing deferred to the workers) is cheap, so with a
	// read-ahead the reading ends that many articles before the
	// analysis does, and readDone can tell the saver to stop batching
	// for the last ones (see saver.drain).
	readAhead int
	// readDone, when not nil, is called once the reading has ended
	// (every source read, or stopped): no article will come beyond
	// those read.
	readDone func()
}

// stream reads sources, runs the pipeline over each article on a bounded
// pool and calls emit with the results in input order. skip, when not nil,
// is asked before analysis whether an article can be passed over (ingest's
// resumption: already stored). Failed inputs are reported through emit too;
// stream itself fails only on a broken emit or a cancelled context.
func (a *app) stream(ctx context.Context, sources []string, opt ingest.Options, workers int, p *pipeline.Pipeline,
	skip func(context.Context, *doc.Document) (bool, error), emit func(result) error) (streamStats, error) {
	return a.streamWith(ctx, streamConfig{sources: sources, opt: opt, workers: workers, p: p, skip: skip}, emit)
}

// streamWith is stream with every option. Pages and WARC records are
// parsed on the workers (ingest.Options.Defer), since HTML extraction is
// the costly part of reading.
func (a *app) streamWith(ctx context.Context, cfg streamConfig, emit func(result) error) (streamStats, error) {
	var st streamStats
	start := time.Now()
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	readCtx := ctx
	if cfg.stop != nil {
		var stopRead context.CancelFunc
		readCtx, stopRead = context.WithCancel(ctx)
		defer stopRead()
		go func() {
			select {
			case <-cfg.stop.Done():
				stopRead()
			case <-readCtx.Done():
			}
		}()
	}
	opt := cfg.opt
	opt.Defer = true

	items := make(chan ingest.Item, max(cfg.readAhead, 0))
	readErr := make(chan error, 1)
	go func() {
		defer close(items)
		if cfg.readDone != nil {
			defer cfg.readDone()
		}
		readErr <- ingest.Read(readCtx, cfg.sources, a.stdin, opt, func(it ingest.Item) error {
			select {
			case items <- it:
				return nil
			case <-readCtx.Done():
				return readCtx.Err()
			}
		})
	}()

	work := func(ctx context.Context, it ingest.Item) result {
		if cfg.stop != nil && cfg.stop.Err() != nil {
			// Read ahead, not yet begun: a first Ctrl-C finishes only the
			// articles in analysis, as without read-ahead; a rerun reads
			// these again.
			return result{dropped: true}
		}
		if it.Known {
			return result{origin: it.Origin, location: it.Location, skipped: true, known: true}
		}
		it.Resolve()
		r := result{doc: it.Doc, origin: it.Origin, location: it.Location, err: it.Err}
		if r.err != nil || r.doc == nil {
			if r.err == nil {
				r.err = fmt.Errorf("no article")
			}
			return r
		}
		if cfg.skip != nil {
			done, err := cfg.skip(ctx, r.doc)
			if err != nil {
				r.err = err
				return r
			}
			if done {
				r.skipped = true
				return r
			}
		}
		if err := cfg.p.Process(ctx, r.doc); err != nil {
			r.err = err
			return r
		}
		if err := r.doc.Validate(); err != nil {
			r.err = fmt.Errorf("analysis produced an invalid document: %w", err)
			return r
		}
		if cfg.sign {
			if sig, ok := dedup.Sign(r.doc.Text); ok {
				r.sig = &sig
			}
		}
		return r
	}
	err := pipeline.Run(ctx, cfg.workers, items, work, func(r result) error {
		switch {
		case r.dropped:
			return nil
		case r.err != nil:
			st.failed++
		case r.skipped:
			st.read++
			st.skipped++
		default:
			st.read++
			st.analyzed++
			st.tokens += int64(len(r.doc.Tokens))
		}
		return emit(r)
	})
	cancel()
	rerr := <-readErr
	if err == nil && rerr != nil && readCtx.Err() == nil {
		err = rerr
	}
	st.interrupted = cfg.stop != nil && cfg.stop.Err() != nil
	st.elapsed = time.Since(start)
	return st, err
}

// reportFailure names a failed input on stderr.
func (a *app) reportFailure(r result) {
	var re *ingest.ReadError
	if errors.As(r.err, &re) {
		fmt.Fprintf(a.stderr, "chronicle: %v\n", r.err) // it names the input already
		return
	}
	fmt.Fprintf(a.stderr, "chronicle: %s: %v\n", r.origin, r.err)
}
