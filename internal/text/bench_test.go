package text

import (
	"strings"
	"testing"
)

// benchText is news-like prose written for the benchmark: quotations,
// abbreviations, numbers, clitics and a heading, as the splitter meets
// them in real articles.
const benchText = `BRUSSELS, Oct. 3 (Reuters) — European ministers agreed on Thursday to raise the bloc's defence budget by 4.5% next year, a move officials said would free up €12bn for joint procurement.

"We can't keep waiting for someone else to pay for our security," said Dr. Anna Kowalski, Poland's deputy defence minister. "This is a first step, not the last one."

The decision follows months of talks in which France and Germany disagreed over how much of the money should go to European firms. Mr. Laurent, the French envoy, told reporters the compromise was "fair to everyone" and that Paris didn't expect further changes.

Industry Reaction

Shares in Rheinwerk AG rose 3.2% in Frankfurt after the announcement, while analysts at J.P. Morgan Chase & Co. said the plan would add roughly 1,250 jobs by 2027. The U.S. ambassador to NATO, Gen. Mark T. Ellison, welcomed what he called "a well-timed signal" to Moscow.

Not everyone was convinced. A spokesperson for the Greens said the party would vote against it on Mon. 7 Oct., arguing that the money "won't buy a single day of peace"... Critics also pointed to https://example.org/budget-2025 for details.
`

// BenchmarkSegment reports tokens per second of Segment on one core.
func BenchmarkSegment(b *testing.B) {
	text := strings.Repeat(benchText+"\n", 50)
	toks, _ := Segment(text)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		Segment(text)
	}
	b.ReportMetric(float64(len(toks))*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}
