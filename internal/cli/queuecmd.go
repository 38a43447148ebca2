package cli

import (
	"encoding/json"
	"fmt"
	"os"
	"time"

	"github.com/spf13/cobra"

	"chronicle/internal/queue"
)

// queueFlags name the NATS work queue; enqueue, worker and queue status
// of one deployment must agree on them.
type queueFlags struct {
	url        string
	stream     string
	ackWait    time.Duration
	maxDeliver int
	replicas   int
}

func (f *queueFlags) register(c *cobra.Command) {
	fl := c.Flags()
	fl.StringVar(&f.url, "queue", defaultQueue(), "NATS server URL(s), comma-separated (default $CHRONICLE_QUEUE or nats://127.0.0.1:4222)")
	fl.StringVar(&f.stream, "stream", queue.DefaultStream, "JetStream stream of the jobs (the dead letters go to "+queue.DefaultDeadStream+" for the default)")
	fl.DurationVar(&f.ackWait, "ack-wait", queue.DefaultAckWait, "a job not acknowledged within this is delivered again (a worker sends keep-alives while it works)")
	fl.IntVar(&f.maxDeliver, "max-deliver", queue.DefaultMaxDeliver, "deliveries of a failing job before it goes to the dead-letter stream")
	fl.IntVar(&f.replicas, "replicas", 1, "stream replicas: 3 on a three-node NATS cluster")
}

func (f *queueFlags) config(name string) queue.Config {
	cfg := queue.Config{URL: f.url, Stream: f.stream, AckWait: f.ackWait, MaxDeliver: f.maxDeliver, Replicas: f.replicas}
	if f.stream != queue.DefaultStream {
		cfg.DeadStream = f.stream + "_DEAD"
	}
	host, _ := os.Hostname()
	cfg.Name = fmt.Sprintf("chronicle %s %s:%d", name, host, os.Getpid())
	return cfg
}

func defaultQueue() string {
	if u := os.Getenv("CHRONICLE_QUEUE"); u != "" {
		return u
	}
	return "nats://127.0.0.1:4222"
}

func (a *app) queueCmd() *cobra.Command {
	c := &cobra.Command{
		Use:   "queue",
		Short: "Inspect the NATS work queue of enqueue and worker",
	}
	var (
		qf     queueFlags
		format string
	)
	status := &cobra.Command{
		Use:   "status [flags]",
		Short: "Show pending, in-flight, done and dead jobs",
		Long: `Status prints the job counts of the work queue: pending (waiting for a
worker, or back for another try), in flight (delivered, not yet acknowledged),
done (acknowledged: stored), dead (failed --max-deliver times; in the
dead-letter stream with the error in the Chronicle-Error header), and the
number of jobs ever enqueued.`,
		Example: `  chronicle queue status --queue nats://127.0.0.1:4222
  chronicle queue status --format json`,
		Args: cobra.NoArgs,
		RunE: func(c *cobra.Command, args []string) error {
			if format != "text" && format != "json" {
				return usagef("--format %q: want text or json", format)
			}
			q, err := queue.Connect(c.Context(), qf.config("status"))
			if err != nil {
				return err
			}
			defer q.Close()
			s, err := q.Status(c.Context())
			if err != nil {
				return err
			}
			if format == "json" {
				return json.NewEncoder(a.stdout).Encode(s)
			}
			_, err = fmt.Fprintf(a.stdout, "pending=%d in_flight=%d done=%d dead=%d redelivered=%d enqueued=%d\n",
				s.Pending, s.InFlight, s.Done, s.Dead, s.Redelivered, s.Enqueued)
			return err
		},
	}
	qf.register(status)
	status.Flags().StringVar(&format, "format", "text", "text (one line of key=value) or json")
	c.AddCommand(status)
	return c
}
