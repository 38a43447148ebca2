// Package pipeline runs stages over documents. A stage declares the layers
// it requires and provides; New refuses a pipeline in which a stage needs a
// layer that no earlier stage provides, so ordering mistakes are found before
// any document runs. Run processes documents in parallel on a bounded pool
// and hands results back in input order.
package pipeline

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"slices"
	"strings"

	"chronicle/internal/doc"
)

// Stage is one step of analysis. Process adds layers to d in place and must
// not change d.Text. It returns an error only when the document cannot be
// used; problems it can go past become diagnostics on d.
//
// A Stage is shared by all workers, so Process must be safe for concurrent
// use on different documents.
type Stage interface {
	Name() string
	Requires() []doc.Layer
	Provides() []doc.Layer
	Process(ctx context.Context, d *doc.Document) error
}

// StageFunc adapts a function to a Stage, as http.HandlerFunc does.
type StageFunc struct {
	StageName string
	Needs     []doc.Layer
	Adds      []doc.Layer
	Func      func(ctx context.Context, d *doc.Document) error
}

func (s StageFunc) Name() string                                       { return s.StageName }
func (s StageFunc) Requires() []doc.Layer                              { return s.Needs }
func (s StageFunc) Provides() []doc.Layer                              { return s.Adds }
func (s StageFunc) Process(ctx context.Context, d *doc.Document) error { return s.Func(ctx, d) }

// ErrUnmetRequirement is wrapped by New's error when a stage needs a layer
// that no earlier stage provides.
var ErrUnmetRequirement = errors.New("pipeline: unmet requirement")

// StageError reports which stage failed on which document.
type StageError struct {
	Stage string
	DocID string
	Err   error
}

func (e *StageError) Error() string {
	return fmt.Sprintf("pipeline: stage %s on document %s: %v", e.Stage, e.DocID, e.Err)
}

func (e *StageError) Unwrap() error { return e.Err }

// Pipeline is an ordered list of stages whose requirements are met.
type Pipeline struct {
	stages []Stage
	// ready, for a pipeline made by Later, is closed once stages (or err)
	// is set; nil for one made by New.
	ready chan struct{}
	err   error
}

// New checks that every stage's requirements are provided by the reader
// (doc.LayerText) or by an earlier stage, and returns the pipeline.
func New(stages ...Stage) (*Pipeline, error) {
	have := map[doc.Layer]bool{doc.LayerText: true}
	var missing []string
	for _, s := range stages {
		for _, l := range s.Requires() {
			if !have[l] {
				missing = append(missing, fmt.Sprintf("%s needs %q", s.Name(), l))
			}
		}
		for _, l := range s.Provides() {
			have[l] = true
		}
	}
	if len(missing) > 0 {
		return nil, fmt.Errorf("%w: %s", ErrUnmetRequirement, strings.Join(missing, "; "))
	}
	return &Pipeline{stages: slices.Clone(stages)}, nil
}

// Stages returns the stages in order (none if Later's build failed),
// waiting for a pipeline made by Later to be built.
func (p *Pipeline) Stages() []Stage {
	p.Wait()
	return slices.Clone(p.stages)
}

// Provides returns every layer the pipeline's documents end up with
// (waiting, like Stages, for a pipeline made by Later).
func (p *Pipeline) Provides() []doc.Layer {
	p.Wait()
	out := []doc.Layer{doc.LayerText}
	for _, s := range p.stages {
		for _, l := range s.Provides() {
			if !slices.Contains(out, l) {
				out = append(out, l)
			}
		}
	}
	return out
}

// Process runs every stage on d in order. A panic inside a stage is turned
// into a *StageError, so one bad article never stops a batch. A pipeline
// made by Later is waited for first; its build error is returned as is.
//
// Between two stages it yields the processor (runtime.Gosched). The Go
// scheduler has no priorities: with as many analysing goroutines as
// GOMAXPROCS, a goroutine that becomes runnable (ingest's one storing
// goroutine, the serial part, woken by a channel or back from a disk
// write) waits until a worker's time slice runs out, up to 10 ms. A yield
// between stages bounds that wait by one stage, for well under a
// microsecond when nothing waits. (bench --ingest with a worker per core
// kept 1.72-1.77 of 2 cores busy with it, 1.64-1.68 without.)
func (p *Pipeline) Process(ctx context.Context, d *doc.Document) error {
	if err := p.await(ctx); err != nil {
		return err
	}
	for i, s := range p.stages {
		if err := ctx.Err(); err != nil {
			return err
		}
		if i > 0 {
			runtime.Gosched()
		}
		if err := runStage(ctx, s, d); err != nil {
			return &StageError{Stage: s.Name(), DocID: d.ID, Err: err}
		}
	}
	return nil
}

func runStage(ctx context.Context, s Stage, d *doc.Document) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v", r)
		}
	}()
	return s.Process(ctx, d)
}
