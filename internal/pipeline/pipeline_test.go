package pipeline

import (
	"context"
	"errors"
	"math/rand/v2"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"chronicle/internal/doc"
)

func stage(name string, needs, adds []doc.Layer) Stage {
	return StageFunc{StageName: name, Needs: needs, Adds: adds,
		Func: func(ctx context.Context, d *doc.Document) error { return nil }}
}

func TestNewChecksRequirements(t *testing.T) {
	tok := stage("tok", nil, []doc.Layer{doc.LayerTokens, doc.LayerSentences})
	pos := stage("pos", []doc.Layer{doc.LayerTokens}, []doc.Layer{doc.LayerPOS})
	dep := stage("dep", []doc.Layer{doc.LayerPOS}, []doc.Layer{doc.LayerDeps})

	if _, err := New(tok, pos, dep); err != nil {
		t.Fatalf("New(tok, pos, dep) = %v; want nil", err)
	}
	_, err := New(pos, tok)
	if !errors.Is(err, ErrUnmetRequirement) || !strings.Contains(err.Error(), `pos needs "tokens"`) {
		t.Fatalf("New(pos, tok) = %v; want ErrUnmetRequirement naming pos and tokens", err)
	}
	if _, err := New(dep); err == nil {
		t.Fatal("New(dep) = nil; want an unmet requirement")
	}
}

func TestProcessWrapsErrorsAndPanics(t *testing.T) {
	boom := errors.New("boom")
	failing := StageFunc{StageName: "fail", Func: func(ctx context.Context, d *doc.Document) error { return boom }}
	panicky := StageFunc{StageName: "panic", Func: func(ctx context.Context, d *doc.Document) error { panic("oops") }}
	for _, s := range []Stage{failing, panicky} {
		p, err := New(s)
		if err != nil {
			t.Fatal(err)
		}
		err = p.Process(context.Background(), &doc.Document{ID: "d1"})
		var se *StageError
		if !errors.As(err, &se) || se.Stage != s.Name() || se.DocID != "d1" {
			t.Errorf("Process with stage %s = %v; want a *StageError naming it", s.Name(), err)
		}
	}
}

func TestRunKeepsOrder(t *testing.T) {
	in := make(chan int)
	go func() {
		defer close(in)
		for i := range 500 {
			in <- i
		}
	}()
	var inFlight, peak atomic.Int32
	var got []int
	err := Run(context.Background(), 4, in, func(ctx context.Context, i int) int {
		n := inFlight.Add(1)
		for {
			p := peak.Load()
			if n <= p || peak.CompareAndSwap(p, n) {
				break
			}
		}
		time.Sleep(time.Duration(rand.IntN(200)) * time.Microsecond)
		inFlight.Add(-1)
		return i * 2
	}, func(r int) error {
		got = append(got, r)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 500 {
		t.Fatalf("got %d results; want 500", len(got))
	}
	for i, r := range got {
		if r != i*2 {
			t.Fatalf("result %d = %d; want %d (order lost)", i, r, i*2)
		}
	}
	if peak.Load() > 4 {
		t.Errorf("%d items in flight; want at most 4 workers", peak.Load())
	}
}

func TestRunStopsOnEmitErrorAndCancel(t *testing.T) {
	stop := errors.New("stop")
	in := make(chan int)
	go func() {
		defer close(in)
		for i := range 100 {
			select {
			case in <- i:
			case <-time.After(time.Second):
				return
			}
		}
	}()
	n := 0
	err := Run(context.Background(), 2, in, func(ctx context.Context, i int) int { return i },
		func(int) error {
			n++
			if n == 3 {
				return stop
			}
			return nil
		})
	if !errors.Is(err, stop) || n != 3 {
		t.Fatalf("Run = %v after %d results; want stop after 3", err, n)
	}

	ctx, cancel := context.WithCancel(context.Background())
	endless := make(chan int)
	go func() {
		for i := 0; ; i++ {
			select {
			case endless <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	seen := 0
	err = Run(ctx, 2, endless, func(ctx context.Context, i int) int { return i }, func(int) error {
		seen++
		if seen == 10 {
			cancel()
		}
		return nil
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Run after cancel = %v; want context.Canceled", err)
	}
}

func TestLater(t *testing.T) {
	release := make(chan struct{})
	p := Later(func() (*Pipeline, error) {
		<-release
		return New(StageFunc{StageName: "upper", Adds: []doc.Layer{"upper"}, Func: func(_ context.Context, d *doc.Document) error {
			d.Text = strings.ToUpper(d.Text)
			return nil
		}})
	})
	select {
	case <-p.Ready():
		t.Fatal("ready before it was built")
	default:
	}
	// Process waits for the build, within its context.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := p.Process(ctx, &doc.Document{Text: "a"}); !errors.Is(err, context.Canceled) {
		t.Fatalf("Process before the build with a cancelled context: %v", err)
	}
	done := make(chan error, 1)
	d := &doc.Document{Text: "abc"}
	go func() { done <- p.Process(context.Background(), d) }()
	close(release)
	if err := <-done; err != nil || d.Text != "ABC" {
		t.Fatalf("Process after the build: %v, text %q", err, d.Text)
	}
	if err := p.Wait(); err != nil {
		t.Fatal(err)
	}
	if got := p.Provides(); len(got) != 2 || got[1] != "upper" {
		t.Errorf("Provides = %v", got)
	}

	boom := errors.New("model missing")
	bad := Later(func() (*Pipeline, error) { return nil, boom })
	if err := bad.Process(context.Background(), &doc.Document{Text: "a"}); err != boom {
		t.Errorf("Process of a failed build: %v, want the build's error as is", err)
	}
	if err := bad.Wait(); err != boom || len(bad.Stages()) != 0 {
		t.Errorf("Wait of a failed build: %v", err)
	}

	now, err := New()
	if err != nil {
		t.Fatal(err)
	}
	<-now.Ready() // closed at once
	if now.Wait() != nil {
		t.Error("Wait of New's pipeline failed")
	}
}
