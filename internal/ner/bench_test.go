package ner_test

import (
	"testing"

	"chronicle/internal/ner"
	"chronicle/internal/testutil"
)

// BenchmarkNERDev tags the CoNLL-2003 dev set (gold tokens, article by
// article) when the shared data is present: the figure to compare with the
// tagger's, since tagger and NER together must reach 300k tokens/s on one
// core.
func BenchmarkNERDev(b *testing.B) {
	path := testutil.SharedData(b, "ner", "conll2003", "dev.txt")
	arts, err := ner.ReadCoNLLFile(path)
	if err != nil {
		b.Fatal(err)
	}
	m := defaultModel(b)
	var docs [][][]string
	tokens := 0
	for _, a := range arts {
		var ws [][]string
		for _, s := range a.Sentences {
			ws = append(ws, s.Words)
			tokens += len(s.Words)
		}
		docs = append(docs, ws)
	}
	b.ResetTimer()
	cpu0 := testutil.CPUTime()
	for b.Loop() {
		for _, d := range docs {
			m.Chunks(d)
		}
	}
	n := float64(tokens) * float64(b.N)
	b.ReportMetric(n/b.Elapsed().Seconds(), "tokens/s")
	if cpu := testutil.CPUTime() - cpu0; cpu > 0 {
		b.ReportMetric(n/cpu.Seconds(), "tokens/cpu-s")
	}
}
