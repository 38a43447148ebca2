package when

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// BenchmarkAnnotate tags the bundled example articles (plain text ones)
// and reports whitespace-separated tokens per second, the unit of
// "chronicle bench --stage when".
func BenchmarkAnnotate(b *testing.B) {
	files, _ := filepath.Glob("../../examples/*.txt")
	if len(files) == 0 {
		b.Skip("when: no example texts")
	}
	var texts []string
	words := 0
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(raw))
		words += len(strings.Fields(string(raw)))
	}
	a := time.Date(2025, 8, 19, 0, 0, 0, 0, time.UTC)
	b.ResetTimer()
	for range b.N {
		for _, t := range texts {
			Annotate(t, nil, a)
		}
	}
	b.ReportMetric(float64(words*b.N)/b.Elapsed().Seconds(), "tokens/s")
}
