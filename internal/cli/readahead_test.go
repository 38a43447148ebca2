package cli

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"chronicle/internal/ingest"
)

// TestStreamReadAhead checks the read-ahead of streamWith: readDone is
// called once the reading ends, and a stop (a first Ctrl-C) finishes only
// the articles already begun, dropping those read ahead, which a rerun
// reads again.
func TestStreamReadAhead(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the analysis pipeline; skipped with -short")
	}
	p, err := newPipeline()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	const n = 30
	for i := range n {
		text := fmt.Sprintf("The council of town %d met on Monday. Its mayor said the budget would pass.\n", i)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("a%02d.txt", i)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	a := &app{stdin: strings.NewReader(""), stdout: io.Discard, stderr: io.Discard, log: slog.New(slog.DiscardHandler)}
	stop, interrupt := context.WithCancel(context.Background())
	defer interrupt()
	readDone := make(chan struct{})
	var emitted []string
	cfg := streamConfig{sources: []string{dir}, opt: ingest.Options{MaxBytes: 1 << 20}, workers: 1, p: p, stop: stop,
		readAhead: 16, readDone: func() { close(readDone) }}
	st, err := a.streamWith(context.Background(), cfg, func(r result) error {
		if r.err != nil {
			t.Errorf("%s: %v", r.origin, r.err)
		}
		emitted = append(emitted, r.origin)
		if len(emitted) == 1 {
			// Let the reading fill its read-ahead, then stop it.
			time.Sleep(200 * time.Millisecond)
			interrupt()
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	select {
	case <-readDone:
	default:
		t.Fatal("readDone was not called")
	}
	if !st.interrupted {
		t.Error("the stream was not marked interrupted")
	}
	// Begun when stopped: at most the one in the worker besides the first
	// (the order window holds 2 not begun); the read-ahead held 16 more.
	if len(emitted) < 1 || len(emitted) > 3 {
		t.Fatalf("%d articles emitted after a stop at the first: %v; want those begun only (1 to 3)", len(emitted), emitted)
	}
	for i, o := range emitted {
		if want := filepath.Join(dir, fmt.Sprintf("a%02d.txt", i)); o != want {
			t.Fatalf("emitted[%d] = %s, want %s", i, o, want)
		}
	}
}
