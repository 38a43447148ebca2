package event_test

import (
	"context"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"chronicle/internal/doc"
	"chronicle/internal/event"
	"chronicle/internal/text"
)

var fuzzPOS = []string{"VERB", "NOUN", "PROPN", "PRON", "ADP", "AUX", "PART", "DET", ""}
var fuzzDeps = []string{"root", "nsubj", "nsubj:pass", "obj", "iobj", "obl", "obl:agent", "nmod", "nmod:poss",
	"conj", "xcomp", "advcl", "acl", "acl:relcl", "case", "mark", "aux", "aux:pass", "advmod", "compound", "amod", "det", ""}

// FuzzEvent runs the stage over arbitrary text with arbitrary, even
// cyclic, trees, tags and actors drawn from the fuzz bytes: it must not
// panic, and the document must stay valid.
func FuzzEvent(f *testing.F) {
	f.Add("Russia attacked Ukraine on Monday.", []byte{1, 2, 3, 4, 5})
	f.Add("The meeting between France, Germany and Italy took place in Rome.", []byte{9, 0, 7, 200, 13, 5, 5})
	f.Add("Iran threatened to attack Israel. It did not.", []byte{})
	f.Fuzz(func(t *testing.T, txt string, seed []byte) {
		if !utf8.ValidString(txt) {
			return
		}
		d := &doc.Document{Text: txt}
		d.Tokens, d.Sentences = text.Segment(txt)
		at := func(i int) int {
			if len(seed) == 0 {
				return i
			}
			return int(seed[i%len(seed)]) + i
		}
		for i := range d.Tokens {
			tk := &d.Tokens[i]
			w := d.Slice(tk.Span)
			tk.Lemma = strings.ToLower(w)
			tk.POS = fuzzPOS[at(i)%len(fuzzPOS)]
			tk.Dep = fuzzDeps[at(i+1)%len(fuzzDeps)]
			tk.Head = int32(at(i+2)%(len(d.Tokens)+1)) - 1
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
				d.Actors = append(d.Actors, doc.Actor{Name: w, Kind: []string{"person", "country", "place", "group"}[at(i)%4],
					Country: "XXX", Mentions: []doc.Span{tk.Span}})
				d.Entities = append(d.Entities, doc.Entity{Span: tk.Span, Label: "LOC", Actor: int32(len(d.Actors) - 1)})
			}
			if at(i+4)%5 == 0 && i > 0 {
				// A mention over the previous token too, overlapping others.
				sp := doc.Span{Start: d.Tokens[i-1].Start, End: tk.End}
				d.Actors = append(d.Actors, doc.Actor{Name: d.Slice(sp), Kind: []string{"person", "group"}[at(i+5)%2], Mentions: []doc.Span{sp, tk.Span}})
			}
			if at(i+3)%7 == 0 {
				d.Dates = append(d.Dates, doc.Date{Span: tk.Span, Value: "2025-08-19", Type: doc.DateDate})
			}
		}
		if err := d.Validate(); err != nil {
			t.Skip() // the generator made an invalid input document
		}
		for _, cfg := range []event.Config{{}, {Location: func(s string) (string, bool) { return s, len(s) > 3 }}} {
			if err := event.NewStage(cfg).Process(context.Background(), d); err != nil {
				t.Fatal(err)
			}
			if err := d.Validate(); err != nil {
				t.Fatal(err)
			}
		}
	})
}
