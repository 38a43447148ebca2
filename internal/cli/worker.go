package cli

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"runtime"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"chronicle/internal/dedup"
	"chronicle/internal/queue"
	"chronicle/internal/store"
)

func (a *app) workerCmd() *cobra.Command {
	var (
		qf       queueFlags
		dbPath   string
		workers  int
		maxJobs  int
		idleExit time.Duration
		kbPath   string
	)
	c := &cobra.Command{
		Use:   "worker [flags]",
		Short: "Analyze and store the jobs of a NATS JetStream work queue",
		Long: `Worker pulls article jobs (from chronicle enqueue) from the queue's durable
consumer, analyzes each, stores it in the database (--db: postgres://... for a
shared PostgreSQL, or an SQLite file for one machine) in one transaction with
its story placement, and acknowledges the job only after the commit.

Run any number of workers on any number of machines against the same queue
and database. A worker killed at any moment (even SIGKILL) loses nothing: its
unacknowledged jobs are delivered again after --ack-wait, and an article
stored just before the kill is found by its id and not stored twice. A job
that fails --max-deliver times goes to the dead-letter stream with its error
(see chronicle queue status). SIGINT or SIGTERM stops pulling, finishes the
jobs in hand and exits.`,
		Example: `  chronicle worker --queue nats://127.0.0.1:4222 --db postgres://chronicle@127.0.0.1/chronicle
  chronicle worker --queue nats://nats-1:4222,nats://nats-2:4222 --db "$CHRONICLE_DB" --workers 4`,
		Args: cobra.NoArgs,
		RunE: func(c *cobra.Command, args []string) error {
			if workers <= 0 {
				return usagef("--workers must be positive")
			}
			p, err := newPipelineKB(kbPath)
			if err != nil {
				return err
			}
			// SIGTERM (systemd stop) stops pulling like Ctrl-C does.
			ctx, stop := signal.NotifyContext(c.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			s, err := store.Open(ctx, dbPath)
			if err != nil {
				return err
			}
			defer s.Close()
			q, err := queue.Connect(ctx, qf.config("worker"))
			if err != nil {
				return err
			}
			defer q.Close()

			var stored, skipped, failed atomic.Int64
			start := time.Now()
			handle := func(ctx context.Context, j queue.Job) error {
				d := j.Doc
				// A job delivered again after its article was committed
				// (the worker died before its ack) is only acknowledged.
				if ok, err := s.Has(ctx, d.ID); err != nil {
					return err
				} else if ok {
					skipped.Add(1)
					return nil
				}
				if err := p.Process(ctx, d); err != nil {
					return err
				}
				if err := d.Validate(); err != nil {
					return fmt.Errorf("analysis produced an invalid document: %w", err)
				}
				opt := store.ArticleSave{Location: j.Location}
				if sig, ok := dedup.Sign(d.Text); ok {
					opt.Signature = &sig
				}
				res, err := s.SaveArticle(ctx, d, opt)
				if err != nil {
					return err
				}
				if res.Stored {
					stored.Add(1)
				} else {
					skipped.Add(1)
				}
				return nil
			}
			done := func(id string, delivery uint64, err error) {
				if err != nil {
					failed.Add(1)
					fmt.Fprintf(a.stderr, "chronicle: worker: %s (delivery %d): %v\n", id, delivery, err)
				}
			}
			err = q.Work(ctx, handle, queue.WorkOptions{Concurrency: workers, Done: done, MaxJobs: maxJobs, IdleExit: idleExit})
			el := time.Since(start).Seconds()
			fmt.Fprintf(a.stderr, "chronicle: worker: %d stored, %d already stored, %d failed in %.1fs (%.1f articles/s)\n",
				stored.Load(), skipped.Load(), failed.Load(), el, float64(stored.Load())/max(el, 1e-9))
			return err
		},
	}
	qf.register(c)
	c.Flags().StringVar(&dbPath, "db", defaultDB(), "store: postgres://... (PostgreSQL, shared by every worker) or an SQLite file (default $CHRONICLE_DB or chronicle.db)")
	c.Flags().IntVar(&workers, "workers", runtime.NumCPU(), "jobs analyzed at once in this process")
	c.Flags().IntVar(&maxJobs, "max-jobs", 0, "exit after this many jobs (0: no limit)")
	c.Flags().DurationVar(&idleExit, "idle-exit", 0, "exit when no job came for this long (0: wait for jobs forever)")
	c.Flags().StringVar(&kbPath, "kb", "", "extend the actor knowledge base with this JSON or TSV file")
	return c
}
