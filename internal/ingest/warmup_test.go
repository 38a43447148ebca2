package ingest

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"chronicle/internal/doc"
)

func TestWarmupHoldsParsedItemsUntilReady(t *testing.T) {
	ready := make(chan struct{})
	var got []Item
	w := &warmup{ready: ready, emit: func(it Item) error { got = append(got, it); return nil }}
	parsed := 0
	item := func(n int) Item {
		origin := strconv.Itoa(n)
		return Item{Origin: origin, Parse: func() (*doc.Document, error) {
			parsed++
			return &doc.Document{ID: origin, Text: "text"}, nil
		}}
	}
	for n := range 2 {
		if err := w.put(item(n)); err != nil {
			t.Fatal(err)
		}
	}
	if len(got) != 0 || parsed != 2 {
		t.Fatalf("before ready: %d emitted, %d parsed; want 0 and 2", len(got), parsed)
	}
	close(ready)
	if err := w.put(item(2)); err != nil {
		t.Fatal(err)
	}
	if len(got) != 3 || parsed != 2 {
		t.Fatalf("after ready: %d emitted, %d parsed; want 3 and 2", len(got), parsed)
	}
	for n, it := range got {
		deferred := it.Parse != nil
		if it.Origin != strconv.Itoa(n) || deferred != (n == 2) || (it.Doc == nil) != deferred {
			t.Errorf("item %d: origin %s, deferred %v, doc %v", n, it.Origin, deferred, it.Doc != nil)
		}
	}

	// Past warmupHold, the held items go on (in order), and reading goes
	// on parsing while the workers are not ready.
	got, parsed = nil, 0
	w = &warmup{ready: make(chan struct{}), emit: func(it Item) error { got = append(got, it); return nil }}
	for n := range warmupHold + 2 {
		if err := w.put(item(n)); err != nil {
			t.Fatal(err)
		}
	}
	if len(got) != warmupHold+1 || parsed != warmupHold+2 || got[warmupHold].Origin != strconv.Itoa(warmupHold) {
		t.Fatalf("past the hold: %d emitted, %d parsed", len(got), parsed)
	}
	if err := w.flush(); err != nil || len(got) != warmupHold+2 {
		t.Fatalf("flush: %v, %d emitted", err, len(got))
	}
}

func TestReadWarmup(t *testing.T) {
	path := filepath.Join(t.TempDir(), "pages.warc.gz")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	ww := NewWARCWriter(f, true)
	for i := range 3 {
		page := "<html><head><title>Page " + strconv.Itoa(i) + "</title></head><body><article><p>The council met on Monday and voted on the budget for the coming year, officials said.</p></article></body></html>"
		if err := ww.WriteResponse("https://example.org/"+strconv.Itoa(i), time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), 200,
			[]string{"Content-Type: text/html; charset=utf-8"}, []byte(page)); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	// WARC records are deferred to the caller's workers, but not while
	// Warmup is open: then Read parses them and, the reading ended, emits
	// them all in order although the workers never got ready.
	read := func(warmup chan struct{}) (origins []string, deferred int) {
		err := Read(context.Background(), []string{path}, nil, Options{Defer: true, Warmup: warmup}, func(it Item) error {
			if it.Parse != nil {
				deferred++
			} else if it.Err != nil || it.Doc == nil {
				t.Errorf("%s: %v", it.Origin, it.Err)
			}
			origins = append(origins, it.Origin)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		return origins, deferred
	}
	origins, deferred := read(make(chan struct{}))
	if len(origins) != 3 || origins[0] != "https://example.org/0" || origins[2] != "https://example.org/2" || deferred != 0 {
		t.Errorf("warming up: origins %v, %d deferred", origins, deferred)
	}
	ready := make(chan struct{})
	close(ready)
	if origins, deferred = read(ready); len(origins) != 3 || deferred != 3 {
		t.Errorf("ready: origins %v, %d deferred", origins, deferred)
	}
}
