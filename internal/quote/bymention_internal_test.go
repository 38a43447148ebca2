package quote

import (
	"strings"
	"testing"

	"chronicle/internal/doc"
)

// TestByMentionMatchesScan compares byMention with the scan of every
// mention it stands in for, over every span between word boundaries and
// every head in it: mentions that nest and overlap, actors of every kind
// scoring alike, one actor named twice in a span; and after the stage adds
// an actor.
func TestByMentionMatchesScan(t *testing.T) {
	text := "Prime Minister Jane Doe of Ruritania and the Ruritanian army said Doe and the army would meet in Strelsau ."
	at := func(phrase string, nth int) doc.Span {
		i := -1
		for range nth + 1 {
			j := strings.Index(text[i+1:], phrase)
			if j < 0 {
				t.Fatalf("no %q", phrase)
			}
			i += j + 1
		}
		return doc.Span{Start: int32(i), End: int32(i + len(phrase))}
	}
	d := &doc.Document{Text: text, Actors: []doc.Actor{
		{Name: "Jane Doe", Kind: "person", Mentions: []doc.Span{at("Prime Minister Jane Doe", 0), at("Doe", 1), at("Jane Doe", 0)}},
		{Name: "Ruritania", Kind: "country", Mentions: []doc.Span{at("Ruritania", 0), at("Ruritania", 1)}},
		{Name: "Ruritanian army", Kind: "organisation", Mentions: []doc.Span{at("the Ruritanian army", 0), at("the army", 0)}},
		{Name: "Army", Kind: "group", Mentions: []doc.Span{at("army", 0), at("army", 1)}},
		{Name: "Strelsau", Kind: "place", Mentions: []doc.Span{at("Strelsau", 0)}},
		{Name: "Doe", Kind: "person", Mentions: []doc.Span{at("Doe", 1)}},
	}}
	var cuts []int32
	for i := range len(text) + 1 {
		if i == 0 || i == len(text) || text[i] == ' ' || text[i-1] == ' ' {
			cuts = append(cuts, int32(i))
		}
	}
	r := &resolver{f: &finder{d: d}}
	check := func(name string) {
		for _, a := range cuts {
			for _, b := range cuts {
				if b < a {
					continue
				}
				s := doc.Span{Start: a, End: b}
				for _, h := range cuts {
					for _, e := range cuts {
						if e < h || h < a || e > b {
							continue
						}
						head := doc.Span{Start: h, End: e}
						if got, want := r.byMention(s, head), r.byMentionScan(s, head); got != want {
							t.Fatalf("%s: span %q head %q: byMention %d, the scan %d", name, text[a:b], text[h:e], got, want)
						}
					}
				}
			}
		}
	}
	check("the document's actors")
	d.Actors = append(d.Actors, doc.Actor{Name: "the minister", Kind: "person", Mentions: []doc.Span{at("Prime Minister", 0)}})
	check("after the stage added one")
	if r.byStartOf != len(d.Actors) {
		t.Errorf("the mentions were not read again after an actor was added")
	}
}
