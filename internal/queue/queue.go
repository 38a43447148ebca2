// Package queue spreads the analysis of articles over worker processes on
// any number of machines through a NATS JetStream work queue, so that
// chronicle scales out on an existing distributed engine instead of
// cluster code of its own.
//
// `chronicle enqueue` publishes one Job per article on the jobs stream
// (WorkQueue retention: a message lives until a worker acknowledges it).
// The message id is the article id, so JetStream drops a job published
// twice within the duplicate window, and the store's writes, keyed by the
// same id, make a job that is done twice leave one copy. `chronicle
// worker` pulls jobs from one durable consumer shared by every worker,
// analyzes, stores, and acknowledges only after the store's commit: a
// worker killed at any moment leaves its jobs unacknowledged, and JetStream
// delivers them again after AckWait. A job that fails MaxDeliver times goes
// to the dead-letter stream with its error, for a person to look at.
package queue

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// Defaults for Config's zero fields.
const (
	DefaultStream     = "CHRONICLE_JOBS"
	DefaultDeadStream = "CHRONICLE_DEAD"
	DefaultConsumer   = "chronicle-workers"
	DefaultAckWait    = 2 * time.Minute
	DefaultMaxDeliver = 5
	// DefaultDuplicates is how long JetStream remembers message ids: an
	// article enqueued again within it is dropped at once; after it the
	// worker still finds it stored and only acknowledges it.
	DefaultDuplicates = 24 * time.Hour
)

// Config names the streams and sets the delivery policy. The zero value
// (with URL) is ready to use; every worker and enqueue of one deployment
// must agree on it.
type Config struct {
	URL        string        // nats://host:port[,nats://host2:port...]
	Stream     string        // jobs stream; its subject is lower-case Stream with dots
	DeadStream string        // dead-letter stream
	Consumer   string        // durable pull consumer shared by the workers
	AckWait    time.Duration // a job not acknowledged within it is delivered again
	MaxDeliver int           // deliveries before a job is dead-lettered
	Duplicates time.Duration // message-id deduplication window
	Replicas   int           // stream replicas: 3 on a three-node cluster; 0 means 1
	Name       string        // client name shown by the server, e.g. "chronicle worker host-1"
}

func (c Config) withDefaults() Config {
	def := func(s *string, v string) {
		if *s == "" {
			*s = v
		}
	}
	def(&c.Stream, DefaultStream)
	def(&c.DeadStream, DefaultDeadStream)
	def(&c.Consumer, DefaultConsumer)
	def(&c.Name, "chronicle")
	if c.AckWait <= 0 {
		c.AckWait = DefaultAckWait
	}
	if c.MaxDeliver <= 0 {
		c.MaxDeliver = DefaultMaxDeliver
	}
	if c.Duplicates <= 0 {
		c.Duplicates = DefaultDuplicates
	}
	if c.Replicas <= 0 {
		c.Replicas = 1
	}
	return c
}

// JobSubject and DeadSubject are the subjects of the two streams.
func (c Config) JobSubject() string  { return "chronicle.jobs." + c.withDefaults().Stream }
func (c Config) DeadSubject() string { return "chronicle.dead." + c.withDefaults().Stream }

// Queue is a connection to the work queue. It is safe for concurrent use.
type Queue struct {
	cfg  Config
	nc   *nats.Conn
	js   jetstream.JetStream
	jobs jetstream.Stream
	dead jetstream.Stream
	cons jetstream.Consumer
}

// Connect connects to the NATS server(s) at cfg.URL and creates the
// streams and the consumer, or updates them to cfg, so that the first
// enqueue or worker of a deployment sets it up.
func Connect(ctx context.Context, cfg Config) (*Queue, error) {
	cfg = cfg.withDefaults()
	if cfg.URL == "" {
		return nil, errors.New("queue: no server URL (want nats://HOST:PORT)")
	}
	nc, err := nats.Connect(cfg.URL, nats.Name(cfg.Name), nats.MaxReconnects(-1), nats.ReconnectWait(500*time.Millisecond))
	if err != nil {
		return nil, fmt.Errorf("queue: connect %s: %w", cfg.URL, err)
	}
	q := &Queue{cfg: cfg, nc: nc}
	if err := q.setup(ctx); err != nil {
		nc.Close()
		return nil, fmt.Errorf("queue: %s: %w", cfg.URL, err)
	}
	return q, nil
}

func (q *Queue) setup(ctx context.Context) error {
	js, err := jetstream.New(q.nc)
	if err != nil {
		return err
	}
	q.js = js
	c := q.cfg
	q.jobs, err = js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name:        c.Stream,
		Description: "chronicle article jobs; message id = article id",
		Subjects:    []string{c.JobSubject()},
		Retention:   jetstream.WorkQueuePolicy,
		Storage:     jetstream.FileStorage,
		Duplicates:  c.Duplicates,
		Replicas:    c.Replicas,
	})
	if err != nil {
		return fmt.Errorf("stream %s: %w", c.Stream, err)
	}
	q.dead, err = js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name:        c.DeadStream,
		Description: "chronicle jobs that failed MaxDeliver times, with the error in header " + HeaderError,
		Subjects:    []string{c.DeadSubject()},
		Retention:   jetstream.LimitsPolicy,
		Storage:     jetstream.FileStorage,
		Duplicates:  c.Duplicates,
		Replicas:    c.Replicas,
	})
	if err != nil {
		return fmt.Errorf("stream %s: %w", c.DeadStream, err)
	}
	q.cons, err = js.CreateOrUpdateConsumer(ctx, c.Stream, jetstream.ConsumerConfig{
		Durable:       c.Consumer,
		Description:   "chronicle workers",
		AckPolicy:     jetstream.AckExplicitPolicy,
		AckWait:       c.AckWait,
		MaxDeliver:    c.MaxDeliver,
		MaxAckPending: 10000,
		Replicas:      c.Replicas,
	})
	if err != nil {
		return fmt.Errorf("consumer %s: %w", c.Consumer, err)
	}
	return nil
}

// Config returns the configuration in use, defaults filled in.
func (q *Queue) Config() Config { return q.cfg }

// Close drains the connection: publishes in flight are sent first.
func (q *Queue) Close() error {
	if err := q.nc.Drain(); err != nil && !errors.Is(err, nats.ErrConnectionClosed) {
		q.nc.Close()
		return fmt.Errorf("queue: close: %w", err)
	}
	for q.nc.IsDraining() {
		time.Sleep(10 * time.Millisecond)
	}
	return nil
}
