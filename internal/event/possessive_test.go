package event_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"chronicle/internal/doc"
	"chronicle/internal/event"
)

// linkPossessives makes every token spelled word a mention of the actor
// with a mention spelled name, as the coreference stage links "its" to
// the organisation or country it stands for.
func linkPossessives(t *testing.T, d *doc.Document, word, name string) {
	t.Helper()
	for a := range d.Actors {
		if !slices.ContainsFunc(d.Actors[a].Mentions, func(m doc.Span) bool { return d.Slice(m) == name }) {
			continue
		}
		for _, tk := range d.Tokens {
			if strings.EqualFold(d.Slice(tk.Span), word) {
				d.Actors[a].Mentions = append(d.Actors[a].Mentions, tk.Span)
			}
		}
		slices.SortFunc(d.Actors[a].Mentions, func(x, y doc.Span) int { return int(x.Start - y.Start) })
		return
	}
	t.Fatalf("%q: no actor mentioned as %q (actors %v)", d.Text, name, d.Actors)
}

// codeAgain runs the event stage again over d, with or without the parse.
func codeAgain(t *testing.T, d *doc.Document, noParse bool) {
	t.Helper()
	if noParse {
		for i := range d.Tokens {
			d.Tokens[i].Head, d.Tokens[i].Dep = -1, ""
		}
	}
	if err := event.NewStage(event.Config{NoParse: noParse}).Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
}

// TestPossessivePronounNoTarget: a possessive pronoun that the
// coreference stage linked to an actor qualifies what the act is on. It
// names no target when it stands for the act's own source ("Ethiopia
// agreed to reopen its borders to UN peacekeepers" is no act on
// Ethiopia), or when the parse found no source, whom it then most often
// stands for; and it comes after the rest of the phrase ("its border
// with Iran and Turkey" is on both neighbours). Read from the surface it
// is never a target. In a subject it is still the doer.
func TestPossessivePronounNoTarget(t *testing.T) {
	p := testPipeline(t)
	tests := []struct {
		text, word, actor string
		noParse           bool
		want              want
	}{
		{"Russia closed its southern border with Iran and Turkey on Monday.", "its", "Russia", false,
			want{typ: "COERCE", src: "RUS", tgt: "IRN,TUR"}},
		{"Norway, like several other states, plans to impose limits on its fishing waters for EU fleets from next year.", "its", "Norway", false,
			want{typ: "THREATEN", src: "NOR", tgt: "IGO"}},
		{"Ethiopia agreed on Monday to reopen its borders to UN peacekeepers.", "its", "Ethiopia", false,
			want{typ: "AGREE", src: "ETH", tgt: "IGO"}},
		{"Ethiopia agreed on Monday to reopen its borders to UN peacekeepers.", "its", "Ethiopia", true,
			want{typ: "AGREE", src: "ETH", tgt: "IGO"}},
		{"Uganda hosted the summit. The African Union agreed to set up an office in Nairobi to develop its programmes, officials said.", "its", "Uganda", true,
			want{typ: "AGREE", src: "IGO", tgt: "KEN", anyPosition: true}},
		{"Russia said its forces had shelled Kharkiv on Sunday.", "its", "Russia", false,
			want{typ: "ASSAULT", src: "RUS", tgt: "UKR"}},
		// A named owner is still the one the act is on.
		{"Russia shelled Ukraine's ports on Tuesday.", "", "", false,
			want{typ: "ASSAULT", src: "RUS", tgt: "UKR"}},
	}
	for _, tt := range tests {
		d := analyze(t, p, tt.text)
		if tt.word != "" {
			linkPossessives(t, d, tt.word, tt.actor)
		}
		codeAgain(t, d, tt.noParse)
		check(t, d, tt.want)
	}
}
