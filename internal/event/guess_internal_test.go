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

// TestActorsInLongerFirst: at the same start the longer mention comes
// first, so the fallback takes "Chinese authorities", not "Chinese".
func TestActorsInLongerFirst(t *testing.T) {
	d := &doc.Document{Text: "Crowds blocked roads against Chinese authorities."}
	d.Actors = []doc.Actor{
		{Name: "China", Kind: "country", Country: "CHN", Code: "CHN", Mentions: []doc.Span{{Start: 29, End: 36}}},
		{Name: "Chinese authorities", Kind: "group", Country: "CHN", Sector: "GOV", Code: "CHNGOV", Mentions: []doc.Span{{Start: 29, End: 48}}},
	}
	c := &coder{d: d}
	got := c.actorsIn(doc.Span{Start: 0, End: int32(len(d.Text))}, nil)
	if len(got) != 2 || got[0] != 1 {
		t.Errorf("actorsIn = %v; want [1 0]", got)
	}
}

// TestFirstActorSkipsNamesInsideSkipped: "US" inside the target "US
// servicemen" is no other party; the Iraqi place is.
func TestFirstActorSkipsNamesInsideSkipped(t *testing.T) {
	d := &doc.Document{Text: "Three US servicemen were killed by a bomb outside the Iraqi city of Basra."}
	d.Actors = []doc.Actor{
		{Name: "United States", Kind: "country", Country: "USA", Code: "USA", Mentions: []doc.Span{{Start: 6, End: 8}}},
		{Name: "US servicemen", Kind: "group", Country: "USA", Sector: "MIL", Code: "USAMIL", Mentions: []doc.Span{{Start: 6, End: 19}}},
		{Name: "Iraq", Kind: "country", Country: "IRQ", Code: "IRQ", Mentions: []doc.Span{{Start: 54, End: 59}}},
	}
	c := &coder{d: d}
	if got := c.firstActor(doc.Span{Start: 0, End: int32(len(d.Text))}, []int32{1}, false); got != 2 {
		t.Errorf("firstActor skipping the servicemen = %d; want 2 (Iraq)", got)
	}
}
