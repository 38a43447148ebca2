package ingest

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

func TestProgressLine(t *testing.T) {
	p := NewProgress(&bytes.Buffer{}, 1000)
	got := p.Line(Counts{Read: 40, Stored: 30, Known: 8, Failed: 2, Bytes: 250}, 10*time.Second)
	for _, want := range []string{"[======", " 25%", "40 read, 30 stored, 8 already stored, 2 failed", "4.2 articles/s", "ETA 30s"} {
		if !strings.Contains(got, want) {
			t.Errorf("line %q lacks %q", got, want)
		}
	}
	if got := NewProgress(nil, 0).Line(Counts{Read: 1}, time.Second); strings.Contains(got, "ETA") || strings.Contains(got, "[") {
		t.Errorf("unknown total: %q has a bar or ETA", got)
	}
	var buf bytes.Buffer
	p = NewProgress(&buf, 0)
	p.Update(Counts{Read: 1})
	p.Update(Counts{Read: 2}) // within the interval: not drawn
	p.Done(Counts{Read: 3})
	if out := buf.String(); strings.Count(out, "\r") != 2 || !strings.HasSuffix(out, "\n") || !strings.Contains(out, "3 read") {
		t.Errorf("output %q: want two draws and a final newline", out)
	}
}
