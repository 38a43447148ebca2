package pipeline

import (
	"context"
	"slices"
)

// Later returns a Pipeline that build makes on a goroutine of its own,
// started now, so that a caller can get on with other work (reading its
// input, opening its store) while the stages load their models, which
// takes a few hundred milliseconds. Process waits until the pipeline is
// built (or its context ends) and then runs it; if build fails, Process
// returns build's error. Ready and Wait tell when it is built.
func Later(build func() (*Pipeline, error)) *Pipeline {
	p := &Pipeline{ready: make(chan struct{})}
	go func() {
		defer close(p.ready)
		built, err := build()
		if err == nil && built == nil {
			panic("pipeline: Later: build returned no pipeline and no error")
		}
		if err != nil {
			p.err = err
			return
		}
		p.stages = slices.Clone(built.stages)
	}()
	return p
}

// Ready returns a channel that is closed once the pipeline is built (at
// once for one made by New).
func (p *Pipeline) Ready() <-chan struct{} {
	if p.ready == nil {
		return closed
	}
	return p.ready
}

// Wait waits until the pipeline is built and returns the error building
// it met (nil for one made by New).
func (p *Pipeline) Wait() error {
	<-p.Ready()
	return p.err
}

// await is Wait bounded by ctx.
func (p *Pipeline) await(ctx context.Context) error {
	if p.ready == nil {
		return nil
	}
	select {
	case <-p.ready:
		return p.err
	case <-ctx.Done():
		return ctx.Err()
	}
}

var closed = func() chan struct{} {
	c := make(chan struct{})
	close(c)
	return c
}()
