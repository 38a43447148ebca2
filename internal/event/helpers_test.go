package event_test

import (
	"context"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"chronicle/internal/actor"
	"chronicle/internal/doc"
	"chronicle/internal/eval"
	"chronicle/internal/event"
	"chronicle/internal/ner"
	"chronicle/internal/parse"
	"chronicle/internal/pipeline"
	"chronicle/internal/tag"
	"chronicle/internal/text"
	"chronicle/internal/when"
)

// pipelines builds the analysis pipeline once per test binary: loading
// the models takes a while. EVENT_TEST_TAG_MODEL and
// EVENT_TEST_PARSE_MODEL name model files to use instead of the shipped
// ones (to try the coder with a retrained tagger or parser).
var pipelines = sync.OnceValues(func() (*pipeline.Pipeline, error) {
	tm, err := tag.Default()
	if f := os.Getenv("EVENT_TEST_TAG_MODEL"); f != "" {
		r, oerr := os.Open(f)
		if oerr != nil {
			return nil, oerr
		}
		defer r.Close()
		tm, err = tag.Load(r)
	}
	if err != nil {
		return nil, err
	}
	pm, err := parse.Default()
	if f := os.Getenv("EVENT_TEST_PARSE_MODEL"); f != "" {
		r, oerr := os.Open(f)
		if oerr != nil {
			return nil, oerr
		}
		defer r.Close()
		pm, err = parse.Load(r)
	}
	if err != nil {
		return nil, err
	}
	nm, err := ner.Default()
	if err != nil {
		return nil, err
	}
	kb, err := actor.Default()
	if err != nil {
		return nil, err
	}
	return pipeline.New(text.NewStage(), tag.NewStage(tm), parse.NewStage(pm), ner.NewStage(nm),
		actor.NewStage(kb), when.NewStage(), event.NewStage(event.Config{}))
})

// testPipeline returns the full pipeline, or skips the test when one of
// the models is not there (yet).
func testPipeline(t testing.TB) *pipeline.Pipeline {
	t.Helper()
	p, err := pipelines()
	if err != nil {
		t.Skipf("a model of the pipeline is not available, so events cannot be coded end to end: %v", err)
	}
	return p
}

// analyze runs the pipeline over text published on 2025-08-19.
func analyze(t testing.TB, p *pipeline.Pipeline, txt string) *doc.Document {
	t.Helper()
	d := &doc.Document{ID: "t", Text: txt, Published: time.Date(2025, 8, 19, 0, 0, 0, 0, time.UTC)}
	return analyzeDoc(t, p, d)
}

// analyzeDoc runs the pipeline over d and validates the result.
func analyzeDoc(t testing.TB, p *pipeline.Pipeline, d *doc.Document) *doc.Document {
	t.Helper()
	if err := p.Process(context.Background(), d); err != nil {
		t.Fatalf("analyze %s: %v", d.ID, err)
	}
	if err := d.Validate(); err != nil {
		t.Fatalf("analyze %s: %v", d.ID, err)
	}
	return d
}

// codes returns the country (else CAMEO prefix) codes of actors ids.
func codes(d *doc.Document, ids []int32) string {
	var out []string
	for _, a := range ids {
		c := d.Actors[a].Country
		if c == "" && len(d.Actors[a].Code) >= 3 {
			c = d.Actors[a].Code[:3]
		}
		out = append(out, c)
	}
	return strings.Join(out, ",")
}

// describe prints an event for failure messages.
func describe(d *doc.Document, e doc.Event) string {
	return e.Type + " " + codes(d, e.Sources) + "->" + codes(d, e.Targets) + " (" + d.Slice(e.Trigger) + ")"
}

// sortedCodes returns the distinct codes of actors ids as the evaluation
// compares them, sorted and comma-separated.
func sortedCodes(d *doc.Document, ids []int32) string {
	var out []string
	for _, a := range ids {
		if c := eval.EventActorCode(d.Actors[a]); c != "" && !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	slices.Sort(out)
	return strings.Join(out, ",")
}
