package quote_test

import (
	"testing"

	"chronicle/internal/pipeline"
)

// TestReducedRelative checks, on sentences written for the project, that
// a cue's past participle modifying the noun before it attributes that
// noun phrase, with the agent of a by-phrase as the source, with the
// model and with the sieves alone: not what follows the participle
// (where the parse made it the verb of the noun), nor the participle's
// phrase as the content of a nominal cue ("plan").
func TestReducedRelative(t *testing.T) {
	for _, p := range []*pipeline.Pipeline{parsedPipeline(t), sievePipeline(t)} {
		txt := "A $40 million merger announced Monday would turn the company into an Irish firm."
		expectQuote(t, p, txt, want{"A $40 million merger", "indirect", "", "announced", "", ""})
		expectNone(t, p, txt, "would turn")
		txt = "The bridge was closed under a plan announced earlier this year."
		expectQuote(t, p, txt, want{"a plan", "indirect", "", "announced", "", ""})
		expectNone(t, p, txt, "earlier this year")
		d := analyze(t, p, "The bridge was closed under a plan announced by the mayor in May.")
		found := false
		for _, q := range d.Quotes {
			if d.Slice(q.Span) == "a plan" && sl(d, q.Cue) == "announced" && len(sl(d, q.SpeakerMention)) >= 9 && sl(d, q.SpeakerMention)[:9] == "the mayor" {
				found = true
			}
		}
		if !found {
			t.Errorf("no [a plan | the mayor… | announced]: %s", dump(d))
		}
		// a finite verb is no reduced relative
		expectQuote(t, p, "The mayor announced Monday that the port will close.",
			want{"the port will close", "indirect", "The mayor", "announced", "", ""})
	}
}
