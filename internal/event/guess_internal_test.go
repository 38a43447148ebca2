package event

import (
	"testing"

	"chronicle/internal/doc"
)

// TestFirstActorPrefersLongerMention: two actors whose mentions start
// together ("Palestinian" the country, "Palestinian police" the group)
// give the longer one; a theme is never taken.
func TestFirstActorPrefersLongerMention(t *testing.T) {
	d := &doc.Document{Text: "Palestinian police seized rifles from militants in Nablus."}
	d.Actors = []doc.Actor{
		{Name: "Palestine", Kind: "country", Country: "PSE", Code: "PSE", Mentions: []doc.Span{{Start: 0, End: 11}}},
		{Name: "Palestinian police", Kind: "group", Country: "PSE", Sector: "COP", Code: "PSECOP", Mentions: []doc.Span{{Start: 0, End: 18}}},
		{Name: "militants", Kind: "group", Country: "PSE", Sector: "REB", Code: "PSEREB", Mentions: []doc.Span{{Start: 38, End: 47}}},
	}
	c := &coder{d: d}
	all := doc.Span{Start: 0, End: int32(len(d.Text))}
	if got := c.firstActor(all, nil, false); got != 1 {
		t.Errorf("firstActor = %d; want 1 (the longer mention)", got)
	}
	c.themes = []int32{1}
	if got := c.firstActor(all, []int32{0}, false); got != 2 {
		t.Errorf("firstActor skipping 0 with theme 1 = %d; want 2", got)
	}
}
