package store

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"chronicle/internal/doc"
)

// FuzzRoundTrip saves a document built over arbitrary text, with spans on
// every token, and checks that it loads back valid and prints the same
// document JSON: the byte/code-point conversions both ways, the packed
// tokens and the NULL mapping must hold for any UTF-8.
func FuzzRoundTrip(f *testing.F) {
	for _, seed := range []string{
		"Spain’s José Sánchez said “yes”.\nNATO agreed.",
		"",
		"a",
		"日本語のテキスト。\n第二文",
		"emoji 👩‍👩‍👧 and \x00 control\tchars \"quoted\" \\ back",
		"İstanbul ǅ ß ﬁ",
	} {
		f.Add(seed)
	}
	s, err := Open(context.Background(), ":memory:")
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { s.Close() })
	n := 0
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			t.Skip("Document text is valid UTF-8 by contract")
		}
		n++
		b := newDoc(t, fmt.Sprintf("fuzz-%d", n), "2025-08-19", strings.Split(text, "\n")...)
		d := b.d
		d.Actors = []doc.Actor{{Name: "actor ‘x’", Kind: "person"}}
		for i, tok := range d.Tokens {
			switch i % 3 {
			case 0:
				d.Entities = append(d.Entities, doc.Entity{Span: tok.Span, Label: "MISC", Actor: int32(i%2) - 1})
			case 1:
				d.Actors[0].Mentions = append(d.Actors[0].Mentions, tok.Span)
			case 2:
				cue := tok.Span
				d.Dates = append(d.Dates, doc.Date{Span: tok.Span, Value: "XXXX", Type: doc.DateDate})
				d.Quotes = append(d.Quotes, doc.Quote{Span: tok.Span, Kind: doc.QuotePartial, Speaker: 0, Cue: &cue})
				d.Events = append(d.Events, doc.Event{Type: "X", Trigger: tok.Span, Sentence: -1, Sources: []int32{0}, TargetNames: []string{tok.Lemma}})
			}
		}
		if err := d.Validate(); err != nil {
			t.Skip(err) // the test's tokenizer, not the store, is at fault
		}
		if _, err := s.SaveDocument(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		got, err := s.Document(context.Background(), d.ID)
		if err != nil {
			t.Fatal(err)
		}
		if err := got.Validate(); err != nil {
			t.Fatal(err)
		}
		want, _ := d.EncodeJSON(doc.JSONOptions{Tokens: true})
		have, _ := got.EncodeJSON(doc.JSONOptions{Tokens: true})
		if !bytes.Equal(want, have) {
			t.Errorf("document JSON differs:\nsaved  %s\nloaded %s", want, have)
		}
	})
}
