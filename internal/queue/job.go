package queue

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/nats-io/nats.go/jetstream"

	"chronicle/internal/doc"
)

// Job is one article to analyze and store: the document as read (id,
// metadata, text; no layers yet) and where it was read from.
type Job struct {
	Doc *doc.Document `json:"doc"`
	// Origin is the file, "file:line" or URL the article was read from
	// (doc.Document.Origin, which the document JSON does not carry).
	Origin string `json:"origin,omitempty"`
	// Location is the URL of a fetched page or WARC record, "" for files
	// (ingest.Item.Location; the store records it as a source).
	Location string `json:"location,omitempty"`
}

// Encode returns the job's message body: JSON with the document JSON of
// SPEC.md §2 under "doc".
func (j Job) Encode() ([]byte, error) {
	if j.Doc == nil || j.Doc.ID == "" {
		return nil, errors.New("queue: job without a document id")
	}
	b, err := json.Marshal(j)
	if err != nil {
		return nil, fmt.Errorf("queue: encode job %s: %w", j.Doc.ID, err)
	}
	return b, nil
}

// DecodeJob parses a message body written by Encode.
func DecodeJob(data []byte) (Job, error) {
	var j Job
	if err := json.Unmarshal(data, &j); err != nil {
		return Job{}, fmt.Errorf("queue: decode job: %w", err)
	}
	if j.Doc == nil || j.Doc.ID == "" {
		return Job{}, errors.New("queue: decode job: no document id")
	}
	j.Doc.Origin = j.Origin
	return j, nil
}

// Publish enqueues j with the article id as message id and waits for the
// stream's acknowledgement. duplicate is true when JetStream had the id
// already (within the duplicate window) and dropped this copy.
func (q *Queue) Publish(ctx context.Context, j Job) (duplicate bool, err error) {
	body, err := j.Encode()
	if err != nil {
		return false, err
	}
	ack, err := q.js.Publish(ctx, q.cfg.JobSubject(), body, jetstream.WithMsgID(j.Doc.ID))
	if err != nil {
		return false, fmt.Errorf("queue: publish %s: %w", j.Doc.ID, err)
	}
	return ack.Duplicate, nil
}
