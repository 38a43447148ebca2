package when

import (
	"reflect"
	"testing"

	"chronicle/internal/doc"
)

// TestSplitSentencesRef checks that splitSentences splits the test texts
// as splitSentencesRef does.
func TestSplitSentencesRef(t *testing.T) {
	texts := append([]string{benchText, newsText, "", "\n", "A. B", "Hi! \"Yes.\" ok? No.\n\nEnd.", "x.  Y"}, fuzzSeeds...)
	for _, s := range texts {
		if got, want := splitSentences(s), splitSentencesRef(s); !reflect.DeepEqual(got, want) {
			t.Errorf("splitSentences(%.60q) = %v; reference %v", s, got, want)
		}
	}
}

// splitSentencesRef is splitSentences before it passed over the bytes
// that cannot break a sentence in one step: the reference
// TestSplitSentencesRef compares it with.
func splitSentencesRef(text string) []doc.Span {
	var out []doc.Span
	start := 0
	for i := 0; i < len(text); i++ {
		c := text[i]
		end := -1
		switch {
		case c == '\n':
			end = i
		case (c == '.' || c == '!' || c == '?') && i+2 < len(text) && text[i+1] == ' ' &&
			(text[i+2] >= 'A' && text[i+2] <= 'Z' || text[i+2] == '"'):
			end = i + 1
		}
		if end >= 0 {
			if end > start {
				out = append(out, doc.Span{Start: int32(start), End: int32(end)})
			}
			start = end
			if c == '\n' {
				start = i + 1
			}
		}
	}
	if start < len(text) {
		out = append(out, doc.Span{Start: int32(start), End: int32(len(text))})
	}
	return out
}
