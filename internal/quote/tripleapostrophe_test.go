package quote_test

import "testing"

// TestTripleApostrophe checks, on sentences written for the project in
// the doubled-apostrophe style of some wire copy, that a quotation whose
// inner quotation closes with it ("…'old-school,”' said X") is attributed
// to the cue after it like any other.
func TestTripleApostrophe(t *testing.T) {
	cases := []struct{ txt, content, mention string }{
		{"''I would use the word 'old-school,''' said Tom Berg, a former envoy.", "I would use the word 'old-school,''", "Tom Berg, a former envoy"},
		{"''It was a fine speech,'' said Tom Berg.", "It was a fine speech,", "Tom Berg"},
	}
	p := parsedPipeline(t)
	for _, c := range cases {
		d := analyze(t, p, c.txt)
		found := false
		for _, q := range d.Quotes {
			if d.Slice(q.Span) == c.content && sl(d, q.SpeakerMention) == c.mention && sl(d, q.Cue) == "said" {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: want [%s | %s | said], got %s", c.txt, c.content, c.mention, dump(d))
		}
	}
}
