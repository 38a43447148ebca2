package store

import (
	"fmt"
	"strings"
	"testing"

	"chronicle/internal/doc"
)

// syntheticDoc builds a news-like document of n sentences (about 25 tokens
// each) for load tests: actors with mentions, entities in the first ten
// sentences (three each), and a quote, an event and a date in each of the
// first five. Its text depends on seq, so every document is different.
func syntheticDoc(t testing.TB, id string, seq, n int) *doc.Document {
	t.Helper()
	people := []string{"José Sánchez", "Ana Müller", "Li Wei", "Olúwaseun Adé"}
	countries := []string{"Spain", "Germany", "China", "Nigeria"}
	codes := []string{"ESP", "DEU", "CHN", "NGA"}
	sents := make([]string, n)
	for k := range sents {
		p, c, o := people[k%4], countries[k%4], countries[(k+1)%4]
		sents[k] = fmt.Sprintf("Foreign minister %s of %s said on Tuesday that “talks with %s will continue in Geneva next week,” according to report %d in the capital.", p, c, o, seq)
	}
	b := newDoc(t, id, "2025-08-19", sents...)
	d := b.d
	in := func(k int, sub string) doc.Span {
		i := strings.Index(sents[k], sub)
		if i < 0 {
			t.Fatalf("%q not in sentence %d", sub, k)
		}
		s := d.Sentences[k].Start + int32(i)
		return doc.Span{Start: s, End: s + int32(len(sub))}
	}
	for i := range people {
		d.Actors = append(d.Actors, doc.Actor{Name: people[i], Kind: "person", Country: codes[i], Sector: "GOV",
			Role: "foreign minister", Code: codes[i] + "GOV"})
	}
	for i := range countries {
		d.Actors = append(d.Actors, doc.Actor{Name: countries[i], Kind: "country", Country: codes[i], Code: codes[i]})
	}
	for k := 0; k < min(n, 10); k++ {
		p, c, o := int32(k%4), int32(4+k%4), int32(4+(k+1)%4)
		for _, e := range []struct {
			actor int32
			label string
		}{{p, "PER"}, {c, "LOC"}, {o, "LOC"}} {
			sp := in(k, d.Actors[e.actor].Name)
			d.Entities = append(d.Entities, doc.Entity{Span: sp, Label: e.label, Actor: e.actor})
			d.Actors[e.actor].Mentions = append(d.Actors[e.actor].Mentions, sp)
		}
		if k < 5 {
			mention, cue := in(k, "Foreign minister "+people[k%4]), in(k, "said")
			d.Quotes = append(d.Quotes, doc.Quote{Span: in(k, "talks with "+d.Actors[o].Name+" will continue in Geneva next week,"),
				Kind: doc.QuoteDirect, Speaker: p, SpeakerName: people[k%4], SpeakerMention: &mention, Cue: &cue})
			d.Events = append(d.Events, doc.Event{Type: "CONSULT", Cameo: "04", Sources: []int32{p}, Targets: []int32{o},
				SourceNames: []string{d.Actors[p].Name}, TargetNames: []string{d.Actors[o].Name}, Date: "2025-08-26",
				Location: "Geneva", Trigger: in(k, "talks"), Sentence: int32(k)})
			d.Dates = append(d.Dates, doc.Date{Span: in(k, "Tuesday"), Value: "2025-08-19", Type: doc.DateDate})
		}
	}
	return b.done()
}

// benchSentences makes a synthetic document of about 800 tokens.
const benchSentences = 27

func TestSyntheticDoc(t *testing.T) {
	d := syntheticDoc(t, "x", 1, benchSentences)
	t.Logf("%d tokens, %d entities, %d quotes, %d events", len(d.Tokens), len(d.Entities), len(d.Quotes), len(d.Events))
	if len(d.Tokens) < 700 || len(d.Entities) != 30 || len(d.Quotes) != 5 || len(d.Events) != 5 {
		t.Errorf("synthetic document has %d tokens, %d entities, %d quotes, %d events; want ~800, 30, 5, 5",
			len(d.Tokens), len(d.Entities), len(d.Quotes), len(d.Events))
	}
}
