package event

import (
	"slices"
	"strings"
	"testing"

	"chronicle/internal/doc"
	"chronicle/internal/text"
)

// TestCoveringMatchesScan checks the per-token index against
// actorsCovering for every token: nested mentions (the shortest wins),
// two actors with mentions of the same span, an actor with two mentions
// of a token, and tokens no mention covers; then, with the tokens out of
// order, that covering falls back to the scan.
func TestCoveringMatchesScan(t *testing.T) {
	src := "The US Navy and the United States met European Union envoys in Brussels on Monday ."
	toks, sents := text.Segment(src)
	d := &doc.Document{Text: src, Tokens: toks, Sentences: sents}
	span := func(phrase string) doc.Span {
		i := strings.Index(src, phrase)
		return doc.Span{Start: int32(i), End: int32(i + len(phrase))}
	}
	d.Actors = []doc.Actor{
		{Name: "US Navy", Mentions: []doc.Span{span("US Navy")}},
		{Name: "United States", Mentions: []doc.Span{span("US"), span("United States"), span("US Navy")}},
		{Name: "EU", Mentions: []doc.Span{span("European Union envoys"), span("European Union")}},
		{Name: "European Union", Mentions: []doc.Span{span("European Union")}},
		{Name: "Belgium", Mentions: []doc.Span{span("in Brussels"), span("Brussels")}},
	}
	check := func(name string) {
		var s sentence
		if !newSentence(d, 0, &s) {
			t.Fatal("no sentence")
		}
		for k := range s.n {
			prefix := []int32{99}
			want := actorsCovering(d, s.tok(k).Span, slices.Clone(prefix))
			if got := s.covering(k, slices.Clone(prefix)); !slices.Equal(got, want) {
				t.Errorf("%s: token %q: covering %v, actorsCovering %v", name, d.Slice(s.tok(k).Span), got, want)
			}
		}
	}
	check("in order")
	var s sentence
	newSentence(d, 0, &s)
	s.covering(0, nil)
	if !s.coverOK {
		t.Fatal("the index was not built for tokens in order")
	}
	d.Tokens[1], d.Tokens[2] = d.Tokens[2], d.Tokens[1]
	check("out of order")
	var s2 sentence
	newSentence(d, 0, &s2)
	if s2.covering(0, nil); s2.coverOK {
		t.Error("an index was built for tokens out of order")
	}
}
