package quote_test

import "testing"

// TestAttitudes checks, on sentences written for the project, that a noun
// of opinion or mention as the object of a verb outside the lexicon, and
// a noun of a stance after a copula, make a cue that runs to the
// preposition after them, whose object is the content.
func TestAttitudes(t *testing.T) {
	p := parsedPipeline(t)
	expectQuote(t, p, "For much of the year, more voters had an unfavorable opinion of the mayor.",
		want{"the mayor", "indirect", "more voters", "had an unfavorable opinion of", "", ""})
	expectQuote(t, p, "The new charter makes no specific mention of the harbour.",
		want{"the harbour", "indirect", "The new charter", "makes no specific mention of", "", ""})
	expectQuote(t, p, "Mr. Okafor took issue with recent criticism of his plan.",
		want{"recent criticism of his plan", "indirect", "Mr. Okafor", "took issue with", "", ""})
	d := analyze(t, p, "The fisherman is no fan of the new quota.")
	found := false
	for _, q := range d.Quotes {
		if d.Slice(q.Span) == "the new quota" && sl(d, q.Cue) == "is no fan of" {
			found = true
		}
	}
	if !found {
		t.Errorf("no [the new quota | … | is no fan of]: %s", dump(d))
	}
	expectNone(t, p, "She is a supporter.", "supporter")
}
