package store_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strings"

	"chronicle/internal/doc"
	"chronicle/internal/store"
)

// Example shows what `chronicle ingest` and `chronicle query` do with the
// store: save analysed documents (a second save of the same id is a no-op),
// then query rows and print them as a table, or load whole documents.
func Example() {
	dir, err := os.MkdirTemp("", "chronicle-example")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	ctx := context.Background()
	s, err := store.Open(ctx, filepath.Join(dir, "chronicle.db"))
	if err != nil {
		log.Fatal(err)
	}
	defer s.Close()

	text := "“We are a committed ally,” José Sánchez said."
	start := int32(strings.Index(text, "We"))
	d := &doc.Document{ID: "a1", Title: "Spain", Text: text,
		Sentences: []doc.Sentence{{Span: doc.Span{Start: 0, End: int32(len(text))}}},
		Actors:    []doc.Actor{{Name: "José Sánchez", Kind: "person", Country: "ESP"}},
		Quotes: []doc.Quote{{Span: doc.Span{Start: start, End: start + int32(len("We are a committed ally,"))},
			Kind: doc.QuoteDirect, Speaker: 0, SpeakerName: "José Sánchez", Date: "2025-08-19"}},
	}
	for range 2 {
		saved, err := s.SaveDocument(ctx, d)
		fmt.Println("saved:", saved, err)
	}

	rows, err := s.Quotes(ctx, store.Filter{Text: "ally", Actor: "esp"})
	if err != nil {
		log.Fatal(err)
	}
	header, cells := store.Table(rows)
	fmt.Println(strings.Join(header[2:], " | "))
	for _, c := range cells {
		fmt.Println(strings.Join(c[2:], " | "))
	}

	got, err := s.Document(ctx, "a1")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%s (said %s)\n", got.Slice(got.Quotes[0].Span), got.Quotes[0].Date)
	// Output:
	// saved: true <nil>
	// saved: false <nil>
	// speaker | kind | text | cue | medium | date | start | end
	// José Sánchez | direct | We are a committed ally, |  |  | 2025-08-19 | 1 | 25
	// We are a committed ally, (said 2025-08-19)
}
