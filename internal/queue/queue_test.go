package queue

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"chronicle/internal/doc"
	"chronicle/internal/queue/natstest"
)

func connect(t *testing.T, cfg Config) *Queue {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	q, err := Connect(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { q.Close() })
	return q
}

func job(i int) Job {
	text := fmt.Sprintf("Article number %d says something.", i)
	return Job{Doc: &doc.Document{ID: doc.HashID(text), Text: text, Title: fmt.Sprint("T", i)}, Origin: fmt.Sprintf("f%d.txt", i)}
}

func publishAll(t *testing.T, q *Queue, jobs ...Job) (dups int) {
	t.Helper()
	for _, j := range jobs {
		dup, err := q.Publish(context.Background(), j)
		if err != nil {
			t.Fatal(err)
		}
		if dup {
			dups++
		}
	}
	return dups
}

func status(t *testing.T, q *Queue) Status {
	t.Helper()
	s, err := q.Status(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// settled polls the queue's status until ok accepts it, for up to five
// seconds, and returns the last one. The server counts a consumer's
// pending and in-flight messages asynchronously, so a status read right
// after a publish or an ack may still show the moment before it (seen
// once on a loaded machine: Pending 0 just after 20 publishes).
func settled(t *testing.T, q *Queue, ok func(Status) bool) Status {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for {
		s := status(t, q)
		if ok(s) || time.Now().After(deadline) {
			return s
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func TestPublishWorkAck(t *testing.T) {
	q := connect(t, Config{URL: natstest.Start(t)})
	var jobs []Job
	for i := range 20 {
		jobs = append(jobs, job(i))
	}
	if d := publishAll(t, q, jobs...); d != 0 {
		t.Fatalf("%d duplicates on first publish", d)
	}
	if d := publishAll(t, q, jobs[:5]...); d != 5 {
		t.Fatalf("re-enqueue: %d duplicates, want 5", d)
	}
	if s := settled(t, q, func(s Status) bool { return s.Pending == 20 }); s.Pending != 20 || s.Enqueued != 20 || s.Done != 0 {
		t.Fatalf("before work: %+v", s)
	}
	var mu sync.Mutex
	seen := map[string]Job{}
	err := q.Work(context.Background(), func(ctx context.Context, j Job) error {
		mu.Lock()
		defer mu.Unlock()
		seen[j.Doc.ID] = j
		return nil
	}, WorkOptions{Concurrency: 3, MaxJobs: 20})
	if err != nil {
		t.Fatal(err)
	}
	if len(seen) != 20 {
		t.Fatalf("handled %d distinct jobs, want 20", len(seen))
	}
	j := seen[jobs[7].Doc.ID]
	if j.Doc.Text != jobs[7].Doc.Text || j.Doc.Title != "T7" || j.Doc.Origin != "f7.txt" {
		t.Errorf("job came back as %+v", j.Doc)
	}
	if s := settled(t, q, func(s Status) bool { return s.InFlight == 0 && s.Done == 20 }); s.Pending != 0 || s.InFlight != 0 || s.Done != 20 || s.Dead != 0 {
		t.Fatalf("after work: %+v", s)
	}
}

func TestFailuresGoToDeadLetters(t *testing.T) {
	q := connect(t, Config{URL: natstest.Start(t), MaxDeliver: 2, AckWait: 5 * time.Second})
	publishAll(t, q, job(1), job(2))
	bad := job(2).Doc.ID
	var mu sync.Mutex
	tries := map[string]int{}
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	err := q.Work(ctx, func(ctx context.Context, j Job) error {
		mu.Lock()
		defer mu.Unlock()
		tries[j.Doc.ID]++
		if j.Doc.ID == bad {
			return errors.New("boom")
		}
		return nil
	}, WorkOptions{MaxJobs: 3}) // 1 success + 2 failed deliveries
	if err != nil {
		t.Fatal(err)
	}
	if tries[bad] != 2 || tries[job(1).Doc.ID] != 1 {
		t.Fatalf("tries %v", tries)
	}
	s := settled(t, q, func(s Status) bool { return s.Dead == 1 && s.InFlight == 0 })
	if s.Dead != 1 || s.Done != 1 || s.Pending != 0 || s.InFlight != 0 {
		t.Fatalf("status %+v", s)
	}
	m, err := q.dead.GetMsg(context.Background(), 1)
	if err != nil {
		t.Fatal(err)
	}
	if m.Header.Get(HeaderError) != "boom" || m.Header.Get(HeaderArticle) != bad || m.Header.Get(HeaderDeliveries) != "2" {
		t.Errorf("dead letter headers %v", m.Header)
	}
}

// A job that no worker answers (each crashed) is dead-lettered from the
// server's max-deliveries advisory.
func TestUnansweredJobIsDeadLettered(t *testing.T) {
	q := connect(t, Config{URL: natstest.Start(t), MaxDeliver: 2, AckWait: 200 * time.Millisecond})
	sub, err := q.watchMaxDeliveries()
	if err != nil {
		t.Fatal(err)
	}
	defer sub.Unsubscribe()
	publishAll(t, q, job(3))
	for range 2 { // two deliveries, never acknowledged
		b, err := q.cons.Fetch(1, jetstream.FetchMaxWait(2*time.Second))
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for range b.Messages() {
			n++
		}
		if n != 1 {
			t.Fatalf("fetched %d", n)
		}
	}
	// The server notices the last delivery is used up when a worker
	// pulls again.
	if b, err := q.cons.Fetch(1, jetstream.FetchMaxWait(time.Second)); err == nil {
		for range b.Messages() {
			t.Fatal("delivered a third time")
		}
	}
	deadline := time.Now().Add(5 * time.Second)
	for status(t, q).Dead != 1 {
		if time.Now().After(deadline) {
			t.Fatalf("not dead-lettered: %+v", status(t, q))
		}
		time.Sleep(50 * time.Millisecond)
	}
	if s := status(t, q); s.Pending != 0 || s.Done != 0 {
		t.Errorf("status %+v", s)
	}
}

func TestIdleExit(t *testing.T) {
	q := connect(t, Config{URL: natstest.Start(t)})
	start := time.Now()
	if err := q.Work(context.Background(), func(context.Context, Job) error { return nil }, WorkOptions{IdleExit: 500 * time.Millisecond}); err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("idle exit took %s", d)
	}
}

func TestDecodeJobRejects(t *testing.T) {
	for _, body := range []string{``, `{}`, `{"doc":{"text":"x"}}`, `[1]`} {
		if _, err := DecodeJob([]byte(body)); err == nil {
			t.Errorf("DecodeJob(%q) accepted", body)
		}
	}
}

func FuzzDecodeJob(f *testing.F) {
	b, _ := job(1).Encode()
	f.Add(b)
	f.Add([]byte(`{"doc":{"id":"x","text":"héllo"}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		j, err := DecodeJob(data)
		if err != nil {
			return
		}
		if j.Doc.ID == "" {
			t.Fatal("decoded job without id")
		}
	})
}
