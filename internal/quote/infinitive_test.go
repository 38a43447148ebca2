package quote_test

import "testing"

// TestInfinitiveSubject checks, on sentences written for the project, that
// the speaker of a cue in an infinitive is the subject of the verb that
// governs it, not the noun before "to" ("a moment", "a rare chance").
func TestInfinitiveSubject(t *testing.T) {
	p := parsedPipeline(t)
	expectQuote(t, p, "Lee took a moment to point out the lack of a crowd.",
		want{"the lack of a crowd", "indirect", "Lee", "point out", "", ""})
	expectQuote(t, p, "Trump has a rare chance to show that he can deliver a speech.",
		want{"he can deliver a speech", "indirect", "Trump", "to show", "", ""})
}

// TestParticipleAfterNoun checks that a participle the parse hangs on the
// verb is a clause of the verb's subject even right after a noun that is
// not its object ("much of his speech"), while a participle after an
// object stays the object's ("to prevent the city demanding …").
func TestParticipleAfterNoun(t *testing.T) {
	p := parsedPipeline(t)
	expectQuote(t, p, "Sanders spent much of his speech praising the candidate.",
		want{"the candidate", "indirect", "Sanders", "praising", "", ""})
	d := analyze(t, p, "The law aims to prevent the city demanding new taxes.")
	for _, q := range d.Quotes {
		if sl(d, q.Cue) == "demanding" {
			t.Errorf("the object's participle taken as a cue: %s", dump(d))
		}
	}
}

// TestVerblessParseSubject checks that where the parse found no main verb
// and made the subject the root, a cue hung below it takes that noun
// phrase as its speaker, through a coordination or a participle.
func TestVerblessParseSubject(t *testing.T) {
	p := parsedPipeline(t)
	expectQuote(t, p, "Some seek to be removed from the lists, fearing the exposure, and argue that their net worths are far lower.",
		want{"their net worths are far lower", "indirect", "Some", "argue", "", ""})
	expectQuote(t, p, "The mayor, still stinging over the app, grudgingly agreed to sit next to him.",
		want{"to sit next to him", "indirect", "The mayor", "grudgingly agreed", "", ""})
}
