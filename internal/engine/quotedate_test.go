package engine

import (
	"context"
	"testing"
	"time"

	"chronicle/internal/doc"
)

// TestQuoteDates checks, through the whole pipeline, that a quote is dated
// by its cue's own date expression (not by a date inside what was said),
// else by the publication day, and that without a publication date a
// relative cue date stays underspecified. The texts are written for the
// project; the anchor is Wednesday 20 August 2025.
func TestQuoteDates(t *testing.T) {
	p, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	wed := time.Date(2025, 8, 20, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name      string
		text      string
		published time.Time
		cue       string
		want      string
	}{
		{"cue date, content date left alone", "Foreign Minister Ana Ruiz said on Monday that talks with Morocco would resume on Thursday.", wed, "said", "2025-08-18"},
		{"no cue date: the publication day", "Foreign Minister Ana Ruiz said that talks with Morocco would resume on Thursday.", wed, "said", "2025-08-20"},
		{"told reporters Tuesday", "The governor told reporters Tuesday that the bridge would reopen in June.", wed, "told", "2025-08-19"},
		{"interview on Sunday", "In an interview on Sunday, Prime Minister Karl Hedlund said the tax would not rise.", wed, "said", "2025-08-17"},
		{"absolute date", `"We will not sign," the minister said on August 12.`, wed, "said", "2025-08-12"},
		{"no publication date, no cue date", "Foreign Minister Ana Ruiz said that talks would resume.", time.Time{}, "said", ""},
		{"no publication date, weekday", "Foreign Minister Ana Ruiz said on Monday that talks would resume.", time.Time{}, "said", "XXXX-WXX-1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &doc.Document{ID: "t", Text: tt.text, Published: tt.published}
			if err := p.Process(context.Background(), d); err != nil {
				t.Fatal(err)
			}
			for _, q := range d.Quotes {
				if q.Cue != nil && d.Slice(*q.Cue) == tt.cue {
					if q.Date != tt.want {
						t.Errorf("quote %q (cue %q): date %q, want %q", d.Slice(q.Span), tt.cue, q.Date, tt.want)
					}
					return
				}
			}
			t.Fatalf("no quote with cue %q in %q (quotes: %d)", tt.cue, tt.text, len(d.Quotes))
		})
	}
}
