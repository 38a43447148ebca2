package queue

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"sync"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// Headers of a dead letter: the last error, the number of deliveries, the
// job's article id and the sequence it had in the jobs stream.
const (
	HeaderError      = "Chronicle-Error"
	HeaderDeliveries = "Chronicle-Deliveries"
	HeaderArticle    = "Chronicle-Article"
	HeaderStreamSeq  = "Chronicle-Stream-Seq"
)

// Handler analyzes and stores one job. It returns nil only once the
// article is committed (or found stored already): the job is acknowledged
// then, and never before.
type Handler func(ctx context.Context, j Job) error

// WorkOptions tune Work.
type WorkOptions struct {
	// Concurrency is how many jobs are handled at once; 0 means 1.
	Concurrency int
	// Done, when not nil, is called after each job with its article id,
	// the number of its delivery and the handler's error (nil once
	// acknowledged), from the handling goroutine.
	Done func(id string, delivery uint64, err error)
	// MaxJobs stops Work after this many jobs were handled; 0 means no
	// limit. For tests and benchmarks.
	MaxJobs int
	// IdleExit stops Work when no job came for this long; 0 means never.
	IdleExit time.Duration
}

// Work pulls jobs from the durable consumer and runs handle on each until
// ctx is cancelled (it then returns nil once the jobs in hand are done),
// MaxJobs were handled or the queue stayed idle for IdleExit. A job whose
// handler fails is delivered again after a backoff, up to MaxDeliver
// times; the last failure publishes it to the dead-letter stream with the
// error and removes it from the queue. Work also dead-letters jobs whose
// deliveries ran out without an answer (a job that crashes or stalls
// every worker), from the server's max-deliveries advisory.
func (q *Queue) Work(ctx context.Context, handle Handler, opt WorkOptions) error {
	n := max(opt.Concurrency, 1)
	sub, err := q.watchMaxDeliveries()
	if err != nil {
		return err
	}
	defer sub.Unsubscribe()

	ctx, stop := context.WithCancel(ctx)
	defer stop()
	var (
		mu       sync.Mutex
		handled  int
		lastSeen = time.Now()
		firstErr error
	)
	count := func() {
		mu.Lock()
		defer mu.Unlock()
		handled++
		lastSeen = time.Now()
		if opt.MaxJobs > 0 && handled >= opt.MaxJobs {
			stop()
		}
	}
	var wg sync.WaitGroup
	for range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ctx.Err() == nil {
				batch, err := q.cons.Fetch(1, jetstream.FetchMaxWait(time.Second))
				if err != nil {
					if ctx.Err() != nil {
						return
					}
					// The server is away (a cluster node restarting):
					// wait and pull again, the connection reconnects.
					time.Sleep(200 * time.Millisecond)
					continue
				}
				got := false
				for m := range batch.Messages() {
					got = true
					q.handle(context.WithoutCancel(ctx), m, handle, opt.Done)
					count()
				}
				if err := batch.Error(); err != nil && !errors.Is(err, nats.ErrTimeout) && ctx.Err() == nil {
					mu.Lock()
					if firstErr == nil && errors.Is(err, jetstream.ErrConsumerDeleted) {
						firstErr = fmt.Errorf("queue: fetch: %w", err)
						stop()
					}
					mu.Unlock()
				}
				if !got && opt.IdleExit > 0 {
					mu.Lock()
					idle := time.Since(lastSeen)
					mu.Unlock()
					if idle >= opt.IdleExit {
						stop()
					}
				}
			}
		}()
	}
	wg.Wait()
	return firstErr
}

// handle runs one job: keep-alive while it works, then ack, retry or
// dead-letter. ctx is not cancelled by Work's stop, so that a job in hand
// is finished and acknowledged.
func (q *Queue) handle(ctx context.Context, m jetstream.Msg, handle Handler, done func(string, uint64, error)) {
	md, err := m.Metadata()
	if err != nil {
		_ = m.Term() // not a JetStream message: nothing can retry it
		return
	}
	j, err := DecodeJob(m.Data())
	if err != nil {
		// A body no worker can read fails the same way every time.
		q.deadLetter(ctx, m, md, "", err)
		return
	}
	// Tell the server the job is alive while it takes long, so that a
	// slow article is not given to a second worker; a killed worker
	// stops doing so and its job comes back after AckWait.
	stopBeat := make(chan struct{})
	go func() {
		t := time.NewTicker(q.cfg.AckWait / 3)
		defer t.Stop()
		for {
			select {
			case <-t.C:
				_ = m.InProgress()
			case <-stopBeat:
				return
			}
		}
	}()
	herr := handle(ctx, j)
	close(stopBeat)
	switch {
	case herr == nil:
		// The article is committed; a lost ack only means one more
		// delivery, which finds it stored.
		ackCtx, cancel := context.WithTimeout(ctx, 5*time.Second)
		if err := m.DoubleAck(ackCtx); err != nil {
			_ = m.Ack()
		}
		cancel()
	case md.NumDelivered >= uint64(q.cfg.MaxDeliver):
		q.deadLetter(ctx, m, md, j.Doc.ID, herr)
	default:
		// Back off a little more at each failure: a store that is down
		// for a minute should not burn the deliveries in a second.
		_ = m.NakWithDelay(time.Duration(md.NumDelivered) * time.Second)
	}
	if done != nil {
		done(j.Doc.ID, md.NumDelivered, herr)
	}
}

// deadLetter publishes the job with its error to the dead-letter stream
// and then removes it from the queue. The dead letter's message id is the
// job's stream sequence, so a repeat (two workers, a lost ack) is one.
func (q *Queue) deadLetter(ctx context.Context, m jetstream.Msg, md *jetstream.MsgMetadata, id string, cause error) {
	err := q.publishDead(ctx, m.Data(), md.Sequence.Stream, md.NumDelivered, id, cause.Error())
	if err != nil {
		_ = m.Nak() // try again at the next delivery
		return
	}
	// Wait for the server to take the ack, as for a stored article, so
	// that the job has left the queue when the worker moves on.
	ackCtx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	if err := m.DoubleAck(ackCtx); err != nil {
		_ = m.Ack()
	}
}

func (q *Queue) publishDead(ctx context.Context, body []byte, seq, deliveries uint64, id, cause string) error {
	msg := nats.NewMsg(q.cfg.DeadSubject())
	msg.Data = body
	msg.Header.Set(HeaderError, cause)
	msg.Header.Set(HeaderDeliveries, strconv.FormatUint(deliveries, 10))
	msg.Header.Set(HeaderStreamSeq, strconv.FormatUint(seq, 10))
	if id != "" {
		msg.Header.Set(HeaderArticle, id)
	}
	_, err := q.js.PublishMsg(ctx, msg, jetstream.WithMsgID("dead-"+strconv.FormatUint(seq, 10)))
	if err != nil {
		return fmt.Errorf("queue: dead letter %d: %w", seq, err)
	}
	return nil
}

// watchMaxDeliveries subscribes to the server's max-deliveries advisory
// of the consumer, in a queue group so that one worker handles each.
func (q *Queue) watchMaxDeliveries() (*nats.Subscription, error) {
	adv := fmt.Sprintf("$JS.EVENT.ADVISORY.CONSUMER.MAX_DELIVERIES.%s.%s", q.cfg.Stream, q.cfg.Consumer)
	sub, err := q.nc.QueueSubscribe(adv, "chronicle-dead-letters", func(m *nats.Msg) { q.onMaxDeliveries(m.Data) })
	if err != nil {
		return nil, fmt.Errorf("queue: subscribe %s: %w", adv, err)
	}
	return sub, nil
}

// onMaxDeliveries moves a job whose deliveries ran out unanswered (no
// worker acked or nacked it: each one crashed or stalled) to the
// dead-letter stream. The server leaves such a message in the stream
// and reports it with an advisory.
func (q *Queue) onMaxDeliveries(data []byte) {
	var a struct {
		StreamSeq  uint64 `json:"stream_seq"`
		Deliveries uint64 `json:"deliveries"`
	}
	if json.Unmarshal(data, &a) != nil || a.StreamSeq == 0 {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	raw, err := q.jobs.GetMsg(ctx, a.StreamSeq)
	if err != nil {
		return // acked or moved in the meantime
	}
	id := ""
	if j, err := DecodeJob(raw.Data); err == nil {
		id = j.Doc.ID
	}
	cause := fmt.Sprintf("no answer after %d deliveries (the worker crashed or exceeded AckWait %s each time)", a.Deliveries, q.cfg.AckWait)
	if q.publishDead(ctx, raw.Data, a.StreamSeq, a.Deliveries, id, cause) == nil {
		_ = q.jobs.DeleteMsg(ctx, a.StreamSeq)
	}
}
