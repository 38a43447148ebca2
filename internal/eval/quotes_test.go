package eval

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestQuotesTiny scores a two-attribution folder written for the project:
// the first annotator's file is read, both attributions are found exactly,
// and the predictions round-trip through the brat reader.
func TestQuotesTiny(t *testing.T) {
	var out bytes.Buffer
	pred := t.TempDir()
	m, err := Quotes(context.Background(), nil, "testdata/quotes_tiny", &out, pred)
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"content_f1", "source_f1", "cue_f1", "content_exact_f1", "cue_exact_f1"} {
		if m[k] != 1 {
			t.Errorf("%s = %.4f; want 1\n%s", k, m[k], out.String())
		}
	}
	last := strings.TrimSpace(out.String())
	if i := strings.LastIndexByte(last, '\n'); i >= 0 {
		last = last[i+1:]
	}
	if !strings.HasPrefix(last, "task=quotes ") {
		t.Errorf("last line %q", last)
	}
	txt, _ := os.ReadFile("testdata/quotes_tiny/text/tiny.txt")
	got, err := readBrat(filepath.Join(pred, "tiny.ann"), string(txt))
	if err != nil || len(got) != 2 {
		t.Fatalf("predictions: %d attributions, %v", len(got), err)
	}
}
