package engine

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"chronicle/internal/doc"
	"chronicle/internal/testutil"
)

// BenchmarkPipeline runs the whole analysis pipeline over the PolNeAR dev
// texts (news articles of about a thousand tokens), one after another, and
// reports tokens per second and allocations per article: under two
// workers the garbage collector's share grows with the bytes allocated per
// document, so both are watched.
func BenchmarkPipeline(b *testing.B) {
	dir := testutil.SharedData(b, "quotes", "polnear", "dev", "text")
	paths, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(paths) == 0 {
		b.Skipf("no PolNeAR dev texts in %s", dir)
	}
	var texts []string
	for _, p := range paths {
		t, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(t))
	}
	p, err := New(Config{})
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	tokens := 0
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for i, t := range texts {
			d := &doc.Document{ID: paths[i], Text: t}
			if err := p.Process(ctx, d); err != nil {
				b.Fatal(err)
			}
			tokens += len(d.Tokens)
		}
	}
	b.ReportMetric(float64(tokens)/b.Elapsed().Seconds(), "tokens/s")
	b.ReportMetric(float64(len(texts)), "articles/op")
}
