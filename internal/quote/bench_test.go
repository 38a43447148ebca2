package quote_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"chronicle/internal/doc"
	"chronicle/internal/pipeline"
	"chronicle/internal/quote"
)

// BenchmarkQuote times the quote stage alone over documents the earlier
// stages (the CLI's: tag, ner, actor) have already analysed, and reports
// tokens per second.
func BenchmarkQuote(b *testing.B) { benchQuote(b, fullPipeline(b)) }

// BenchmarkQuoteParsed is BenchmarkQuote with the parse, so that the
// dependency sieves run.
func BenchmarkQuoteParsed(b *testing.B) { benchQuote(b, parsedPipeline(b)) }

func benchQuote(b *testing.B, p *pipeline.Pipeline) {
	dir := sharedDir(b, "examples/seed")
	txt, err := os.ReadFile(filepath.Join(dir, "article.txt"))
	if err != nil {
		b.Fatal(err)
	}
	base := analyze(b, p, strings.Repeat(string(txt)+"\n\n", 4))
	nActors := len(base.Actors)
	st := quote.NewStage()
	ctx := context.Background()
	d := *base
	d.Actors = append([]doc.Actor(nil), base.Actors...)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d.Actors = d.Actors[:nActors]
		if err := st.Process(ctx, &d); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(base.Tokens))*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}
