package event_test

import (
	"context"
	"strings"
	"testing"

	"chronicle/internal/doc"
	"chronicle/internal/event"
)

// TestWeInQuotation: an act with no doer named after a "we" inside a
// quotation is the speaker's side's (code.go, weBefore). The test pipeline
// has no quote stage, so the quotation is added by hand and the event
// stage run again.
func TestWeInQuotation(t *testing.T) {
	p := testPipeline(t)
	text := "\u201cThat is what we are doing: sending tanks to Ukraine,\u201d Poland's defence minister said."
	d := analyze(t, p, text)
	speaker := int32(-1)
	for i, a := range d.Actors {
		if a.Country == "POL" && a.Kind == "person" {
			speaker = int32(i)
		}
	}
	if speaker < 0 {
		t.Fatalf("no Polish person among the actors %+v", d.Actors)
	}
	open, close := strings.Index(text, "\u201c")+len("\u201c"), strings.Index(text, "\u201d")
	d.Quotes = []doc.Quote{{Span: doc.Span{Start: int32(open), End: int32(close)}, Kind: doc.QuoteDirect, Speaker: speaker}}
	if err := event.NewStage(event.Config{}).Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	check(t, d, want{typ: "AID", src: "POL", tgt: "UKR", trigger: "sending", anyPosition: true})
}
