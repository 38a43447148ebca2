package quote_test

import (
	"testing"

	"chronicle/internal/pipeline"
)

// TestTopicBeforeColon checks, on sentences written for the project, that
// a cue followed by a phrase of its topic, set off by a comma or led by
// "spoke to X about", introduces the quotation after the colon that ends
// the phrase, with the model and with the sieves alone; and that a cue
// between commas inside a quoted sentence, or "spoke" without a colon
// before the quotation, is not taken for it.
func TestTopicBeforeColon(t *testing.T) {
	cases := []struct{ txt, content, mention, cue string }{
		{"Lee said, of the plan: “It will cost more.”", "It will cost more.", "Lee", "said"},
		{"The minister said, about the new budget: “We cannot pay for all of it.”",
			"We cannot pay for all of it.", "The minister", "said"},
		// the parse hangs the quoted clause on "budget", and the model's
		// score of "added" falls below its veto: before the colon that
		// opens a quotation the veto does not apply (colonCue)
		{"The minister added, about the new budget: “It will cost more than we planned.”",
			"It will cost more than we planned.", "The minister", "added"},
		{"The mayor spoke to reporters about the flood: “The water is still rising.”",
			"The water is still rising.", "The mayor", "spoke"},
		{"Ann Lee spoke about the strike: “Nobody wants it to last.”", "Nobody wants it to last.", "Ann Lee", "spoke"},
	}
	for _, p := range []*pipeline.Pipeline{parsedPipeline(t), sievePipeline(t)} {
		for _, c := range cases {
			d := analyze(t, p, c.txt)
			if len(d.Quotes) != 1 {
				t.Errorf("%q: want one attribution, got %s", c.txt, dump(d))
				continue
			}
			q := d.Quotes[0]
			if d.Slice(q.Span) != c.content || q.Kind != "direct" || sl(d, q.SpeakerMention) != c.mention || sl(d, q.Cue) != c.cue {
				t.Errorf("%q: got %s, want [direct %s | %s | %s]", c.txt, dump(d), c.content, c.mention, c.cue)
			}
		}
		// a parenthetical cue stays a split of its content
		txt := "The golf industry, he said, is “in deep trouble.”"
		d := analyze(t, p, txt)
		if got, want := dump(d), "[indirect The golf industry | he | said][indirect is “in deep trouble.” | he | said]"; got != want {
			t.Errorf("%q: got %s, want %s", txt, got, want)
		}
		// "spoke" is a cue only before a colon that opens the quotation
		for _, txt := range []string{
			"The mayor spoke to reporters about the flood.",
			"The mayor spoke “with great care” about the flood.",
		} {
			d := analyze(t, p, txt)
			for _, q := range d.Quotes {
				if sl(d, q.Cue) == "spoke" {
					t.Errorf("%q: 'spoke' taken as a cue: %s", txt, dump(d))
				}
			}
		}
	}
}
