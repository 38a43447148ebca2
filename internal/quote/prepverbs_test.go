package quote_test

import "testing"

// TestPrepVerbs checks that a verb reporting a stance through a
// prepositional complement is a cue with it, the preposition (and a
// particle or adverb before it) joining the cue, with the model and
// without it.
func TestPrepVerbs(t *testing.T) {
	cases := []struct {
		txt string
		w   want
	}{
		{"Democrats quickly pounced on the announcement.", want{"the announcement", "indirect", "Democrats", "quickly pounced on", "", ""}},
		{"The governor pushed back against the union's attack on her record.", want{"the union's attack on her record", "indirect", "The governor", "pushed back against", "", ""}},
		{"Farmers often disagree with the board.", want{"the board", "indirect", "Farmers", "often disagree with", "", ""}},
		// a lexicon verb with a preposition it takes too
		// "for" the mark of a clause, not the case of an oblique
		{"She has not called for him to resign.", want{"him to resign", "indirect", "She", "has not called for", "", ""}},
		{"Voters wonder about the cost of the new stadium.", want{"the cost of the new stadium", "indirect", "Voters", "wonder about", "", ""}},
	}
	pm, ps := parsedPipeline(t), sievePipeline(t)
	for _, c := range cases {
		expectQuote(t, pm, c.txt, c.w)
		expectQuote(t, ps, c.txt, c.w)
	}
	// the sieves alone; the model refuses these uses
	for _, c := range []struct {
		txt string
		w   want
	}{
		{"The union reacted to the ruling on Monday.", want{"the ruling", "indirect", "The union", "reacted to", "", ""}},
		{"The senator ripped into the budget plan on Tuesday.", want{"the budget plan", "indirect", "The senator", "ripped into", "", ""}},
		{"The ministry did not respond to requests for comment.", want{"requests for comment", "indirect", "The ministry", "did not respond to", "", ""}},
	} {
		expectQuote(t, ps, c.txt, c.w)
	}
}

// TestPrepVerbsNeedTheirPreposition checks that the verbs are no cues
// alone, with another preposition, or with a time phrase.
func TestPrepVerbsNeedTheirPreposition(t *testing.T) {
	ps := sievePipeline(t)
	for _, txt := range []string{
		"The crowd reacted loudly.",
		"The union fought for years.",
		"Protesters ripped down the posters in the square.",
		"The company pushed into new markets.",
	} {
		if d := analyze(t, ps, txt); len(d.Quotes) != 0 {
			t.Errorf("%q: got %s", txt, dump(d))
		}
	}
}
