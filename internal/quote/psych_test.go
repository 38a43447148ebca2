package quote_test

import "testing"

// TestPsychVerbs checks, on sentences written for the project, that a
// verb of feeling in the active makes its subject the content and its
// object the source, and that one whose subject feels ("voters worry
// about …", "was alarmed by …") is left to the other sieves.
func TestPsychVerbs(t *testing.T) {
	cases := []struct{ txt, content, mention, cue string }{
		{"The new toll alarmed several mayors along the coast.", "The new toll", "several mayors along the coast", "alarmed"},
		{"The verdict has startled some of the senator's allies.", "The verdict", "some of the senator's allies", "has startled"},
		{"The budget surprised them.", "The budget", "them", "surprised"},
		{"Farmers worry about the drought.", "the drought", "Farmers", "worry about"},
	}
	p := parsedPipeline(t)
	for _, c := range cases {
		d := analyze(t, p, c.txt)
		found := false
		for _, q := range d.Quotes {
			if d.Slice(q.Span) == c.content && sl(d, q.SpeakerMention) == c.mention && sl(d, q.Cue) == c.cue {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: want [%s | %s | %s], got %s", c.txt, c.content, c.mention, c.cue, dump(d))
		}
	}
}
