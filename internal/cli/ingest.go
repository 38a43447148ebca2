package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/mattn/go-isatty"
	"github.com/spf13/cobra"

	"chronicle/internal/doc"
	"chronicle/internal/fetch"
	"chronicle/internal/ingest"
	"chronicle/internal/pipeline"
	"chronicle/internal/store"
)

// errInterrupted ends an ingest stopped by Ctrl-C after it stored what it
// had read. Run turns it into exit status 1 with its message; mapping it
// to 130 is the integrator's (cli.go).
var errInterrupted = errors.New("ingest: interrupted; what was read is stored, run the same command again to finish")

// fetchFlags configure the web fetcher.
type fetchFlags struct {
	allowPrivate bool
	userAgent    string
	timeout      time.Duration
	perHost      int
	hostDelay    time.Duration
	retries      int
	fetchWorkers int
}

func (f *fetchFlags) register(c *cobra.Command) {
	fl := c.Flags()
	fl.BoolVar(&f.allowPrivate, "allow-private", false, "allow fetching from loopback, private and link-local addresses (refused by default)")
	fl.StringVar(&f.userAgent, "user-agent", fetch.DefaultUserAgent, "User-Agent header for fetches")
	fl.DurationVar(&f.timeout, "timeout", 30*time.Second, "time limit for one fetch, body included")
	fl.IntVar(&f.perHost, "per-host", 2, "fetches at once to one host")
	fl.DurationVar(&f.hostDelay, "host-delay", 500*time.Millisecond, "least time between the starts of two fetches to one host")
	fl.IntVar(&f.retries, "retries", 3, "retries on HTTP 429, 5xx and network errors, with exponential backoff")
	fl.IntVar(&f.fetchWorkers, "fetch-workers", 8, "fetches at once in all")
}

func (f *fetchFlags) client(maxBytes int64, log *slog.Logger) *fetch.Client {
	delay := f.hostDelay
	if delay == 0 {
		delay = -1 // fetch treats zero as "default"
	}
	retries := f.retries
	if retries == 0 {
		retries = -1
	}
	return fetch.New(fetch.Options{UserAgent: f.userAgent, Timeout: f.timeout, MaxBytes: maxBytes, PerHost: f.perHost,
		HostInterval: delay, Retries: retries, AllowPrivate: f.allowPrivate, Logger: log})
}

// fetcher adapts a fetch.Client to ingest.Fetcher.
func fetcher(c *fetch.Client) ingest.Fetcher {
	return ingest.FetcherFunc(func(ctx context.Context, url string) (*ingest.Page, error) {
		r, err := c.Fetch(ctx, url)
		if err != nil {
			return nil, err
		}
		return &ingest.Page{URL: r.URL, Body: r.Body, ContentType: r.ContentType}, nil
	})
}

func (a *app) ingestCmd() *cobra.Command {
	var (
		in        inputFlags
		ff        fetchFlags
		dbPath    string
		logFormat string
		progress  string
	)
	c := &cobra.Command{
		Use:   "ingest [flags] SOURCE...",
		Short: "Read, analyze and store articles from files, URLs, feeds and WARC archives",
		Long: `Ingest reads articles, analyzes each and stores it with all its layers, a batch
of articles per SQLite transaction (at most 128, or what was analysed in two
seconds). A SOURCE is a file or folder (recursively), standard input
("-"), an http(s) URL (a page or an RSS/Atom feed), a file listing URLs (one a
line), a feed file, or a WARC / WARC.gz archive such as Common Crawl's CC-NEWS
(response records with HTML pages). Formats are recognised by their content.

Fetching is polite and safe: a User-Agent, per-host concurrency and delay,
retries with backoff on 429/5xx, timeouts, a size cap, at most 5 redirects, and
no loopback, private, link-local or metadata addresses (even after a redirect
or DNS) unless --allow-private.

Ingest is idempotent: an article is identified by its id (given, or a hash of
its text); one already stored, or a URL already ingested, is skipped without
being fetched or analyzed again. An ingest that is interrupted, even by SIGKILL,
leaves only complete articles, so running the same command again completes the
rest. Ctrl-C stops reading, stores the articles in flight and prints the
summary; a second Ctrl-C aborts at once.

Storing is serial (one SQLite writer) and costs about half as much CPU as
the analysis; by default ingest analyzes on every core (GOMAXPROCS) and
stores in between; --workers overrides it.

Reprints are linked: exact duplicates are stored once (each place they were
seen is kept), and near-duplicates (the same wire story in several outlets,
lightly edited) join one story, found by MinHash of word 5-shingles with LSH
(estimated Jaccard similarity 0.6 or more).`,
		Example: `  chronicle ingest examples/
  chronicle ingest --db news.db --published 2025-08-19 story.txt
  chronicle ingest --db news.db urls.txt https://example.org/feed.xml
  chronicle ingest --db news.db --workers 2 CC-NEWS-20250301000000-00001.warc.gz
  chronicle query articles --db news.db`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			opt, err := in.options()
			if err != nil {
				return err
			}
			if !c.Flags().Changed("workers") {
				in.workers = ingestWorkers()
			}
			log, err := a.ingestLogger(logFormat)
			if err != nil {
				return err
			}
			if in.kb != "" {
				// Checked now: the pipeline that reads it is built
				// while the store opens.
				if _, err := os.Stat(in.kb); err != nil {
					return fmt.Errorf("--kb: %w", err)
				}
			}
			// The models load (about 0.3 s, not all of it on a core)
			// while the store opens and the first pages are read and
			// extracted (ingest.Options.Warmup, see loadPipeline).
			p := loadPipeline(in.kb)
			ctx := c.Context()
			s, err := store.Open(ctx, dbPath)
			if err != nil {
				return err
			}
			defer s.Close()

			// The first Ctrl-C (main's context) only stops the reading; the
			// work context stays live until what was read is stored. A
			// second Ctrl-C cancels it.
			work, abort := context.WithCancel(context.WithoutCancel(ctx))
			defer abort()
			finished := make(chan struct{})
			defer close(finished)
			go func() {
				select {
				case <-ctx.Done():
				case <-finished:
					return
				}
				fmt.Fprintln(a.stderr, "\nchronicle: ingest: interrupted: storing the articles in flight (Ctrl-C again to abort)")
				sig := make(chan os.Signal, 1)
				signal.Notify(sig, os.Interrupt, syscall.SIGTERM)
				defer signal.Stop(sig)
				select {
				case <-sig:
					abort()
				case <-finished:
				}
			}()

			// A pipeline that fails to build fails every article with
			// the same error: stop at once instead and return it.
			go func() {
				if p.Wait() != nil {
					abort()
				}
			}()
			opt.Warmup = p.Ready()
			opt.Fetcher = fetcher(ff.client(opt.MaxBytes, log))
			opt.FetchWorkers = ff.fetchWorkers
			opt.Known = s.HasLocation
			var bar *ingest.Progress
			var consumed atomic.Int64
			if a.showProgress(progress) {
				bar = ingest.NewProgress(a.stderr, sourceBytes(args))
				opt.Progress = func(n int64) { consumed.Add(n) }
			}
			sum := newIngestSummary()
			skip := func(ctx context.Context, d *doc.Document) (bool, error) { return s.Has(ctx, d.ID) }
			start := time.Now()
			// Storing runs on its own goroutine behind a queue, so that the
			// analysis workers keep going while a commit waits on the disk
			// (a WAL checkpoint can take a few hundred milliseconds). It
			// stores a batch of articles per transaction (see saver).
			sv := startSaver(work, saveQueue(in.workers), saveBatch, saveWait, func(rs []result) error {
				if err := sum.add(work, s, rs); err != nil {
					return err
				}
				for _, r := range rs {
					if r.err == nil {
						continue
					}
					if bar != nil || log == nil {
						if bar != nil {
							fmt.Fprint(a.stderr, "\r\033[K")
						}
						a.reportFailure(r)
					} else {
						log.Warn("ingest: failed", "origin", r.origin, "reason", failureReason(r.err), "err", r.err.Error())
					}
				}
				if bar != nil {
					bar.Update(sum.counts(consumed.Load()))
				}
				return nil
			})
			st, err := a.streamWith(work, streamConfig{sources: args, opt: opt, workers: in.workers, p: p, skip: skip, stop: ctx, sign: true,
				readAhead: ingestReadAhead, readDone: sv.drain},
				func(r result) error { return sv.put(work, r) })
			if serr := sv.close(); serr != nil {
				err = serr // the cause; the stream's own error is its echo
			}
			if perr := p.Wait(); perr != nil {
				return perr
			}
			st.elapsed = time.Since(start)
			if bar != nil {
				bar.Done(sum.counts(consumed.Load()))
			}
			sum.print(a.stderr, log, st)
			switch {
			case err != nil && work.Err() != nil:
				return fmt.Errorf("ingest: aborted: %w", err)
			case err != nil:
				return err
			case st.interrupted:
				return errInterrupted
			case st.failed > 0:
				return errSomeFailed
			}
			return nil
		},
	}
	in.register(c)
	ff.register(c)
	c.Flags().StringVar(&dbPath, "db", defaultDB(), dbFlagHelp)
	c.Flags().StringVar(&logFormat, "log-format", "plain", "how failures and the summary are logged on stderr: plain (one line each), text or json (log/slog records)")
	c.Flags().StringVar(&progress, "progress", "auto", "progress bar on stderr: auto (when it is a terminal), always or never")
	return c
}

// loadPipeline starts building the analysis pipeline on a goroutine of
// its own (pipeline.Later). Loading the models took 0.23-0.36 s of wall
// time and 0.19-0.25 s of CPU on 2 cores, a core or more left idle, in
// which the ingest used to do nothing else; now the reading goroutine
// extracts the first pages meanwhile (ingest.Options.Warmup), CPU the
// workers do not have to spend later.
func loadPipeline(kb string) *pipeline.Pipeline {
	return pipeline.Later(func() (*pipeline.Pipeline, error) { return newPipelineKB(kb) })
}

// ingestLogger returns the slog logger for --log-format, or nil for plain.
func (a *app) ingestLogger(format string) (*slog.Logger, error) {
	opts := &slog.HandlerOptions{Level: slog.LevelInfo}
	switch format {
	case "plain":
		return nil, nil
	case "text":
		return slog.New(slog.NewTextHandler(a.stderr, opts)), nil
	case "json":
		return slog.New(slog.NewJSONHandler(a.stderr, opts)), nil
	}
	return nil, usagef("--log-format %q: want plain, text or json", format)
}

// showProgress decides on the progress bar.
func (a *app) showProgress(mode string) bool {
	switch mode {
	case "always":
		return true
	case "never":
		return false
	}
	f, ok := a.stderr.(*os.File)
	return ok && isatty.IsTerminal(f.Fd())
}

// sourceBytes is the total size of the sources that are files, for the
// progress bar's ETA; 0 when any source is not a plain file (a folder,
// stdin, a URL), since then the total is unknown.
func sourceBytes(sources []string) int64 {
	var n int64
	for _, s := range sources {
		info, err := os.Stat(s)
		if err != nil || !info.Mode().IsRegular() {
			return 0
		}
		n += info.Size()
	}
	return n
}

// ingestSummary counts what an ingest did, for the progress bar and the
// closing summary.
type ingestSummary struct {
	read, stored, reprints, known, duplicates, failed atomic.Int64
	reasons                                           map[string]int
}

func newIngestSummary() *ingestSummary { return &ingestSummary{reasons: map[string]int{}} }

// add stores the articles of rs (or records where an already stored
// article was seen again) and counts them. It runs on the saver's
// goroutine only. The articles go to the store in one batch
// (store.SaveArticles), in order; a result skipped as stored already
// first stores the articles before it, since whether its place is new
// depends on them.
func (m *ingestSummary) add(ctx context.Context, s *store.Storage, rs []result) error {
	var pending []store.Article
	var origins []string
	flush := func() error {
		if len(pending) == 0 {
			return nil
		}
		res, err := s.SaveArticles(ctx, pending)
		for _, r := range res {
			switch {
			case !r.Stored:
				m.duplicates.Add(1)
			case r.Matched != "":
				m.stored.Add(1)
				m.reprints.Add(1)
			default:
				m.stored.Add(1)
			}
		}
		if err != nil {
			return fmt.Errorf("store %s: %w", origins[len(res)], err)
		}
		pending, origins = pending[:0], origins[:0]
		return nil
	}
	for _, r := range rs {
		switch {
		case r.err != nil:
			m.failed.Add(1)
			m.reasons[failureReason(r.err)]++
			continue
		case r.known:
			m.read.Add(1)
			m.known.Add(1)
			continue
		}
		m.read.Add(1)
		loc := r.location
		if loc == "" {
			loc = r.origin
		}
		if !r.skipped {
			pending = append(pending, store.Article{Doc: r.doc, Save: store.ArticleSave{Location: loc, Signature: r.sig}})
			origins = append(origins, r.origin)
			continue
		}
		// Stored already under another location: an exact duplicate,
		// whose place counts as one more source of its story.
		if err := flush(); err != nil {
			return err
		}
		seen, err := s.HasLocation(ctx, loc)
		if err != nil {
			return err
		}
		if seen {
			m.known.Add(1)
			continue
		}
		m.duplicates.Add(1)
		if _, err := s.SaveArticle(ctx, r.doc, store.ArticleSave{Location: loc}); err != nil {
			return fmt.Errorf("store %s: %w", r.origin, err)
		}
	}
	return flush()
}

func (m *ingestSummary) counts(bytes int64) ingest.Counts {
	return ingest.Counts{Read: m.read.Load(), Stored: m.stored.Load(), Known: m.known.Load() + m.duplicates.Load(),
		Failed: m.failed.Load(), Bytes: bytes}
}

// print writes the closing summary: one line, plus failures by reason.
func (m *ingestSummary) print(w io.Writer, log *slog.Logger, st streamStats) {
	var reasons []string
	for r, n := range m.reasons {
		reasons = append(reasons, fmt.Sprintf("%s %d", r, n))
	}
	sort.Strings(reasons)
	rate := float64(m.read.Load()) / max(st.elapsed.Seconds(), 1e-3)
	if log != nil {
		attrs := []any{"read", m.read.Load(), "stored", m.stored.Load(), "reprints", m.reprints.Load(),
			"already_stored", m.known.Load(), "duplicates", m.duplicates.Load(), "failed", m.failed.Load(),
			"seconds", st.elapsed.Seconds(), "articles_per_s", rate, "interrupted", st.interrupted}
		for r, n := range m.reasons {
			attrs = append(attrs, "failed_"+strings.ReplaceAll(r, " ", "_"), n)
		}
		log.Info("ingest: summary", attrs...)
		return
	}
	fmt.Fprintf(w, "chronicle: ingest: %d read, %d stored (%d reprints joined a story), %d already stored, %d duplicates, %d failed in %.1fs (%.1f articles/s)\n",
		m.read.Load(), m.stored.Load(), m.reprints.Load(), m.known.Load(), m.duplicates.Load(), m.failed.Load(), st.elapsed.Seconds(), rate)
	if len(reasons) > 0 {
		fmt.Fprintf(w, "chronicle: ingest: failed by reason: %s\n", strings.Join(reasons, ", "))
	}
}

// failureReason names the kind of a failure for the summary.
func failureReason(err error) string {
	var se *fetch.StatusError
	switch {
	case errors.As(err, &se):
		return fmt.Sprintf("http %d", se.Code)
	case errors.Is(err, fetch.ErrRefused):
		return "refused address"
	case errors.Is(err, fetch.ErrTooLarge), errors.Is(err, ingest.ErrTooLarge):
		return "too large"
	case errors.Is(err, fetch.ErrRedirects):
		return "too many redirects"
	case errors.Is(err, context.DeadlineExceeded), strings.Contains(err.Error(), "Timeout exceeded"):
		return "timeout"
	case errors.Is(err, ingest.ErrFetch):
		return "fetch"
	case errors.Is(err, ingest.ErrBinary):
		return "binary"
	case errors.Is(err, ingest.ErrEmpty):
		return "empty"
	case errors.Is(err, ingest.ErrNoText):
		return "no text"
	case errors.Is(err, ingest.ErrBadJSON):
		return "bad json"
	case errors.Is(err, ingest.ErrBadWARC):
		return "bad warc"
	case errors.Is(err, ingest.ErrBadFeed):
		return "bad feed"
	case errors.Is(err, ingest.ErrNoFetcher):
		return "no fetcher"
	case errors.Is(err, os.ErrNotExist):
		return "not found"
	}
	var re *ingest.ReadError
	if errors.As(err, &re) {
		return "unreadable"
	}
	return "analysis"
}

// ingestWorkers is ingest's default number of analysis workers: one per
// core (GOMAXPROCS), the goroutine that stores sharing the cores with
// them. It used to be one fewer, to leave the storing goroutine (the
// serial part) a core of its own, when a save cost about half as much CPU
// as an analysis: with a worker per core it waited for their time slices
// and the ingest slowed down (72-75 articles/s against 80-90). Saves are
// cheaper now (multi-row inserts, actor rows made in Go), the workers
// yield between stages (pipeline.Process), and on a shared 2-core machine
// (its other jobs deprioritised) bench --ingest 1000 --cores 2 ran at
// 78-82 articles/s with --workers 2, 70-73 with 3 and 53-55 with 1, with
// 1.76, 1.70-1.77 and 1.33-1.35 cores busy.
func ingestWorkers() int { return max(1, runtime.GOMAXPROCS(0)) }

// saveQueue is how many analyzed articles may wait to be stored: enough to
// cover a commit that stalls on the disk for a few hundred milliseconds,
// and the saving of a whole batch (saveBatch), while the workers go on;
// few enough to keep memory modest.
func saveQueue(workers int) int { return max(saveBatch/2, 8*workers) }

// saveBatch and saveWait bound a batch of the saver: the articles stored
// in one transaction. A commit writes every page the transaction changed
// (the same index, FTS and story pages for consecutive articles), and
// one table's rows for the whole batch go in the same INSERTs, so
// batches cut the CPU of storing an article (store.SaveArticles): saving
// the articles of bench --ingest 1000 took a median 4.93 ms of CPU each
// in batches of 32 and 4.25 in batches of 128 (BenchmarkSaveAnalysed,
// GOMAXPROCS=1, six interleaved runs; 6.8 and 6.1 on a busier machine).
// The price was the last batch, saved alone after the analysis ends: up
// to 128 articles, about half a second on one core; now the saver
// switches to small batches once the reading, which runs ahead, has
// ended (saveTailBatch). A batch is
// stored when it is full, when saveWait has passed since its first
// article, or at the end; an ingest killed meanwhile loses the batch,
// which its rerun does again. saveWait is two seconds so that an ingest
// of 64 articles a second or more fills its batches (with one second,
// bench --ingest on a busy machine stored batches of about 25). A batch
// holds analysed documents (about 0.3 MB each for a 5 KB page), so the
// two bounds keep the memory it takes to about 40 MB, and at most two
// seconds of work are redone after a kill.
const (
	saveBatch = 128
	saveWait  = 2 * time.Second
)

// saveTailBatch and saveTailWait bound a batch once the reading has
// ended (saver.drain): the articles still to come are those read ahead
// and in analysis, so a full batch of saveBatch would only be stored
// after the analysis ends, on one core while the workers sit idle (0.3 to
// 0.9 s of a 10 s bench --ingest 1000). Small batches, stored as soon as
// a few articles wait, keep the saving beside the last analyses; they
// cost a little more CPU an article, for at most the read-ahead and one
// batch of articles.
const (
	saveTailBatch = 16
	saveTailWait  = 50 * time.Millisecond
)

// ingestReadAhead is ingest's streamConfig.readAhead: the reading ends
// this many articles before the analysis (about half a second at 100
// articles/s), time enough to store the partial batch the saver holds
// (see saveTailBatch). Each waiting article holds its raw page (at most
// --max-bytes; 5 KB to 100 KB for a news page). A first Ctrl-C drops
// those not begun (streamWith), so it stops as soon as it did before.
const ingestReadAhead = 64

// saver stores results in input order on one goroutine, fed through a
// bounded queue, a batch at a time (see saveBatch).
type saver struct {
	queue     chan result
	failed    chan struct{} // closed when save has failed: err is set
	done      chan struct{} // closed when the goroutine has ended
	drained   chan struct{} // closed by drain
	drainOnce sync.Once
	err       error
}

// startSaver starts the goroutine that calls save with the results put,
// in order, in batches of at most size results, each stored when full,
// when wait has passed since its first result was put, or at close;
// after drain, at most saveTailBatch and saveTailWait. The first error
// ends it; ctx ending stops it too (a second Ctrl-C): what is still
// queued or batched is dropped, never half-stored.
func startSaver(ctx context.Context, depth, size int, wait time.Duration, save func([]result) error) *saver {
	sv := &saver{queue: make(chan result, depth), failed: make(chan struct{}), done: make(chan struct{}),
		drained: make(chan struct{})}
	go func() {
		defer close(sv.done)
		timer := time.NewTimer(wait)
		timer.Stop()
		drained := sv.drained
		tail := func() {
			drained = nil // a nil channel is never ready
			size, wait = min(size, saveTailBatch), min(wait, saveTailWait)
		}
		batch := make([]result, 0, size)
		for open := true; open; {
			select {
			case r, ok := <-sv.queue:
				if !ok {
					return
				}
				batch = append(batch[:0], r)
			case <-drained:
				tail()
				continue
			}
			timer.Reset(wait)
		fill:
			for len(batch) < size {
				select {
				case r, ok := <-sv.queue:
					if !ok {
						open = false
						break fill
					}
					batch = append(batch, r)
				case <-timer.C:
					break fill
				case <-drained:
					// The batch waits saveTailWait more at most, or
					// goes now if it holds saveTailBatch already.
					tail()
					timer.Reset(wait)
				}
			}
			timer.Stop()
			err := ctx.Err()
			if err == nil {
				err = save(batch)
			}
			clear(batch) // the documents can go before the next batch fills
			if err != nil {
				sv.err = err
				close(sv.failed)
				return
			}
		}
	}()
	return sv
}

// drain tells the saver that no result will be put beyond those the
// stream holds already (the reading has ended), so that it stores them
// in small batches as they come rather than in one at close. It may be
// called more than once, from any goroutine.
func (sv *saver) drain() { sv.drainOnce.Do(func() { close(sv.drained) }) }

// put queues r for storing. It blocks while the queue is full and fails
// when saving has failed or ctx is done, which stops the stream.
func (sv *saver) put(ctx context.Context, r result) error {
	select {
	case sv.queue <- r:
		return nil
	case <-sv.failed:
		return sv.err
	case <-ctx.Done():
		return ctx.Err()
	}
}

// close waits until everything queued is stored and returns the first
// error saving met. put must not be called after it.
func (sv *saver) close() error {
	close(sv.queue)
	<-sv.done
	return sv.err
}
