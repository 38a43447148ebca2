package queue

import (
	"context"
	"fmt"
)

// Status counts the jobs of the queue.
type Status struct {
	// Pending jobs wait for a worker (not delivered yet, or back for
	// redelivery after a failure).
	Pending uint64 `json:"pending"`
	// InFlight jobs are delivered to a worker and not yet acknowledged.
	InFlight uint64 `json:"in_flight"`
	// Done jobs were acknowledged: stored (or found stored) and removed.
	Done uint64 `json:"done"`
	// Dead jobs are in the dead-letter stream.
	Dead uint64 `json:"dead"`
	// Redelivered counts jobs in flight or pending that were delivered
	// more than once.
	Redelivered uint64 `json:"redelivered"`
	// Enqueued is every job the stream ever accepted (duplicates dropped
	// by message id are not counted).
	Enqueued uint64 `json:"enqueued"`
}

// Status reads the counts from the streams and the consumer. Done is what
// the jobs stream accepted less what it still holds and what was
// dead-lettered (a WorkQueue stream deletes a job when it is acked).
func (q *Queue) Status(ctx context.Context) (Status, error) {
	var s Status
	ji, err := q.jobs.Info(ctx)
	if err != nil {
		return s, fmt.Errorf("queue: status: %w", err)
	}
	di, err := q.dead.Info(ctx)
	if err != nil {
		return s, fmt.Errorf("queue: status: %w", err)
	}
	ci, err := q.cons.Info(ctx)
	if err != nil {
		return s, fmt.Errorf("queue: status: %w", err)
	}
	s.Enqueued = ji.State.LastSeq
	s.InFlight = uint64(ci.NumAckPending)
	s.Pending = ci.NumPending
	s.Redelivered = uint64(ci.NumRedelivered)
	s.Dead = di.State.Msgs
	held := ji.State.Msgs
	if gone := s.Enqueued - min(held, s.Enqueued); gone >= s.Dead {
		s.Done = gone - s.Dead
	}
	return s, nil
}
