package cli

import (
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"chronicle/internal/ingest"
	"chronicle/internal/queue"
)

func (a *app) enqueueCmd() *cobra.Command {
	var (
		in inputFlags
		ff fetchFlags
		qf queueFlags
	)
	c := &cobra.Command{
		Use:   "enqueue [flags] SOURCE...",
		Short: "Turn sources into article jobs on a NATS JetStream work queue for chronicle worker",
		Long: `Enqueue reads sources as ingest does (files, folders, standard input, URLs,
URL lists, RSS/Atom feeds, WARC / WARC.gz archives) and publishes one job per
article on the work queue, without analyzing it: any number of chronicle
worker processes, on any machines, then analyze and store the jobs.

A job's message id is its article id, so enqueueing the same article again
within the queue's duplicate window (24 h) is dropped by the server, and a job
done twice still stores one copy. The summary on stderr counts enqueued,
duplicate and failed inputs.`,
		Example: `  chronicle enqueue --queue nats://127.0.0.1:4222 examples/
  chronicle enqueue --queue nats://nats-1:4222,nats://nats-2:4222 --replicas 3 CC-NEWS-20250301000000-00001.warc.gz`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			opt, err := in.options()
			if err != nil {
				return err
			}
			ctx := c.Context()
			q, err := queue.Connect(ctx, qf.config("enqueue"))
			if err != nil {
				return err
			}
			defer q.Close()
			opt.Fetcher = fetcher(ff.client(opt.MaxBytes, nil))
			opt.FetchWorkers = ff.fetchWorkers
			var enq, dup, failed int
			err = ingest.Read(ctx, args, a.stdin, opt, func(it ingest.Item) error {
				if it.Err != nil || it.Doc == nil {
					failed++
					a.reportFailure(result{origin: it.Origin, err: cmpErr(it.Err)})
					return nil
				}
				d, err := q.Publish(ctx, queue.Job{Doc: it.Doc, Origin: it.Origin, Location: it.Location})
				switch {
				case err != nil && ctx.Err() != nil:
					return err
				case err != nil:
					failed++
					a.reportFailure(result{origin: it.Origin, err: err})
				case d:
					dup++
				default:
					enq++
				}
				return nil
			})
			fmt.Fprintf(a.stderr, "chronicle: enqueue: %d enqueued, %d duplicates, %d failed\n", enq, dup, failed)
			switch {
			case err != nil:
				return err
			case failed > 0:
				return errSomeFailed
			}
			return nil
		},
	}
	in.register(c)
	c.Flags().MarkHidden("workers") // reading is sequential; analysis happens on the workers
	ff.register(c)
	qf.register(c)
	return c
}

func cmpErr(err error) error {
	if err == nil {
		return errors.New("no article")
	}
	return err
}
