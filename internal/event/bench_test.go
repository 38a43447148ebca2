package event_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"chronicle/internal/doc"
	"chronicle/internal/event"
	"chronicle/internal/testutil"
)

// BenchmarkEvent times the event stage alone, on one core's worth of
// work, over documents the rest of the pipeline has analysed already
// (testdata/bench.txt, written for the project, and the seed article when
// present). It reports tokens per second.
func BenchmarkEvent(b *testing.B) {
	p := testPipeline(b)
	var texts []string
	if t, err := os.ReadFile("testdata/bench.txt"); err == nil {
		texts = append(texts, string(t))
	}
	if t, err := os.ReadFile(filepath.Join(testutil.RepoRoot(b), "..", "shared", "examples", "seed", "article.txt")); err == nil {
		texts = append(texts, string(t))
	}
	var docs []*doc.Document
	tokens := 0
	for _, txt := range texts {
		d := analyze(b, p, txt)
		docs = append(docs, d)
		tokens += len(d.Tokens)
	}
	st := event.NewStage(event.Config{})
	ctx := context.Background()
	b.ResetTimer()
	start := time.Now()
	for b.Loop() {
		for _, d := range docs {
			if err := st.Process(ctx, d); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(tokens*b.N)/time.Since(start).Seconds(), "tokens/s")
}
