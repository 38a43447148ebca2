package store

import (
	"context"
	"strings"
	"testing"

	"chronicle/internal/doc"
)

// TestCaseFoldingIsASCII checks, on the test backend, what Filter.Actor
// documents: quote speaker names are folded like SQLite's lower(), ASCII
// letters only, so "émile" does not find "Émile Zola" while "ÉMILE ZOLA"
// and "Émile" do; and quotes by story that differ only in the case of a
// non-ASCII letter stay two rows. PostgreSQL's lower() folds every letter;
// the rewriter (pgFoldASCII) makes it answer as SQLite does.
func TestCaseFoldingIsASCII(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	sents := []string{"“Ésta es la hora,” said Émile Zola on Monday.", "“ésta es la hora,” he said again."}
	b := newDoc(t, "fold", "2025-08-19", sents...)
	d := b.d
	for k, q := range []string{"Ésta es la hora,", "ésta es la hora,"} {
		i := strings.Index(d.Text, q)
		if k == 1 {
			i = strings.LastIndex(d.Text, q)
		}
		d.Quotes = append(d.Quotes, doc.Quote{Span: doc.Span{Start: int32(i), End: int32(i + len(q))},
			Kind: doc.QuoteDirect, Speaker: -1, SpeakerName: "Émile Zola"})
	}
	if err := d.Validate(); err != nil {
		t.Fatal(err)
	}
	if _, err := s.SaveDocument(ctx, d); err != nil {
		t.Fatal(err)
	}
	for actor, want := range map[string]int{"Émile": 2, "ÉMILE ZOLA": 2, "émile": 0, "ZOLA": 2, "émile zola": 0} {
		rows, err := s.Quotes(ctx, Filter{Actor: actor})
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) != want {
			t.Errorf("Quotes(actor %q): %d rows; want %d", actor, len(rows), want)
		}
	}
	rows, err := s.StoryQuotes(ctx, Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 2 {
		t.Errorf("StoryQuotes: %d rows; want 2 (É and é are not folded together): %+v", len(rows), rows)
	}
}
