package event

import (
	"strings"
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

// TestFirstActorMatchesScan compares firstActor with the scan of every
// mention it stands in for, over every span between two word boundaries
// of a text whose actors have mentions that nest, share a start with
// different lengths, share a span with one another, repeat, and include
// places, actors of no country or code and a possessive pronoun; with
// and without skipped actors and themes.
func TestFirstActorMatchesScan(t *testing.T) {
	d := &doc.Document{Text: "Palestinian police and Israeli troops met in Nablus; its mayor, the Israeli army and the police of Nablus spoke."}
	at := func(phrase string, nth int) doc.Span {
		i := -1
		for range nth + 1 {
			j := strings.Index(d.Text[i+1:], phrase)
			if j < 0 {
				t.Fatalf("no %q", phrase)
			}
			i += j + 1
		}
		return doc.Span{Start: int32(i), End: int32(i + len(phrase))}
	}
	d.Actors = []doc.Actor{
		{Name: "Palestine", Kind: "country", Country: "PSE", Code: "PSE", Mentions: []doc.Span{at("Palestinian", 0)}},
		{Name: "Palestinian police", Kind: "group", Country: "PSE", Code: "PSECOP", Mentions: []doc.Span{at("Palestinian police", 0), at("police", 1)}},
		{Name: "Israel", Kind: "country", Country: "ISR", Code: "ISR", Mentions: []doc.Span{at("Israeli", 0), at("Israeli", 1)}},
		{Name: "Israeli army", Kind: "group", Country: "ISR", Code: "ISRMIL", Mentions: []doc.Span{at("Israeli troops", 0), at("Israeli army", 0)}},
		{Name: "IDF", Kind: "group", Country: "ISR", Code: "ISRMIL", Mentions: []doc.Span{at("Israeli troops", 0)}},
		{Name: "Nablus", Kind: "place", Country: "PSE", Mentions: []doc.Span{at("Nablus", 0), at("its", 0), at("Nablus", 1)}},
		{Name: "the mayor", Kind: "person", Mentions: []doc.Span{at("its mayor", 0)}},
	}
	var cuts []int32
	for i := range len(d.Text) + 1 {
		if i == 0 || i == len(d.Text) || d.Text[i] == ' ' || d.Text[i-1] == ' ' {
			cuts = append(cuts, int32(i))
		}
	}
	for _, skip := range [][]int32{nil, {1}, {3, 2}} {
		for _, themes := range [][]int32{nil, {4}} {
			c := &coder{d: d, themes: themes}
			for _, places := range []bool{false, true} {
				for _, a := range cuts {
					for _, b := range cuts {
						if b < a {
							continue
						}
						sp := doc.Span{Start: a, End: b}
						if got, want := c.firstActor(sp, skip, places), c.firstActorScan(sp, skip, places); got != want {
							t.Fatalf("span %q, skip %v, themes %v, places %v: firstActor %d, the scan %d", d.Slice(sp), skip, themes, places, got, want)
						}
					}
				}
			}
		}
	}
}
