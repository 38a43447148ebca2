package when

import (
	"testing"
	"time"

	"chronicle/internal/doc"
)

// Without a parse, the first date of the cue's sentence outside the quoted
// content dates the quote; a date inside the content never does.
func TestDateQuotesWithoutParse(t *testing.T) {
	text := "On Friday the mayor said the pool would open on Monday. She added that it was ready."
	d := &doc.Document{Text: text, Published: time.Date(2025, 8, 20, 0, 0, 0, 0, time.UTC)}
	d.Sentences = []doc.Sentence{{Span: doc.Span{Start: 0, End: 55}}, {Span: doc.Span{Start: 56, End: int32(len(text))}}}
	d.Dates = []doc.Date{
		{Span: doc.Span{Start: 3, End: 9}, Value: "2025-08-15", Type: doc.DateDate},
		{Span: doc.Span{Start: 48, End: 54}, Value: "2025-08-25", Type: doc.DateDate},
	}
	said, added := doc.Span{Start: 20, End: 24}, doc.Span{Start: 60, End: 65}
	d.Quotes = []doc.Quote{
		{Span: doc.Span{Start: 25, End: 54}, Kind: doc.QuoteIndirect, Speaker: -1, Cue: &said},
		{Span: doc.Span{Start: 66, End: 83}, Kind: doc.QuoteIndirect, Speaker: -1, Cue: &added},
		{Span: doc.Span{Start: 66, End: 83}, Kind: doc.QuoteIndirect, Speaker: -1},
	}
	DateQuotes(d)
	for i, want := range []string{"2025-08-15", "2025-08-20", "2025-08-20"} {
		if got := d.Quotes[i].Date; got != want {
			t.Errorf("quote %d: date %q, want %q", i, got, want)
		}
	}
	// The content's own date is not the quote's.
	d.Dates = d.Dates[1:]
	DateQuotes(d)
	if got := d.Quotes[0].Date; got != "2025-08-20" {
		t.Errorf("with only the content's date: %q, want the publication day", got)
	}
}
