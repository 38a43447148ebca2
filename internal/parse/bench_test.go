package parse

import (
	"testing"
	"time"

	"chronicle/internal/testutil"
)

// benchSentences are hand-written news-like sentences with their tags.
var benchSentences = [][3][]string{
	{
		{"Spain", "'s", "top", "diplomat", "dismissed", "the", "suggestion", "on", "Tuesday", ",", "saying", "that", "the", "talks", "would", "continue", "."},
		{"PROPN", "PART", "ADJ", "NOUN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT", "VERB", "SCONJ", "DET", "NOUN", "AUX", "VERB", "PUNCT"},
		{"NNP", "POS", "JJ", "NN", "VBD", "DT", "NN", "IN", "NNP", ",", "VBG", "IN", "DT", "NNS", "MD", "VB", "."},
	},
	{
		{"The", "government", "announced", "new", "measures", "to", "curb", "inflation", ",", "which", "rose", "to", "9", "percent", "in", "March", "."},
		{"DET", "NOUN", "VERB", "ADJ", "NOUN", "PART", "VERB", "NOUN", "PUNCT", "PRON", "VERB", "ADP", "NUM", "NOUN", "ADP", "PROPN", "PUNCT"},
		{"DT", "NN", "VBD", "JJ", "NNS", "TO", "VB", "NN", ",", "WDT", "VBD", "IN", "CD", "NN", "IN", "NNP", "."},
	},
}

// BenchmarkParse parses with the shipped model; run with GOMAXPROCS=1 for
// the one-core figure.
func BenchmarkParse(b *testing.B) {
	m, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	heads, deps := make([]int, 64), make([]string, 64)
	tokens := 0
	start, cpu := time.Now(), testutil.CPUTime()
	for b.Loop() {
		for _, s := range benchSentences {
			m.Parse(s[0], s[1], s[2], heads, deps)
			tokens += len(s[0])
		}
	}
	b.ReportMetric(float64(tokens)/time.Since(start).Seconds(), "tokens/s")
	if c := testutil.CPUTime() - cpu; c > 0 {
		b.ReportMetric(float64(tokens)/c.Seconds(), "tokens/cpu-s")
	}
}

// BenchmarkLoad decodes the shipped model, which Default does once.
func BenchmarkLoad(b *testing.B) {
	cpu := testutil.CPUTime()
	for b.Loop() {
		if _, err := loadBytes(shipped); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64((testutil.CPUTime()-cpu).Milliseconds())/float64(b.N), "cpu-ms/op")
}

// BenchmarkParseDev parses UD English EWT dev (gold tags) when the data is
// present: thousands of distinct sentences, so the weight table is read as
// it is on real text rather than from a warm cache.
func BenchmarkParseDev(b *testing.B) {
	m, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	dev, err := readWords(testutil.SharedData(b, "ud", "en_ewt", "dev.conllu"))
	if err != nil {
		b.Fatal(err)
	}
	heads, deps := make([]int, 512), make([]string, 512)
	tokens := 0
	start, cpu := time.Now(), testutil.CPUTime()
	for b.Loop() {
		for _, s := range dev {
			if len(s.words) <= len(heads) {
				m.Parse(s.words, s.upos, s.xpos, heads, deps)
				tokens += len(s.words)
			}
		}
	}
	b.ReportMetric(float64(tokens)/time.Since(start).Seconds(), "tokens/s")
	if c := testutil.CPUTime() - cpu; c > 0 {
		b.ReportMetric(float64(tokens)/c.Seconds(), "tokens/cpu-s")
	}
}
