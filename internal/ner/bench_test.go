package ner_test

import (
	"os"
	"path/filepath"
	"testing"

	"chronicle/internal/ner"
)

// BenchmarkNERDev tags the CoNLL-2003 dev set (gold tokens, article by
// article) when the shared data is present: the figure to compare with the
// tagger's, since tagger and NER together must reach 300k tokens/s on one
// core.
func BenchmarkNERDev(b *testing.B) {
	path := devPath(b)
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
	cpu0 := cpuTime()
	for b.Loop() {
		for _, d := range docs {
			m.Chunks(d)
		}
	}
	n := float64(tokens) * float64(b.N)
	b.ReportMetric(n/b.Elapsed().Seconds(), "tokens/s")
	if cpu := cpuTime() - cpu0; cpu > 0 {
		b.ReportMetric(n/cpu.Seconds(), "tokens/cpu-s")
	}
}

func devPath(tb testing.TB) string {
	tb.Helper()
	dir, err := os.Getwd()
	if err != nil {
		tb.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		if filepath.Dir(dir) == dir {
			tb.Skip("no go.mod above the test directory")
		}
		dir = filepath.Dir(dir)
	}
	p := filepath.Join(dir, "..", "shared", "data", "ner", "conll2003", "dev.txt")
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("CoNLL-2003 dev set %s not present", p)
	}
	return p
}
