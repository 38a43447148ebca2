package quote_test

import "testing"

// TestVerbMistagged checks, on sentences written for the project, that a
// lexicon verb the tagger reads as a noun after a plural subject
// ("emphasize", "stress") is a cue all the same before the "that" of its
// clause, with the model and with the sieves alone; and that a lexicon
// noun before a relative "that" is not. The mention is read on the
// surface, as the parse has no subject for a noun, and takes the
// conjuncts before it that open the clause (phrase.go's leftConjuncts).
func TestVerbMistagged(t *testing.T) {
	cases := []struct{ txt, content, cue, mention string }{
		{"Ms. Varga and Mr. Holm emphasize that the budget is only one issue among many.",
			"the budget is only one issue among many", "emphasize", "Ms. Varga and Mr. Holm"},
		{"Dr. Ruiz and Dr. Moreau stress that the vaccine is one tool among many.",
			"the vaccine is one tool among many", "stress", "Dr. Ruiz and Dr. Moreau"},
	}
	for _, pl := range []string{"parsed", "sieves"} {
		p := parsedPipeline(t)
		if pl == "sieves" {
			p = sievePipeline(t)
		}
		for _, c := range cases {
			d := analyze(t, p, c.txt)
			found := false
			for _, q := range d.Quotes {
				if d.Slice(q.Span) == c.content && sl(d, q.Cue) == c.cue && sl(d, q.SpeakerMention) == c.mention {
					found = true
				}
			}
			if !found {
				t.Errorf("%s: %q: want [%s | %s | %s], got %s", pl, c.txt, c.content, c.mention, c.cue, dump(d))
			}
		}
	}
	expectNone(t, parsedPipeline(t), "The notes that the aide kept were lost.", "aide")
}
