package store

import (
	"context"
	"fmt"
	"testing"
)

// BenchmarkSaveDocument measures storing a realistic article (about 800
// tokens, 30 entities, 5 quotes, 5 events) in its own transaction, as
// ingest does, on a file database.
func BenchmarkSaveDocument(b *testing.B) {
	s, _ := openTemp(b)
	tmpl := syntheticDoc(b, "tmpl", 0, benchSentences)
	ctx := context.Background()
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		d := *tmpl
		d.ID = fmt.Sprintf("doc-%d", n)
		n++
		if _, err := s.SaveDocument(ctx, &d); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "docs/s")
}

// BenchmarkDocument measures loading a stored article with all layers.
func BenchmarkDocument(b *testing.B) {
	s, _ := openTemp(b)
	mustSave(b, s, syntheticDoc(b, "doc", 0, benchSentences))
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := s.Document(ctx, "doc"); err != nil {
			b.Fatal(err)
		}
	}
}
