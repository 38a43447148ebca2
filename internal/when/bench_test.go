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

// newsText is a news report written for the benchmarks, with the density
// of dates of ordinary news: a few in some hundred words, most sentences
// none.
const newsText = `The regional water authority has approved a plan to replace ageing pipes across the northern districts, a project that engineers say could cut leaks by a third. ` +
	`The decision, taken on Thursday after a long debate, ends months of argument between the council and residents who complained of brown water and low pressure. ` +
	"\n\n" +
	`"People have been patient with us, and they deserve a network that works," said the authority's chief executive, who added that contractors would be chosen by open tender. ` +
	`Critics said the cost had been underestimated and that the council should have acted sooner, pointing to an inspection report that warned of corrosion in several mains. ` +
	`The report, seen by this newspaper, describes cracked joints, missing valves and a pumping station that has run without a backup generator for most of its life. ` +
	"\n\n" +
	`Under the plan, crews will begin in the oldest neighbourhoods, where cast-iron pipes laid more than a century ago still carry most of the supply. ` +
	`Households will be warned before their water is cut, and bottled water will be handed out at schools and community halls while the work goes on. ` +
	`Shopkeepers on the main road asked for the digging to be done at night, so that customers can still reach them, and the authority said it would consider the request. ` +
	"\n\n" +
	`The opposition leader welcomed the plan but questioned how it would be paid for, since the authority's budget is already stretched by higher energy prices and a shortage of skilled staff. ` +
	`Officials said part of the money would come from a national infrastructure fund and the rest from a small rise in bills, spread over several years. ` +
	`An independent panel will review progress and publish its findings, and residents will be able to follow the work district by district on a public map. ` +
	"\n\n" +
	`Environmental groups praised the attention to leaks, which waste enough water each day to fill hundreds of swimming pools, but urged the authority to invest in rainwater storage as well. ` +
	`The first contracts are expected to be signed in March, and the work should be finished before the end of 2028, the chief executive said.` + "\n"

// BenchmarkTagNews tags newsText, the common case of a text with few
// dates, and reports words per second.
func BenchmarkTagNews(b *testing.B) { benchmarkTag(b, strings.Repeat(newsText, 10)) }

// benchmarkTag tags text b.N times and reports words per second.
func benchmarkTag(b *testing.B, text string) {
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Tag(text, nil, anchor)
	}
	words := float64(len(strings.Fields(text)))
	b.ReportMetric(words*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}
