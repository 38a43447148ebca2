package coref

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"chronicle/internal/doc"
	"chronicle/internal/eval"
)

// BenchmarkStage times the stage alone over the bundled example articles,
// analysed once beforehand; it reports tokens per second.
func BenchmarkStage(b *testing.B) {
	files, _ := filepath.Glob("../../examples/*.txt")
	if len(files) == 0 {
		b.Skip("no examples")
	}
	base, err := eval.QuotePipeline(true)
	if err != nil {
		b.Skipf("models unavailable: %v", err)
	}
	var docs []*doc.Document
	tokens := 0
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		d := &doc.Document{Text: string(text)}
		if err := base.Process(b.Context(), d); err != nil {
			b.Fatal(err)
		}
		docs = append(docs, d)
		tokens += len(d.Tokens)
	}
	s := NewStage()
	work := make([]doc.Document, len(docs))
	b.ResetTimer()
	for b.Loop() {
		for i, d := range docs {
			work[i] = *d
			work[i].Actors = slices.Clone(d.Actors)
			for a := range work[i].Actors {
				work[i].Actors[a].Mentions = slices.Clone(d.Actors[a].Mentions)
			}
			work[i].Quotes = slices.Clone(d.Quotes)
			if err := s.Process(b.Context(), &work[i]); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(tokens*b.N)/b.Elapsed().Seconds(), "tokens/s")
}
