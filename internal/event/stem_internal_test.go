package event

import (
	"testing"

	"chronicle/internal/doc"
	"chronicle/internal/text"
)

// TestStemOfShortCuts checks the cheap refusals at the top of stemOf: every
// ending ends in d, s or g and leaves more than two letters only of a word
// of four or more, and a stem is still found past them.
func TestStemOfShortCuts(t *testing.T) {
	for _, e := range stemEndings {
		switch e.suf[len(e.suf)-1] {
		case 'd', 's', 'g':
		default:
			t.Errorf("ending %q: stemOf's switch on the last letter does not know it", e.suf)
		}
	}
	m := map[string][]*entry{"ship": nil, "ban": nil, "plan": nil, "deny": nil, "shell": nil}
	for w, want := range map[string]string{"shipped": "ship", "planning": "plan", "banning": "", "denied": "deny", "shells": "shell",
		"shelled": "shell", "ships": "ship", "shipping": "ship", "bans": "ban", "bad": "", "shipment": "", "deny": ""} {
		if got := stemOf(w, m); got != want {
			t.Errorf("stemOf(%q) = %q, want %q", w, got, want)
		}
	}
}

// TestStemAtMatchesStemOf checks stemAt's shortcut on the last byte
// against stemOf of the lower-cased form, for capitalised, upper-case and
// non-ASCII words.
func TestStemAtMatchesStemOf(t *testing.T) {
	src := "SHELLED Shipped shells Bans PLANNING Denied shipment Ban ÉTÉ cafés KΑ bad"
	toks, sents := text.Segment(src)
	d := &doc.Document{Text: src, Tokens: toks, Sentences: sents}
	m := map[string][]*entry{"ship": nil, "ban": nil, "plan": nil, "deny": nil, "shell": nil, "café": nil}
	var s sentence
	if !newSentence(d, 0, &s) {
		t.Fatal("no sentence")
	}
	for i := range s.n {
		want := stemOf(lowerLemma(d, &doc.Token{Span: s.tok(i).Span}), m)
		if got := s.stemAt(i, m); got != want {
			t.Errorf("token %q: stemAt = %q, stemOf = %q", d.Slice(s.tok(i).Span), got, want)
		}
	}
}
